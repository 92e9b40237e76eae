import type { Source, SourceQuote } from '../core/api';
import { sourceColumns, sourceFromRow, type LinkRow, type SourceFields, type SourceSummaryRow } from './rows';
import { insertRow, stmt, updateRow, type DB } from './statements';
import { liveEvent, liveRow } from './visible';

export const SOURCE_SUMMARY_COLUMNS = [
  'id', 'url', 'title', 'publisher', 'author', 'published_value', 'published_precision',
  'accessed_at', 'language', 'content_hash', 'created_at', 'updated_at',
] as const;

const SELECT = `SELECT ${SOURCE_SUMMARY_COLUMNS.join(', ')}, text IS NOT NULL AS has_text FROM sources s WHERE ${liveRow('s')}`;

export function listSources(db: DB): Source[] {
  return (stmt(db, `${SELECT} ORDER BY title COLLATE NOCASE, id`).all() as SourceSummaryRow[]).map(sourceFromRow);
}

export function getSource(db: DB, id: number): Source | undefined {
  const r = stmt(db, `${SELECT} AND id = ?`).get(id) as SourceSummaryRow | undefined;
  return r && sourceFromRow(r);
}

export function findSourceByHash(db: DB, hash: string): Source | undefined {
  const r = stmt(db, `${SELECT} AND content_hash = ?`).get(hash) as SourceSummaryRow | undefined;
  return r && sourceFromRow(r);
}

export function getSourceText(db: DB, id: number): { text: string | null; html: string | null } | undefined {
  return stmt(db, 'SELECT text, html FROM sources WHERE id = ?').get(id) as { text: string | null; html: string | null } | undefined;
}

/** The first source with this URL, if any (an import cites it rather than adding a copy). */
export function findSourceIdByUrl(db: DB, url: string): number | undefined {
  return (stmt(db, `SELECT id FROM sources s WHERE url = ? AND ${liveRow('s')} ORDER BY id LIMIT 1`).get(url) as { id: number } | undefined)?.id;
}

/** Adds a source; with a batch id it stays invisible until that batch is live. */
export function insertSource(db: DB, f: SourceFields & { createdAt: string; updatedAt: string }, batchId: number | null = null): number {
  return insertRow(db, 'sources', { ...sourceColumns(f), batch_id: batchId });
}

export function updateSource(db: DB, id: number, f: SourceFields): void {
  updateRow(db, 'sources', id, sourceColumns(f));
}

/** Every passage events cite from a source, in text order (for the reader's highlights). */
export function quotesOfSource(db: DB, id: number): SourceQuote[] {
  return stmt(db, `SELECT es.event_id AS eventId, e.title AS eventTitle, es.quote, es.quote_start AS quoteStart, es.quote_end AS quoteEnd
    FROM event_sources es JOIN events e ON e.id = es.event_id
    WHERE es.source_id = ? AND es.quote <> '' AND ${liveEvent('e')} ORDER BY coalesce(es.quote_start, 1e18), e.id`).all(id) as SourceQuote[];
}

/** What the sources hold beyond the contract's Source (stored text, HTML, timestamps), for lossless export. */
export function sourceExtras(db: DB, ids: readonly number[]): { id: number; text: string | null; html: string | null; created_at: string; updated_at: string }[] {
  if (!ids.length) return [];
  return stmt(db, 'SELECT id, text, html, created_at, updated_at FROM sources WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as
    { id: number; text: string | null; html: string | null; created_at: string; updated_at: string }[];
}

/** One event's citation of one source, if it exists. */
export function getLink(db: DB, eventId: number, sourceId: number): LinkRow | undefined {
  return stmt(db, 'SELECT * FROM event_sources WHERE event_id = ? AND source_id = ?').get(eventId, sourceId) as LinkRow | undefined;
}

/** The position after an event's last citation. */
export function nextLinkPosition(db: DB, eventId: number): number {
  return (stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS pos FROM event_sources WHERE event_id = ?').get(eventId) as { pos: number }).pos;
}

/** Writes a citation; citing the same source again updates quote, offsets, date phrase and stance. */
export function upsertLink(db: DB, row: LinkRow): void {
  stmt(db, `INSERT INTO event_sources (event_id, source_id, quote, quote_start, quote_end, date_phrase, stance, position)
    VALUES (@event_id, @source_id, @quote, @quote_start, @quote_end, @date_phrase, @stance, @position)
    ON CONFLICT(event_id, source_id) DO UPDATE SET quote = excluded.quote, quote_start = excluded.quote_start,
      quote_end = excluded.quote_end, date_phrase = excluded.date_phrase, stance = excluded.stance`).run(row);
}

export function deleteLink(db: DB, eventId: number, sourceId: number): void {
  stmt(db, 'DELETE FROM event_sources WHERE event_id = ? AND source_id = ?').run(eventId, sourceId);
}
