/** Row shapes of the schema and their mapping to the contract's domain types. */
import type { ChronikDate, EventEntity, EventSummary, Lane, Place, Source, SourceLink, Timeline, TimelineEvent, EventKind, Confidence, Stance } from '../core/api';
import { sortKey, type Precision } from '../core/dates';

export interface TimelineRow {
  id: number;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
  event_count?: number;
}

export interface LaneRow {
  id: number;
  timeline_id: number;
  name: string;
  position: number;
}

export interface EventRow {
  id: number;
  timeline_id: number;
  title: string;
  description: string;
  kind: string;
  start_value: string;
  start_precision: string;
  start_approximate: number;
  start_uncertain: number;
  start_original: string | null;
  end_value: string | null;
  end_precision: string | null;
  end_approximate: number;
  end_uncertain: number;
  end_original: string | null;
  start_key: number;
  end_key: number;
  location_name: string | null;
  location_lat: number | null;
  location_lon: number | null;
  lane_id: number | null;
  confidence: string;
  color: string | null;
  created_at: string;
  updated_at: string;
}

export interface SourceRow {
  id: number;
  url: string | null;
  title: string;
  publisher: string;
  author: string;
  published_value: string | null;
  published_precision: string | null;
  accessed_at: string | null;
  language: string | null;
  content_hash: string | null;
  text: string | null;
  html: string | null;
  created_at: string;
  updated_at: string;
}

export interface LinkRow {
  event_id: number;
  source_id: number;
  quote: string;
  quote_start: number | null;
  quote_end: number | null;
  date_phrase: string;
  stance: string;
  position: number;
}

export const timelineFromRow = (r: TimelineRow): Timeline => ({
  id: r.id,
  title: r.title,
  description: r.description,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  eventCount: r.event_count ?? 0,
});

export const laneFromRow = (r: LaneRow): Lane => ({ id: r.id, timelineId: r.timeline_id, name: r.name, position: r.position });

function dateFrom(value: string | null, precision: string | null, approx = 0, uncertain = 0, original: string | null = null): ChronikDate | null {
  if (value === null || precision === null) return null;
  const d: ChronikDate = { value, precision: precision as Precision };
  if (approx) d.approximate = true;
  if (uncertain) d.uncertain = true;
  if (original) d.original = original;
  return d;
}

/** The columns that store one edge of an event's date. */
export function dateColumns(prefix: 'start' | 'end', d: ChronikDate | null): Record<string, string | number | null> {
  return {
    [`${prefix}_value`]: d?.value ?? null,
    [`${prefix}_precision`]: d?.precision ?? null,
    [`${prefix}_approximate`]: d?.approximate ? 1 : 0,
    [`${prefix}_uncertain`]: d?.uncertain ? 1 : 0,
    [`${prefix}_original`]: d?.original ?? null,
  };
}

/** The date columns and integer sort keys of an event's start/end (the caller checked the range). */
export function eventDateColumns(start: ChronikDate, end: ChronikDate | null): Record<string, string | number | null> {
  // Spelled out rather than spread from dateColumns: an import builds this a million times, and an
  // object made of computed keys is a slow dictionary.
  return {
    start_value: start.value, start_precision: start.precision, start_approximate: start.approximate ? 1 : 0,
    start_uncertain: start.uncertain ? 1 : 0, start_original: start.original ?? null,
    end_value: end?.value ?? null, end_precision: end?.precision ?? null, end_approximate: end?.approximate ? 1 : 0,
    end_uncertain: end?.uncertain ? 1 : 0, end_original: end?.original ?? null,
    start_key: sortKey(start, 'start'),
    end_key: sortKey(end ?? start, 'end'),
  };
}

/** The fields of an event other than its dates, as the contract names them (all optional). */
export interface EventFields {
  title?: string;
  description?: string;
  kind?: EventKind;
  confidence?: Confidence;
  color?: string | null;
  laneId?: number | null;
  location?: Place | { name: string; lat?: number | null; lon?: number | null } | null;
}

/** The columns a set of event fields writes; fields left undefined are not touched. */
export function eventColumns(f: EventFields): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  if (f.title !== undefined) c.title = f.title;
  if (f.description !== undefined) c.description = f.description;
  if (f.kind !== undefined) c.kind = f.kind;
  if (f.confidence !== undefined) c.confidence = f.confidence;
  if (f.color !== undefined) c.color = f.color;
  if (f.laneId !== undefined) c.lane_id = f.laneId;
  if (f.location !== undefined) {
    c.location_name = f.location?.name || null;
    c.location_lat = f.location?.lat ?? null;
    c.location_lon = f.location?.lon ?? null;
  }
  return c;
}

/** The fields of a source as the contract names them (dates already read into the date model). */
export interface SourceFields {
  url?: string | null;
  title?: string;
  publisher?: string;
  author?: string;
  publishedAt?: ChronikDate | null;
  accessedAt?: string | null;
  language?: string | null;
  contentHash?: string | null;
  text?: string | null;
  html?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** The columns a set of source fields writes; fields left undefined are not touched. */
export function sourceColumns(f: SourceFields): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  if (f.url !== undefined) c.url = f.url;
  if (f.title !== undefined) c.title = f.title;
  if (f.publisher !== undefined) c.publisher = f.publisher;
  if (f.author !== undefined) c.author = f.author;
  if (f.publishedAt !== undefined) {
    c.published_value = f.publishedAt?.value ?? null;
    c.published_precision = f.publishedAt?.precision ?? null;
  }
  if (f.accessedAt !== undefined) c.accessed_at = f.accessedAt;
  if (f.language !== undefined) c.language = f.language;
  if (f.contentHash !== undefined) c.content_hash = f.contentHash;
  if (f.text !== undefined) c.text = f.text;
  if (f.html !== undefined) c.html = f.html;
  if (f.createdAt !== undefined) c.created_at = f.createdAt;
  if (f.updatedAt !== undefined) c.updated_at = f.updatedAt;
  return c;
}

export type SourceSummaryRow = Omit<SourceRow, 'text' | 'html'> & { has_text: number };

export const sourceFromRow = (r: SourceSummaryRow): Source => ({
  id: r.id,
  url: r.url,
  title: r.title,
  publisher: r.publisher,
  author: r.author,
  publishedAt: dateFrom(r.published_value, r.published_precision),
  accessedAt: r.accessed_at,
  language: r.language,
  contentHash: r.content_hash,
  hasText: !!r.has_text,
});

export const linkFromRow = (r: LinkRow, source: Source): SourceLink => ({
  source,
  quote: r.quote,
  quoteStart: r.quote_start,
  quoteEnd: r.quote_end,
  datePhrase: r.date_phrase,
  stance: r.stance as Stance,
});

export function eventFromRow(r: EventRow, tags: string[], sources: SourceLink[], entities: EventEntity[] = []): TimelineEvent {
  const location: Place | null = r.location_name !== null || r.location_lat !== null
    ? { name: r.location_name ?? '', lat: r.location_lat, lon: r.location_lon }
    : null;
  return {
    id: r.id,
    timelineId: r.timeline_id,
    title: r.title,
    description: r.description,
    kind: r.kind as EventKind,
    start: dateFrom(r.start_value, r.start_precision, r.start_approximate, r.start_uncertain, r.start_original)!,
    end: dateFrom(r.end_value, r.end_precision, r.end_approximate, r.end_uncertain, r.end_original),
    location,
    laneId: r.lane_id,
    confidence: r.confidence as Confidence,
    color: r.color,
    tags,
    entities,
    sources,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The columns of an event summary (alias `e`): what an item or a list row shows. */
export const SUMMARY_COLUMNS = ['id', 'timeline_id', 'title', 'kind', 'confidence', 'start_value', 'start_precision', 'start_approximate', 'start_uncertain',
  'start_original', 'end_value', 'end_precision', 'end_approximate', 'end_uncertain', 'end_original', 'lane_id', 'source_count', 'start_key', 'end_key']
  .map((c) => 'e.' + c).join(', ');

export type SummaryRow = Pick<EventRow, 'id' | 'timeline_id' | 'title' | 'kind' | 'confidence' | 'start_value' | 'start_precision' | 'start_approximate'
  | 'start_uncertain' | 'start_original' | 'end_value' | 'end_precision' | 'end_approximate' | 'end_uncertain' | 'end_original' | 'lane_id' | 'start_key' | 'end_key'>
  & { source_count: number };

export const summaryFromRow = (r: SummaryRow): EventSummary => ({
  id: r.id,
  timelineId: r.timeline_id,
  title: r.title,
  kind: r.kind as EventKind,
  confidence: r.confidence as Confidence,
  start: dateFrom(r.start_value, r.start_precision, r.start_approximate, r.start_uncertain, r.start_original)!,
  end: dateFrom(r.end_value, r.end_precision, r.end_approximate, r.end_uncertain, r.end_original),
  laneId: r.lane_id,
  sourceCount: r.source_count,
  startKey: r.start_key,
  endKey: r.end_key,
});
