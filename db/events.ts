import type { SearchHit, SourceLink, TimelineEvent } from '../core/api';
import { eventFromRow, linkFromRow, sourceFromRow, type EventRow, type LinkRow, type SourceSummaryRow } from './rows';
import { stmt, type DB } from './statements';
import { SOURCE_SUMMARY_COLUMNS } from './sources';
import { loadEventEntities } from './entities';

export interface EventQuery {
  timelineId?: number;
  ids?: number[];
  /** Sort keys of the visible window: events with end_key >= fromKey and start_key <= toKey. */
  fromKey?: number;
  toKey?: number;
}

/** Loads events with their tags and sources, in time order. */
export function queryEvents(db: DB, q: EventQuery): TimelineEvent[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.timelineId !== undefined) {
    where.push('timeline_id = @timelineId');
    params.timelineId = q.timelineId;
  }
  if (q.ids) {
    where.push('id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(q.ids);
  }
  if (q.toKey !== undefined) {
    where.push('start_key <= @toKey');
    params.toKey = q.toKey;
  }
  if (q.fromKey !== undefined) {
    where.push('end_key >= @fromKey');
    params.fromKey = q.fromKey;
  }
  const sql = `SELECT * FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY start_key, end_key, id`;
  const rows = stmt(db, sql).all(params) as EventRow[];
  if (!rows.length) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const tags = new Map<number, string[]>();
  for (const t of stmt(db, `SELECT et.event_id, tg.name FROM event_tags et JOIN tags tg ON tg.id = et.tag_id
      WHERE et.event_id IN (SELECT value FROM json_each(?)) ORDER BY tg.name COLLATE NOCASE`).all(ids) as { event_id: number; name: string }[]) {
    (tags.get(t.event_id) ?? tags.set(t.event_id, []).get(t.event_id)!).push(t.name);
  }
  const links = new Map<number, SourceLink[]>();
  const linkRows = stmt(db, `SELECT es.*, ${SOURCE_SUMMARY_COLUMNS.map((c) => 's.' + c).join(', ')}, s.text IS NOT NULL AS has_text
      FROM event_sources es JOIN sources s ON s.id = es.source_id
      WHERE es.event_id IN (SELECT value FROM json_each(?)) ORDER BY es.position, es.rowid`).all(ids) as (LinkRow & SourceSummaryRow)[];
  for (const r of linkRows) {
    const link = linkFromRow(r, sourceFromRow({ ...r, id: r.source_id }));
    (links.get(r.event_id) ?? links.set(r.event_id, []).get(r.event_id)!).push(link);
  }
  const entities = loadEventEntities(db, rows.map((r) => r.id));
  return rows.map((r) => eventFromRow(r, tags.get(r.id) ?? [], links.get(r.id) ?? [], entities.get(r.id) ?? []));
}

export function getEvent(db: DB, id: number): TimelineEvent | undefined {
  return queryEvents(db, { ids: [id] })[0];
}

/** Replaces an event's tags by names, creating tags that do not exist yet. */
export function setEventTags(db: DB, eventId: number, names: string[]): void {
  stmt(db, 'DELETE FROM event_tags WHERE event_id = ?').run(eventId);
  for (const name of new Set(names.map((n) => n.trim()).filter(Boolean))) {
    stmt(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
    const tag = stmt(db, 'SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
    stmt(db, 'INSERT OR IGNORE INTO event_tags (event_id, tag_id) VALUES (?, ?)').run(eventId, tag.id);
  }
}

/** Re-indexes one event (title, description and all its quotes) for full-text search. */
export function refreshSearchIndex(db: DB, eventId: number): void {
  stmt(db, 'DELETE FROM events_fts WHERE rowid = ?').run(eventId);
  const r = stmt(db, `SELECT e.title, e.description, coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = e.id), '') AS quotes
      FROM events e WHERE e.id = ?`).get(eventId) as { title: string; description: string; quotes: string } | undefined;
  if (r) stmt(db, 'INSERT INTO events_fts (rowid, title, description, quotes) VALUES (?, ?, ?, ?)').run(eventId, r.title, r.description, r.quotes);
}

/** Turns what a user types into an FTS5 query: every word a prefix match, quotes and operators neutralised. */
export function ftsQuery(input: string): string {
  const words = input.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

export function searchEvents(db: DB, timelineId: number, query: string, limit = 200): SearchHit[] {
  const q = ftsQuery(query);
  if (!q) return [];
  return (stmt(db, `SELECT e.id AS eventId, e.title AS title,
        snippet(events_fts, -1, '[[', ']]', '…', 12) AS snippet
      FROM events_fts JOIN events e ON e.id = events_fts.rowid
      WHERE events_fts MATCH ? AND e.timeline_id = ?
      ORDER BY e.start_key, e.id LIMIT ?`).all(q, timelineId, limit) as SearchHit[]);
}
