/** The exchange formats: which exist, which can be read, and one entry point for each direction. */
import type { Language } from '../language';
import type { DateOrder } from '../dates';
import type { TimelineBundle } from './bundle';
import { readCsv, writeCsv, type CsvMapping } from './csv';
import { ImportError } from './errors';
import { writeIcs } from './ics';
import { writeMarkdown } from './markdown';
import { readNativeJson, writeNativeJson, NATIVE_FORMAT } from './native-json';
import { readTimelineJs, writeTimelineJs } from './timelinejs';
import { CsvStreamReader, NativeJsonStreamReader, TimelineJsStreamReader, type StreamReader, type StreamReaderOptions } from './stream-readers';

export * from './bundle';
export * from './errors';
export { previewCsv, readCsv, readKind, writeCsv, suggestMapping, CSV_COLUMNS, CSV_FIELDS, type CsvField, type CsvMapping, type CsvPreview } from './csv';
export { parseCsv, sniffDelimiter, CsvTokenizer, wholeRecordsLength } from './csv-parse';
export { csvRowReader, columnNames, languageDateOrder, slashDateOrder, type CsvReadOptions } from './csv';
export { CsvStreamReader, NativeJsonStreamReader, TimelineJsStreamReader, type BundlePieces, type StreamReader, type StreamReaderOptions } from './stream-readers';
export { readNativeJson, writeNativeJson, NATIVE_FORMAT, NATIVE_VERSION } from './native-json';
export { readTimelineJs, writeTimelineJs } from './timelinejs';
export { writeIcs, foldLine } from './ics';
export { writeMarkdown } from './markdown';

export const EXPORT_FORMATS = ['json', 'csv', 'timelinejs', 'ics', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** ICS and Markdown are for reading by people and calendars; they do not come back in. */
export const IMPORT_FORMATS = ['json', 'csv', 'timelinejs'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { extension: string; mimeType: string }> = {
  json: { extension: 'chronik.json', mimeType: 'application/json' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  timelinejs: { extension: 'timelinejs.json', mimeType: 'application/json' },
  ics: { extension: 'ics', mimeType: 'text/calendar' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
};

export interface WriteOptions {
  locale?: Language;
  /** ISO instant: DTSTAMP of ICS, the date line of Markdown. */
  generatedAt?: string;
  /** TimelineJS: one era per lane. */
  eras?: boolean;
}

/**
 * Writes a bundle in a format; `skipped` counts the events the format cannot hold (iCalendar has
 * no years before 1 or after 9999), so the caller can say so rather than lose them silently.
 */
export function writeFormat(format: ExportFormat, b: TimelineBundle, o: WriteOptions = {}): { content: string; skipped: number } {
  switch (format) {
    case 'json': return { content: writeNativeJson(b), skipped: 0 };
    case 'csv': return { content: writeCsv(b), skipped: 0 };
    case 'timelinejs': return { content: writeTimelineJs(b, { eras: o.eras, locale: o.locale }), skipped: 0 };
    case 'ics': return writeIcs(b, { generatedAt: o.generatedAt ?? '1970-01-01T00:00:00Z', locale: o.locale });
    case 'markdown': return { content: writeMarkdown(b, { locale: o.locale, generatedAt: o.generatedAt }), skipped: 0 };
  }
}

/** Reads a file in an importable format; CSV needs its column mapping. */
export function readFormat(format: ImportFormat, content: string, o: { mapping?: CsvMapping; title?: string; locale?: Language; dateOrder?: DateOrder } = {}): TimelineBundle {
  if (content.length > 200_000_000) throw new ImportError('The file is larger than 200 MB; split it before importing');
  switch (format) {
    case 'json': return readNativeJson(content);
    case 'timelinejs': return readTimelineJs(content, { locale: o.locale });
    case 'csv': {
      if (!o.mapping) throw new ImportError('CSV: a column mapping is required (see the preview for a suggestion)', { field: 'mapping' });
      return readCsv(content, o.mapping, { title: o.title, locale: o.locale, dateOrder: o.dateOrder });
    }
  }
}

/** A reader of an importable format fed in pieces (CSV needs its column mapping); `skipBad` leaves out unreadable records (CSV rows, JSON events) and reports them. */
export function streamReader(format: ImportFormat, o: { mapping?: CsvMapping; locale?: Language; dateOrder?: DateOrder } & StreamReaderOptions = {}): StreamReader {
  switch (format) {
    case 'json': return new NativeJsonStreamReader({ skipBad: o.skipBad });
    case 'timelinejs': return new TimelineJsStreamReader(o.locale);
    case 'csv': {
      if (!o.mapping) throw new ImportError('CSV: a column mapping is required (see the preview for a suggestion)', { field: 'mapping' });
      return new CsvStreamReader(o.mapping, { locale: o.locale, dateOrder: o.dateOrder, skipBad: o.skipBad });
    }
  }
}

/** Guesses the format of a file from its name and first characters; null when it is none of ours. */
export function detectFormat(filename: string, content: string): ImportFormat | null {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    // Chronik's own files say so in their first lines; TimelineJS has events with start_date
    // objects or eras. A JSON file that shows neither (or is broken) is taken as Chronik JSON, so
    // its error message speaks of the native format.
    const start = head.slice(0, 4000);
    if (start.includes(`"${NATIVE_FORMAT}"`)) return 'json';
    if (/"start_date"\s*:/.test(head) || /"eras"\s*:/.test(start)) return 'timelinejs';
    return 'json';
  }
  if (/\.(csv|tsv|txt)$/i.test(filename)) return 'csv';
  return head && !head.startsWith('<') && !head.startsWith('BEGIN:') ? 'csv' : null;
}
