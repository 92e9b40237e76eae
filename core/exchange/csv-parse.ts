/**
 * A small RFC 4180 CSV reader and writer: quoted fields with doubled quotes, line breaks inside
 * quotes, CRLF or LF, a leading BOM, and `,` / `;` / tab delimiters (German spreadsheets write `;`).
 */
import { ImportError } from './errors';

export interface CsvTable {
  delimiter: string;
  /** Each record with the 1-based line on which it starts, for error messages. */
  records: { line: number; fields: string[] }[];
}

/** Guesses the delimiter from the first line outside quotes: the most frequent of , ; and tab. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/** Parses CSV text into records; an unterminated quote is an error naming its line. */
export function parseCsv(input: string, delimiter?: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new ImportError('CSV: the file contains binary data (NUL bytes); is it really a CSV file?', { line: 1 });
  const d = delimiter ?? sniffDelimiter(text);
  const records: CsvTable['records'] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    // Blank lines are not records (a trailing newline is common).
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== d && next !== '\n' && next !== '\r') {
          throw new ImportError(`CSV line ${line}: unexpected text after a closing quote`, { line });
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
      i++;
    } else if (ch === d) {
      fields.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new ImportError(`CSV line ${quoteLine}: a quoted field is never closed`, { line: quoteLine });
  if (field !== '' || fields.length || fieldStarted) endRecord();
  return { delimiter: d, records };
}

/** Quotes a field when it needs it (delimiter, quote, line break, leading/trailing space). */
export function csvField(s: string, delimiter = ','): string {
  return /["\r\n]/.test(s) || s.includes(delimiter) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows as CSV with CRLF line ends, as RFC 4180 asks. */
export function writeCsvRows(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
