/**
 * Full-text search across every timeline of the project, over the same FTS5 index as the search
 * within one timeline (titles, descriptions, quotes): hits grouped by timeline, the best first.
 */
import type { ChronikDate, Precision } from '../core/dates';
import { ftsQuery } from './events';
import { stmt, type DB } from './statements';
import { liveRow, liveTimeline } from './visible';

export interface ProjectHit {
  eventId: number;
  title: string;
  /** A fragment of the matching text with hits between [[ and ]]. */
  snippet: string;
  start: ChronikDate;
}

export interface ProjectHitGroup {
  timelineId: number;
  timelineTitle: string;
  /** All hits in this timeline (more than `hits` holds when capped). */
  count: number;
  hits: ProjectHit[];
}

interface Row {
  event_id: number;
  timeline_id: number;
  timeline_title: string;
  title: string;
  snippet: string;
  start_value: string;
  start_precision: string;
  start_approximate: number;
  rank: number;
  n: number;
  total: number;
}

/**
 * Hits of `query` in every visible timeline (no deleted timeline, no undone import), at most
 * `perTimeline` each, timelines in order of their best hit.
 */
export function searchProject(db: DB, query: string, perTimeline = 20): ProjectHitGroup[] {
  const q = ftsQuery(query);
  if (!q) return [];
  const rows = stmt(db, `SELECT * FROM (
      SELECT h.*, row_number() OVER (PARTITION BY h.timeline_id ORDER BY h.rank, h.event_id) AS n,
             count(*) OVER (PARTITION BY h.timeline_id) AS total
      FROM (SELECT e.id AS event_id, e.timeline_id, t.title AS timeline_title, e.title,
                   snippet(events_fts, -1, '[[', ']]', '…', 12) AS snippet,
                   e.start_value, e.start_precision, e.start_approximate, events_fts.rank AS rank
            FROM events_fts JOIN events e ON e.id = events_fts.rowid JOIN timelines t ON t.id = e.timeline_id
            WHERE events_fts MATCH ? AND ${liveRow('e')} AND ${liveTimeline('t')}) h)
    WHERE n <= ? ORDER BY rank, event_id`).all(q, perTimeline) as Row[];
  const groups = new Map<number, ProjectHitGroup>();
  for (const r of rows) {
    let g = groups.get(r.timeline_id);
    if (!g) groups.set(r.timeline_id, (g = { timelineId: r.timeline_id, timelineTitle: r.timeline_title, count: r.total, hits: [] }));
    const start: ChronikDate = { value: r.start_value, precision: r.start_precision as Precision };
    if (r.start_approximate) start.approximate = true;
    g.hits.push({ eventId: r.event_id, title: r.title, snippet: r.snippet, start });
  }
  return [...groups.values()];
}
