import type { SearchHit, SourceLink, TimelineEvent } from '../core/api';
import { eventFromRow, linkFromRow, sourceFromRow, type EventRow, type LinkRow, type SourceSummaryRow } from './rows';
import { insertRow, stmt, updateRow, type DB } from './statements';
import { SOURCE_SUMMARY_COLUMNS } from './sources';
import { liveEvent, liveRow } from './visible';
import { loadEventEntities } from './entities';
import { WORD } from './snippet';

export interface EventQuery {
  timelineId?: number;
  ids?: number[];
  /** Sort keys of the visible window: events with end_key >= fromKey and start_key <= toKey. */
  fromKey?: number;
  toKey?: number;
}

/** Loads events with their tags and sources, in time order (start, end, id). */
export function queryEvents(db: DB, q: EventQuery): TimelineEvent[] {
  const where: string[] = [liveEvent('e')];
  const params: Record<string, unknown> = {};
  if (q.timelineId !== undefined) {
    where.push('e.timeline_id = @timelineId');
    params.timelineId = q.timelineId;
  }
  if (q.ids) {
    where.push('e.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(q.ids);
  }
  if (q.toKey !== undefined) {
    where.push('e.start_key <= @toKey');
    params.toKey = q.toKey;
  }
  if (q.fromKey !== undefined) {
    where.push('e.end_key >= @fromKey');
    params.fromKey = q.fromKey;
  }
  const sql = `SELECT e.* FROM events e WHERE ${where.join(' AND ')} ORDER BY e.start_key, e.end_key, e.id`;
  return withDetails(db, stmt(db, sql).all(params) as EventRow[]);
}

/** Full events (tags, citations with their sources) for event rows, in the rows' order. */
export function withDetails(db: DB, rows: EventRow[]): TimelineEvent[] {
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

/** Inserts an event row from its columns (see rows.ts eventColumns/eventDateColumns); the search index follows by trigger. */
export function insertEvent(db: DB, cols: Record<string, unknown>): number {
  return insertRow(db, 'events', cols);
}

/** Updates columns of one event. */
export function updateEvent(db: DB, id: number, cols: Record<string, unknown>): void {
  updateRow(db, 'events', id, cols);
}

/** Deletes one event (its tags, citations and search entry go with it). */
export function deleteEvent(db: DB, id: number): void {
  stmt(db, 'DELETE FROM events WHERE id = ?').run(id);
}

/** The ids of a timeline's events, oldest first. */
export function eventIds(db: DB, timelineId: number): number[] {
  return (stmt(db, `SELECT e.id FROM events e WHERE e.timeline_id = ? AND ${liveRow('e')} ORDER BY e.id`).all(timelineId) as { id: number }[]).map((r) => r.id);
}

/** The ids of the events in a lane. */
export function eventIdsInLane(db: DB, laneId: number): number[] {
  return (stmt(db, `SELECT e.id FROM events e WHERE e.lane_id = ? AND ${liveRow('e')} ORDER BY e.id`).all(laneId) as { id: number }[]).map((r) => r.id);
}

/** The tag names used in a timeline, alphabetically. */
export function listTagNames(db: DB, timelineId: number): string[] {
  return (stmt(db, `SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM event_tags et JOIN events e ON e.id = et.event_id
    WHERE et.tag_id = t.id AND e.timeline_id = ? AND ${liveRow('e')}) ORDER BY t.name COLLATE NOCASE`).all(timelineId) as { name: string }[]).map((r) => r.name);
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

/** Turns what a user types into an FTS5 query: every word a prefix match, quotes and operators neutralised. */
export function ftsQuery(input: string): string {
  const words = input.match(WORD) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

export function searchEvents(db: DB, timelineId: number, query: string, limit = 200): SearchHit[] {
  const q = ftsQuery(query);
  if (!q) return [];
  return (stmt(db, `SELECT e.id AS eventId, e.title AS title,
        snippet(events_fts, -1, '[[', ']]', '…', 12) AS snippet
      FROM events_fts JOIN events e ON e.id = events_fts.rowid
      WHERE events_fts MATCH ? AND e.timeline_id = ? AND ${liveRow('e')}
      ORDER BY e.start_key, e.id LIMIT ?`).all(q, timelineId, limit) as SearchHit[]);
}
