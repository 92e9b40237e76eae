/** The export part of the contract: the briefing PDF and the exchange formats. */
import * as v from 'valibot';
import { DATE_ORDERS, type DateOrder } from '../dates';
import { CONFIDENCES, EVENT_KINDS, LANGUAGES, type Timeline } from '../domain';
import { dateInput, id, method, text } from './schemas';

/** Which events an export or briefing covers; the renderer's filter bar produces the same shape. */
export const eventFilter = v.object({
  from: v.nullish(dateInput),
  to: v.nullish(dateInput),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(100)))),
  kinds: v.optional(v.array(v.picklist(EVENT_KINDS, `Kind must be one of ${EVENT_KINDS.join(', ')}`))),
  confidences: v.optional(v.array(v.picklist(CONFIDENCES, `Confidence must be one of ${CONFIDENCES.join(', ')}`))),
  /** `null` selects the events without a lane. */
  laneIds: v.optional(v.array(v.nullable(id))),
  /** Events that name any of these entities. */
  entityIds: v.optional(v.array(id)),
  query: v.optional(text(500)),
  unsourced: v.optional(v.boolean()),
});
export type EventFilterInput = v.InferInput<typeof eventFilter>;

export const briefingOptions = v.object({
  title: v.optional(text(500)),
  subtitle: v.optional(text(500)),
  author: v.optional(text(300)),
  handling: v.optional(text(200)),
  locale: v.optional(v.picklist(LANGUAGES, 'The language must be en or de')),
  /** Default: A4 for German, Letter for English (see core/briefing defaultPaper). */
  paper: v.optional(v.picklist(['a4', 'letter'], 'Paper must be a4 or letter')),
  landscape: v.optional(v.boolean()),
  /** A summary section at the top: counts by kind and confidence, single-source events, the most corroborated. */
  summary: v.optional(v.boolean()),
  /** The filters in force, in words; made from the filter when absent. */
  filterDescription: v.optional(text(1000)),
});
export type BriefingOptionsInput = v.InferInput<typeof briefingOptions>;

export const EXPORT_FORMAT_NAMES = ['json', 'csv', 'timelinejs', 'ics', 'markdown'] as const;
export const IMPORT_FORMAT_NAMES = ['json', 'csv', 'timelinejs'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];
export type ImportFormatName = (typeof IMPORT_FORMAT_NAMES)[number];

const CSV_FIELD_NAMES = [
  'title', 'description', 'kind', 'start', 'end', 'precision', 'approximate', 'uncertain', 'confidence', 'lane', 'tags',
  'location', 'latitude', 'longitude', 'sourcePublisher', 'sourceTitle', 'sourceUrl', 'sourceDate', 'quote',
  'entities', 'people', 'organisations', 'places', 'ignore',
] as const;
/** CSV column name → Chronik field. */
export const csvMapping = v.record(v.string(), v.picklist(CSV_FIELD_NAMES, `A CSV column maps to one of ${CSV_FIELD_NAMES.join(', ')}`));

const briefingInput = v.object({ timelineId: id, options: v.optional(briefingOptions), filter: v.optional(eventFilter) });
const importContent = text(200_000_000);

export interface BriefingPreview {
  /** The whole document, running header and page numbers included (CSS page-margin boxes). */
  html: string;
  /** What a printer needs beside the HTML: the page setup. */
  paper: 'a4' | 'letter';
  landscape: boolean;
  eventCount: number;
  sourceCount: number;
}

export interface BriefingPdf {
  filename: string;
  base64: string;
  pages?: number;
}

export interface ExportedFile {
  filename: string;
  mimeType: string;
  content: string;
  /** Events in scope that the format cannot hold and left out (ICS: years before 1 or after 9999). */
  skipped: number;
}

export interface ImportPreview {
  format: ImportFormatName;
  title: string;
  eventCount: number;
  sourceCount: number;
  laneNames: string[];
  /** The first 20 events as they will be imported (date already formatted). */
  events: { date: string; title: string; sources: number }[];
  /** CSV only: the mapping step. */
  csv?: {
    delimiter: string; columns: string[]; rows: string[][]; rowCount: number; suggestedMapping: Record<string, string>;
    /**
     * When the mapped date columns hold slash dates (03/04/2024): the order of day and month the
     * preview read them in — chosen (dateOrder), shown by the file (its first date that can only be
     * read one way, e.g. 14/05/2022), or the language's (nothing in the part read decides).
     */
    dates?: { order: DateOrder; by: 'chosen' | 'file' | 'language'; example?: { line: number; value: string } };
  };
  /** Why the file cannot be imported as it stands (CSV: with this mapping); null when it can. */
  problem: string | null;
  /** Read from the beginning of the file only: the counts are what that part holds. */
  partial?: boolean;
  /** With skipBadRows: the rows or events that would be left out (the first of them listed). */
  refused?: { count: number; examples: ImportRefusal[] };
}

export interface DataImportResult {
  timeline: Timeline;
  eventsAdded: number;
  sourcesAdded: number;
  /** Rows left out because they could not be read (a streamed import begun with skipBadRows). */
  refused?: { count: number; examples: ImportRefusal[] };
}

/** A row or event an import left out, and why. */
export interface ImportRefusal {
  /** CSV: the line the row starts on. */
  line?: number;
  /** The column (CSV) or field path (Chronik JSON, e.g. events[12].start). */
  field?: string;
  message: string;
}

/** How far a streamed import has come: what was read and stored (invisibly) so far. */
export interface ImportProgress {
  events: number;
  sources: number;
  /** Characters received so far. */
  chars: number;
  /** Rows left out so far (skipBadRows). */
  refused: number;
}

/** CSV: day first (dmy: 03/04/2024 = 3 April) or month first (mdy) in slash dates; without it the file decides. */
const dateOrder = v.optional(v.picklist(DATE_ORDERS, 'dateOrder must be dmy (day first) or mdy (month first)'));

const importTarget = {
  format: v.picklist(IMPORT_FORMAT_NAMES, `Import format must be one of ${IMPORT_FORMAT_NAMES.join(', ')}`),
  mapping: v.optional(csvMapping),
  dateOrder,
  timelineId: v.optional(id),
  newTimelineTitle: v.optional(text(500)),
  locale: v.optional(v.picklist(LANGUAGES)),
  /** Leave out rows (CSV) or events (Chronik JSON) that cannot be read, and report them, instead of importing nothing. */
  skipBadRows: v.optional(v.boolean()),
};
const importId = v.pipe(v.string(), v.maxLength(64));

export const exchangeMethods = {
  /** The briefing as HTML, for the preview before saving. */
  briefingPreview: method<BriefingPreview>()(briefingInput),
  /** The briefing printed to PDF by the shell's printer (UNSUPPORTED when the shell has none). */
  exportBriefingPdf: method<BriefingPdf>()(briefingInput),
  /** A timeline (or its filtered part) in an exchange format; the caller saves the content. */
  exportTimeline: method<ExportedFile>()(v.object({
    timelineId: id,
    format: v.picklist(EXPORT_FORMAT_NAMES, `Format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`),
    filter: v.optional(eventFilter),
    locale: v.optional(v.picklist(LANGUAGES)),
    /** TimelineJS: one era per lane. */
    eras: v.optional(v.boolean()),
  })),
  /** What an import would bring in, without changing anything; for CSV also the mapping step. */
  previewImport: method<ImportPreview>()(v.object({
    format: v.picklist(IMPORT_FORMAT_NAMES, `Import format must be one of ${IMPORT_FORMAT_NAMES.join(', ')}`),
    content: importContent,
    mapping: v.optional(csvMapping),
    dateOrder,
    locale: v.optional(v.picklist(LANGUAGES)),
    /** The content is only the beginning of a larger file (the preview of a file too large to send whole). */
    partial: v.optional(v.boolean()),
    /** Preview an import that leaves out unreadable rows (see beginImport). */
    skipBadRows: v.optional(v.boolean()),
  })),
  /** Imports a file in one undoable change: into a timeline, or a new one. A failure imports nothing. */
  importData: method<DataImportResult>()(v.object({
    format: v.picklist(IMPORT_FORMAT_NAMES, `Import format must be one of ${IMPORT_FORMAT_NAMES.join(', ')}`),
    content: importContent,
    mapping: v.optional(csvMapping),
    dateOrder,
    timelineId: v.optional(id),
    newTimelineTitle: v.optional(text(500)),
    locale: v.optional(v.picklist(LANGUAGES)),
  })),
  /**
   * A streamed import: begin, push the file's text in pieces (each stored at once, invisibly, so
   * memory stays bounded), then finish — one undoable change — or cancel, which leaves nothing.
   * A piece that cannot be read answers VALIDATION naming the line or field, and the import is
   * cancelled — unless begun with skipBadRows: then a bad row or event is left out and counted
   * (the result lists the first of them); a file that is broken as a whole still stops. Imports left unfinished (the app closed) are cancelled at the next start.
   */
  beginImport: method<{ importId: string }>()(v.object(importTarget)),
  pushImport: method<ImportProgress>()(v.object({ importId, chunk: v.pipe(v.string(), v.maxLength(16_000_000, 'A piece of an import is longer than 16 million characters')) })),
  finishImport: method<DataImportResult>()(v.object({ importId })),
  cancelImport: method<{ cancelled: boolean }>()(v.object({ importId })),
};
