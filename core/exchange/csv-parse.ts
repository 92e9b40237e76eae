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

/**
 * How much of the beginning of a larger CSV file holds whole records: up to the last line break
 * outside quotes (a quoted field may hold line breaks, and may be cut off itself). 0 when the
 * first record is not complete. The quoting rules are the tokenizer's: a quote opens a quoted
 * field only at the field's start, and "" inside one is a quote.
 */
export function wholeRecordsLength(text: string, delimiter = sniffDelimiter(text.replace(/^\uFEFF/, ''))): number {
  let quoted = false;
  let atFieldStart = true;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      end = i + 1;
      atFieldStart = true;
    } else {
      atFieldStart = ch === delimiter || ch === '\r';
    }
  }
  return end;
}

/** Parses CSV text into records; an unterminated quote is an error naming its line. */
export function parseCsv(input: string, delimiter?: string): CsvTable {
  const t = new CsvTokenizer(delimiter);
  const records = t.push(input);
  records.push(...t.end());
  return { delimiter: t.delimiter ?? ',', records };
}

/**
 * The CSV reader fed in pieces (a file read chunk by chunk): `push` returns the records completed
 * so far, `end` the last one. Memory stays bounded by the longest record, not the file.
 */
export class CsvTokenizer {
  /** Sniffed from the first line unless given. */
  delimiter: string | undefined;
  private buf = '';
  private started = false;
  private line = 1;
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  private quoteLine = 0;
  private fieldStarted = false;
  private recordLine = 1;
  /** A closing quote seen at the end of a chunk: the next character decides what it was. */
  private quoteAtEnd = false;

  constructor(delimiter?: string) {
    this.delimiter = delimiter;
  }

  push(chunk: string): CsvTable['records'] {
    let text = this.buf + chunk;
    this.buf = '';
    if (!this.started) {
      text = text.replace(/^\uFEFF/, '');
      if (!text) return [];
      // The delimiter is sniffed from the first line: wait until it is complete (or 64 KB came).
      if (this.delimiter === undefined && !/[\r\n]/.test(text) && text.length < 65536) {
        this.buf = text;
        return [];
      }
      this.delimiter ??= sniffDelimiter(text);
      this.started = true;
    }
    return this.scan(text, false);
  }

  end(): CsvTable['records'] {
    const text = this.buf;
    this.buf = '';
    if (!this.started) {
      if (!text) return [];
      this.delimiter ??= sniffDelimiter(text);
      this.started = true;
    }
    const out = this.scan(text, true);
    if (this.quoted) throw new ImportError(`CSV line ${this.quoteLine}: a quoted field is never closed`, { line: this.quoteLine });
    if (this.field !== '' || this.fields.length || this.fieldStarted) {
      const r = this.endRecord();
      if (r) out.push(r);
    }
    return out;
  }

  private endRecord(): CsvTable['records'][number] | null {
    this.fields.push(this.field);
    const r = this.fields.length === 1 && this.fields[0] === '' && !this.fieldStarted ? null : { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.field = '';
    this.fieldStarted = false;
    return r;
  }

  private scan(text: string, last: boolean): CsvTable['records'] {
    if (text.includes('\u0000')) throw new ImportError('CSV: the file contains binary data (NUL bytes); is it really a CSV file?', { line: this.line });
    const d = this.delimiter!;
    const records: CsvTable['records'] = [];
    const n = text.length;
    let i = 0;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text[0] === '"') {
        this.field += '"';
        i = 1;
      } else {
        this.quoted = false;
        const next = text[0];
        if (next !== undefined && next !== d && next !== '\n' && next !== '\r') {
          throw new ImportError(`CSV line ${this.line}: unexpected text after a closing quote`, { line: this.line });
        }
      }
    }
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          const rest = text.slice(i);
          this.line += countNewlines(rest);
          this.field += rest;
          i = n;
          break;
        }
        const part = text.slice(i, q);
        this.line += countNewlines(part);
        this.field += part;
        if (q + 1 >= n && !last) {
          // "" split across chunks, or a closing quote: decided by the next chunk.
          this.quoteAtEnd = true;
          i = n;
          break;
        }
        if (text[q + 1] === '"') {
          this.field += '"';
          i = q + 2;
          continue;
        }
        this.quoted = false;
        i = q + 1;
        const next = text[i];
        if (next !== undefined && next !== d && next !== '\n' && next !== '\r') {
          throw new ImportError(`CSV line ${this.line}: unexpected text after a closing quote`, { line: this.line });
        }
        continue;
      }
      const ch = text[i]!;
      if (ch === '"' && this.field === '') {
        this.quoted = true;
        this.fieldStarted = true;
        this.quoteLine = this.line;
        i++;
      } else if (ch === d) {
        this.fields.push(this.field);
        this.field = '';
        this.fieldStarted = true;
        i++;
      } else if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && i + 1 >= n && !last) {
          // A CR at the end of a chunk may be the first half of CRLF.
          this.buf = '\r';
          break;
        }
        const r = this.endRecord();
        if (r) records.push(r);
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        this.line++;
        this.recordLine = this.line;
      } else {
        // A run of plain characters up to the next delimiter, quote or line end.
        let j = i + 1;
        while (j < n) {
          const c = text[j]!;
          if (c === d || c === '\n' || c === '\r' || c === '"') break;
          j++;
        }
        this.field += text.slice(i, j);
        this.fieldStarted = true;
        i = j;
      }
    }
    return records;
  }
}

function countNewlines(s: string): number {
  let k = 0;
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) k++;
  return k;
}

/** Quotes a field when it needs it (delimiter, quote, line break, leading/trailing space). */
export function csvField(s: string, delimiter = ','): string {
  return /["\r\n]/.test(s) || s.includes(delimiter) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows as CSV with CRLF line ends, as RFC 4180 asks. */
export function writeCsvRows(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
