/**
 * Windowed reads: events overlapping a window, counts per lane and time bucket, the
 * most significant events of a lane, pages of the list, the next event in time order and pages of
 * search hits — each an index range scan or a read of the density counts, never the whole timeline.
 */
import { CONFIDENCES, EVENT_KINDS, type EventSummary, type ListColumn, type SearchHit } from '../core/api';
import type { EventFilter } from '../core/filter';
import { DENSITY_LEVELS } from './bulk';
import { ftsQuery } from './events';
import { filterSql, type SqlFilter } from './filter-sql';
import { SUMMARY_COLUMNS, summaryFromRow, type SummaryRow } from './rows';
import { snippetOf, queryWords } from './snippet';
import { stmt, type DB } from './statements';
// Parameters arrive as REAL (better-sqlite3 binds every JS number so): integer arithmetic casts them.
import { liveDensity, liveEvent, liveRow } from './visible';

/** Events spanning more than 31 days are found by their end (index events_long), the rest by their start. */
const SHORT_SPAN = 44640;

export interface Grid {
  /** Bucket i is [origin + i·width, origin + (i+1)·width); origin is a multiple of width. */
  origin: number;
  width: number;
  buckets: number;
  /** The density level whose buckets add up exactly to these (null: count the events themselves). */
  level: number | null;
}

/** The bucket grid for about `buckets` buckets across [fromKey, toKey], aligned so equal zooms give equal grids. */
export function bucketGrid(fromKey: number, toKey: number, buckets: number): Grid {
  const raw = Math.max(1, Math.floor((toKey - fromKey + 1) / buckets));
  let level: number | null = null;
  let unit = 1;
  for (const l of DENSITY_LEVELS) {
    if (l.width <= raw) {
      level = l.level;
      unit = l.width;
    }
  }
  const width = Math.max(unit, Math.floor(raw / unit) * unit);
  const origin = Math.floor(fromKey / width) * width;
  return { origin, width, buckets: Math.floor((toKey - origin) / width) + 1, level };
}

type LaneKey = number | null;

/** The conditions on density rows (alias d), and their parameters, that the filters they keep apart become. */
function densitySql(f: EventFilter | undefined): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (f?.kinds?.length) {
    where.push('d.kind IN (SELECT value FROM json_each(@kinds))');
    params.kinds = JSON.stringify(f.kinds);
  }
  if (f?.confidences?.length) {
    where.push('d.confidence IN (SELECT value FROM json_each(@conf))');
    params.conf = JSON.stringify(f.confidences);
  }
  if (f?.laneIds?.length) {
    where.push('d.lane_id IN (SELECT value FROM json_each(@lanes))');
    // Density rows keep "no lane" as lane 0.
    params.lanes = JSON.stringify(f.laneIds.map((l) => l ?? 0));
  }
  return { where, params };
}

/**
 * Events starting in each bucket, per lane, under the filter. Read from the density counts when
 * the filter allows (kinds, confidences, lanes), else counted from the window index.
 */
export function laneCounts(db: DB, timelineId: number, grid: Grid, f: EventFilter | undefined, sql = filterSql(db, f)): Map<LaneKey, number[]> {
  const out = new Map<LaneKey, number[]>();
  if (sql.empty) return out;
  const end = grid.origin + grid.buckets * grid.width - 1;
  const add = (lane: LaneKey, i: number, n: number) => {
    if (i < 0 || i >= grid.buckets || !n) return;
    let row = out.get(lane);
    if (!row) out.set(lane, (row = new Array<number>(grid.buckets).fill(0)));
    row[i]! += n;
  };
  if (sql.densityOk && grid.level !== null) {
    const w = DENSITY_LEVELS[grid.level - 1]!.width;
    const d = densitySql(f);
    const where = ['d.timeline_id = @t', 'd.level = @level', 'd.bucket BETWEEN @b0 AND @b1', liveDensity('d'), ...d.where];
    const p = { t: timelineId, level: grid.level, b0: grid.origin / w, b1: Math.floor(end / w), w, origin: grid.origin, width: grid.width, ...d.params };
    const rows = stmt(db, `SELECT d.lane_id AS lane, (d.bucket * CAST(@w AS INTEGER) - CAST(@origin AS INTEGER)) / CAST(@width AS INTEGER) AS i, sum(d.n) AS n FROM event_density d
      WHERE ${where.join(' AND ')} GROUP BY d.lane_id, i`).all(p) as { lane: number; i: number; n: number }[];
    for (const r of rows) add(r.lane || null, r.i, r.n);
    return out;
  }
  const rows = stmt(db, `SELECT e.lane_id AS lane, (e.start_key - CAST(@origin AS INTEGER)) / CAST(@width AS INTEGER) AS i, count(*) AS n FROM events e
    WHERE e.timeline_id = @t AND e.start_key BETWEEN @origin AND @end AND ${liveRow('e')} AND ${sql.where}
    GROUP BY e.lane_id, i`).all({ ...sql.params, t: timelineId, origin: grid.origin, width: grid.width, end }) as { lane: number | null; i: number; n: number }[];
  for (const r of rows) add(r.lane, r.i, r.n);
  return out;
}

function laneClause(lanes: readonly LaneKey[] | 'all', p: Record<string, unknown>): string {
  if (lanes === 'all') return '1';
  const ids = lanes.filter((l): l is number => l !== null);
  p.w_lanes = JSON.stringify(ids);
  return `(e.lane_id IN (SELECT value FROM json_each(@w_lanes))${lanes.includes(null) ? ' OR e.lane_id IS NULL' : ''})`;
}

/** Events of some lanes overlapping [fromKey, toKey] under the filter, in time order, at most `limit`. */
export function windowEvents(db: DB, timelineId: number, lanes: readonly LaneKey[] | 'all', fromKey: number, toKey: number, f: EventFilter | undefined, limit: number, sql = filterSql(db, f)): EventSummary[] {
  if (sql.empty || (lanes !== 'all' && !lanes.length) || limit <= 0) return [];
  const p: Record<string, unknown> = { ...sql.params, t: timelineId, from: fromKey, to: toKey, lo: fromKey - SHORT_SPAN, limit };
  const lane = laneClause(lanes, p);
  const common = `${liveRow('e')} AND ${sql.where} AND ${lane}`;
  const rows = stmt(db, `SELECT * FROM (
      SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.timeline_id = @t AND e.start_key BETWEEN @lo AND @to AND e.end_key >= @from
        AND e.end_key - e.start_key <= ${SHORT_SPAN} AND ${common}
      UNION ALL
      SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.timeline_id = @t AND e.end_key - e.start_key > ${SHORT_SPAN} AND e.end_key >= @from
        AND e.start_key <= @to AND ${common})
    ORDER BY start_key, end_key, id LIMIT @limit`).all(p) as SummaryRow[];
  return rows.map(summaryFromRow);
}

/** Weight levels tried per slice before it is left without a label. */
const TOP_LEVELS = 12;

/**
 * The most significant events of a lane starting in [fromKey, toKey] under the filter, best first,
 * spread over the window: the window is cut into `k` slices and each gives its best event (the
 * earliest of equals). Taking the k best of the whole window instead put every label of a lane whose
 * events weigh the same (most data files) at its latest events. `occupied` says whether a slice can
 * hold events at all (from the counts), so empty stretches cost no queries.
 */
export function topEvents(db: DB, timelineId: number, lane: LaneKey, fromKey: number, toKey: number, f: EventFilter | undefined, k: number,
  sql = filterSql(db, f), occupied: (from: number, to: number) => boolean = () => true): EventSummary[] {
  if (sql.empty || k <= 0 || toKey < fromKey) return [];
  const laneIs = lane === null ? 'e.lane_id IS NULL' : 'e.lane_id = @lane';
  // The weights the lane has, heaviest first (each a seek in events_weight).
  const levels: number[] = [];
  const next = stmt(db, `SELECT max(e.weight) AS w FROM events e INDEXED BY events_weight WHERE ${laneIs} AND e.weight < @below`);
  for (let below = Number.MAX_SAFE_INTEGER; levels.length < TOP_LEVELS;) {
    const w = (next.get({ lane, below }) as { w: number | null }).w;
    if (w === null) break;
    levels.push(w);
    below = w;
  }
  const first = stmt(db, `SELECT ${SUMMARY_COLUMNS}, e.weight AS weight FROM events e INDEXED BY events_weight
    WHERE ${laneIs} AND e.weight = @w AND e.start_key BETWEEN @a AND @b AND e.timeline_id = @t AND ${liveRow('e')} AND ${sql.where}
    ORDER BY e.start_key LIMIT 1`);
  const width = (toKey - fromKey + 1) / k;
  const found: (SummaryRow & { weight: number })[] = [];
  for (let i = 0; i < k; i++) {
    const a = Math.ceil(fromKey + i * width);
    const b = Math.min(toKey, Math.ceil(fromKey + (i + 1) * width) - 1);
    if (b < a || !occupied(a, b)) continue;
    for (const w of levels) {
      const r = first.get({ ...sql.params, lane, w, a, b, t: timelineId }) as (SummaryRow & { weight: number }) | undefined;
      if (r) {
        found.push(r);
        break;
      }
    }
  }
  // Best first; equals from the left, so labels picked in this order spread across the window.
  found.sort((x, y) => y.weight - x.weight || x.start_key - y.start_key);
  return found.map(summaryFromRow);
}

/** Events by id that overlap [fromKey, toKey] (the selection, drawn whatever the lane's mode). */
export function eventsOverlapping(db: DB, ids: readonly number[], fromKey: number, toKey: number): EventSummary[] {
  if (!ids.length) return [];
  return (stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(@ids)) AND e.end_key >= @from AND e.start_key <= @to AND ${liveEvent('e')}
    ORDER BY e.start_key, e.end_key, e.id`).all({ ids: JSON.stringify(ids), from: fromKey, to: toKey }) as SummaryRow[]).map(summaryFromRow);
}

/** Events by id as summaries, in time order; ids that are gone or hidden are left out. */
export function summaries(db: DB, ids: readonly number[]): EventSummary[] {
  if (!ids.length) return [];
  return (stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(?)) AND ${liveEvent('e')}
    ORDER BY e.start_key, e.end_key, e.id`).all(JSON.stringify(ids)) as SummaryRow[]).map(summaryFromRow);
}

/**
 * Which of these events match a full-text query. The matches are gathered once and the ids looked
 * up in them: asking the index about each id in turn re-reads a prefix term's postings every time
 * (about a second for a thousand ids at a million events).
 */
export function matchingIds(db: DB, ids: readonly number[], query: string): number[] {
  const q = ftsQuery(query);
  if (!q || !ids.length) return [];
  return (stmt(db, 'SELECT value AS id FROM json_each(?) WHERE value IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)').all(JSON.stringify(ids), q) as { id: number }[]).map((r) => r.id);
}

// ------------------------------------------------------------------ the list

const CONF_RANK = `CASE e.confidence ${CONFIDENCES.map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`;
const KIND_RANK = `CASE e.kind ${EVENT_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} ELSE ${EVENT_KINDS.length} END`;
const LANE_RANK = 'coalesce((SELECT l.position FROM lanes l WHERE l.id = e.lane_id), 1000000000)';
/** The sort of each column; ties fall back to time order so the list never jumps. */
const ORDER: Record<ListColumn, string[]> = {
  date: ['e.start_key', 'e.end_key', 'e.id'],
  title: ['e.title COLLATE NOCASE', 'e.start_key', 'e.id'],
  kind: [KIND_RANK, 'e.start_key', 'e.end_key', 'e.id'],
  confidence: [CONF_RANK, 'e.start_key', 'e.end_key', 'e.id'],
  lane: [LANE_RANK, 'e.start_key', 'e.end_key', 'e.id'],
  sources: ['e.source_count', 'e.start_key', 'e.end_key', 'e.id'],
};

/**
 * Events of a timeline under the filter: summed from the density counts when the filter is one
 * they keep apart (kinds, confidences, lanes), else counted.
 */
export function countEvents(db: DB, timelineId: number, f: EventFilter | undefined, sql = filterSql(db, f)): number {
  if (sql.empty) return 0;
  if (sql.densityOk) {
    const d = densitySql(f);
    const where = ['d.timeline_id = @t', 'd.level = @level', liveDensity('d'), ...d.where];
    const p = { t: timelineId, level: DENSITY_LEVELS.length, ...d.params };
    return (stmt(db, `SELECT coalesce(sum(d.n), 0) AS n FROM event_density d WHERE ${where.join(' AND ')}`).get(p) as { n: number }).n;
  }
  return (stmt(db, `SELECT count(*) AS n FROM events e WHERE e.timeline_id = @t AND ${liveRow('e')} AND ${sql.where}`).get({ ...sql.params, t: timelineId }) as { n: number }).n;
}

export interface PageQuery {
  sort: ListColumn;
  descending: boolean;
  offset: number;
  limit: number;
  /** Date order only: continue after this row instead of counting an offset. */
  after?: { startKey: number; endKey: number; id: number };
}

/** One page of the list. */
export function listPage(db: DB, timelineId: number, f: EventFilter | undefined, q: PageQuery, sql = filterSql(db, f)): EventSummary[] {
  if (sql.empty) return [];
  const dir = q.descending ? 'DESC' : 'ASC';
  const order = ORDER[q.sort].map((x) => `${x} ${dir}`).join(', ');
  const p: Record<string, unknown> = { ...sql.params, t: timelineId, limit: q.limit, offset: q.offset };
  let keyset = '';
  if (q.after && q.sort === 'date') {
    keyset = `AND (e.start_key, e.end_key, e.id) ${q.descending ? '<' : '>'} (@ak, @ae, @ai)`;
    Object.assign(p, { ak: q.after.startKey, ae: q.after.endKey, ai: q.after.id, offset: 0 });
  }
  return (stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.timeline_id = @t AND ${liveRow('e')} AND ${sql.where} ${keyset}
    ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(p) as SummaryRow[]).map(summaryFromRow);
}

/** Where an event stands in the list (how many rows come before it); null when the filter hides it. */
export function listIndexOf(db: DB, timelineId: number, f: EventFilter | undefined, id: number, sort: ListColumn, descending: boolean, sql = filterSql(db, f)): number | null {
  if (sql.empty) return null;
  const p = { ...sql.params, t: timelineId, id };
  const base = `FROM events e WHERE e.timeline_id = @t AND ${liveRow('e')} AND ${sql.where}`;
  if (!stmt(db, `SELECT 1 ${base} AND e.id = @id`).get(p)) return null;
  const keys = ORDER[sort].join(', ');
  return (stmt(db, `SELECT count(*) AS n ${base} AND (${keys}) ${descending ? '>' : '<'} (SELECT ${keys} FROM events e WHERE e.id = @id)`).get(p) as { n: number }).n;
}

/** The event after (or before) one in time order under the filter; the first (last) when `from` is null or hidden. */
export function stepEvent(db: DB, timelineId: number, f: EventFilter | undefined, from: number | null, direction: 'next' | 'prev', sql = filterSql(db, f)): EventSummary | null {
  if (sql.empty) return null;
  const next = direction === 'next';
  const p: Record<string, unknown> = { ...sql.params, t: timelineId, id: from };
  const anchor = from === null ? undefined : stmt(db, 'SELECT start_key AS k, end_key AS e FROM events WHERE id = ?').get(from) as { k: number; e: number } | undefined;
  let after = '';
  if (anchor) {
    after = `AND (e.start_key, e.end_key, e.id) ${next ? '>' : '<'} (@k, @e, @id)`;
    Object.assign(p, { k: anchor.k, e: anchor.e });
  }
  const dir = next ? 'ASC' : 'DESC';
  // The id is found in the time index alone, then the one event is read: ordering whole rows read
  // every event sharing the first start and end from the table (267 at a million events, a third of
  // a second on a cold cache for the first screen's first event).
  const r = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.id = (SELECT e.id FROM events e WHERE e.timeline_id = @t AND ${liveRow('e')} AND ${sql.where} ${after}
    ORDER BY e.start_key ${dir}, e.end_key ${dir}, e.id ${dir} LIMIT 1)`).get(p) as SummaryRow | undefined;
  return r ? summaryFromRow(r) : null;
}

/**
 * A page of full-text hits in time order, and how many there are. The matches are joined to the
 * narrow id index (events_hit) for the timeline, the batch and the order; only the page's events
 * are read in full, and their snippets made from those (db/snippet.ts).
 */
export function searchPage(db: DB, timelineId: number, query: string, offset: number, limit: number): { hits: SearchHit[]; total: number } {
  const q = ftsQuery(query);
  if (!q) return { hits: [], total: 0 };
  const from = `FROM events_fts JOIN events e INDEXED BY events_hit ON e.id = events_fts.rowid WHERE events_fts MATCH @q AND e.timeline_id = @t AND ${liveRow('e')}`;
  const p = { q, t: timelineId, limit, offset };
  // The page and the count of all hits in one pass over the index (a quarter faster at a million
  // events than counting first); a page past the end brings no row, so the count is taken apart.
  const page = stmt(db, `SELECT e.id AS id, count(*) OVER () AS n ${from} ORDER BY e.start_key, e.end_key, e.id LIMIT @limit OFFSET @offset`).all(p) as { id: number; n: number }[];
  const total = page[0]?.n ?? (offset > 0 ? (stmt(db, `SELECT count(*) AS n ${from}`).get(p) as { n: number }).n : 0);
  const ids = page.map((r) => r.id);
  if (!ids.length) return { hits: [], total };
  const rows = stmt(db, `SELECT e.id, e.title, e.description, coalesce((SELECT group_concat(s.quote, ' ') FROM event_sources s WHERE s.event_id = e.id), '') AS quotes
    FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: number; title: string; description: string; quotes: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const words = queryWords(query);
  const hits = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ eventId: id, title: r.title, snippet: snippetOf([r.title, r.description, r.quotes], words) }] : [];
  });
  return { hits, total };
}

export type { SqlFilter };

/** Whether a timeline has visible events without a lane. */
export function hasUnlaned(db: DB, timelineId: number): boolean {
  return !!stmt(db, `SELECT 1 FROM event_density d WHERE d.timeline_id = ? AND d.level = 5 AND d.lane_id = 0 AND d.n > 0 AND ${liveDensity('d')} LIMIT 1`).get(timelineId);
}

/** How many visible events of a timeline cite each source (keyed by source id). */
export function sourceUsage(db: DB, timelineId: number, sourceIds: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  if (!sourceIds.length) return out;
  const rows = stmt(db, `SELECT es.source_id AS id, count(*) AS n FROM event_sources es JOIN events e ON e.id = es.event_id
    WHERE es.source_id IN (SELECT value FROM json_each(?)) AND e.timeline_id = ? AND ${liveRow('e')} GROUP BY es.source_id`).all(JSON.stringify(sourceIds), timelineId) as { id: number; n: number }[];
  for (const r of rows) out[String(r.id)] = r.n;
  return out;
}

/** The lowest and highest event id (null when there are none): the span the read-ahead walks. */
export function eventIdSpan(db: DB): { lo: number; hi: number } | null {
  const lo = stmt(db, 'SELECT min(id) FROM events').pluck().get() as number | null;
  const hi = stmt(db, 'SELECT max(id) FROM events').pluck().get() as number | null;
  return lo === null || hi === null ? null : { lo, hi };
}

/** Reads the part of the search's id index (events_hit) for ids in [fromId, toId), so a search finds it in memory. */
export function readHitIndex(db: DB, fromId: number, toId: number): void {
  stmt(db, 'SELECT count(*) FROM events INDEXED BY events_hit WHERE id >= ? AND id < ?').pluck().get(fromId, toId);
}
