/**
 * The event filter (core/filter.ts) as SQL: one small clause per field, so a window, a count or a
 * page is narrowed in the database, never by loading events. The clauses mean what applyFilter
 * means (tests compare the two on random data), except `query`, which is the full-text search
 * (every word a prefix of a word in the title, description or quotes).
 */
import { sortKey } from '../core/dates';
import { foldText, type EventFilter } from '../core/filter';
import { ftsQuery } from './events';
import { stmt, type DB } from './statements';

export interface SqlFilter {
  /** Clauses joined by AND ('1' when none), over the events alias `e`. */
  where: string;
  params: Record<string, unknown>;
  /** Only kinds, confidences and lanes: the density counts can answer it. */
  densityOk: boolean;
  /** Nothing can match (e.g. tags that no event carries). */
  empty: boolean;
}

/** The ids of the tags whose folded name is one of the filter's (applyFilter's comparison). */
function tagIds(db: DB, names: readonly string[]): number[] {
  const wanted = new Set(names.map((t) => foldText(t.trim())));
  return (stmt(db, 'SELECT id, name FROM tags').all() as { id: number; name: string }[]).filter((t) => wanted.has(foldText(t.name))).map((t) => t.id);
}

export function filterSql(db: DB, f: EventFilter | undefined | null): SqlFilter {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let densityOk = true;
  let empty = false;
  if (!f) return { where: '1', params, densityOk, empty };
  if (f.from) {
    where.push('e.end_key >= @f_from');
    params.f_from = sortKey(f.from, 'start');
    densityOk = false;
  }
  if (f.to) {
    where.push('e.start_key <= @f_to');
    params.f_to = sortKey(f.to, 'end');
    densityOk = false;
  }
  if (f.kinds?.length) {
    where.push('e.kind IN (SELECT value FROM json_each(@f_kinds))');
    params.f_kinds = JSON.stringify(f.kinds);
  }
  if (f.confidences?.length) {
    where.push('e.confidence IN (SELECT value FROM json_each(@f_conf))');
    params.f_conf = JSON.stringify(f.confidences);
  }
  if (f.laneIds?.length) {
    const ids = f.laneIds.filter((l): l is number => l !== null);
    const none = f.laneIds.includes(null);
    where.push(`(e.lane_id IN (SELECT value FROM json_each(@f_lanes))${none ? ' OR e.lane_id IS NULL' : ''})`);
    params.f_lanes = JSON.stringify(ids);
  }
  if (f.tags?.length) {
    const ids = tagIds(db, f.tags);
    if (!ids.length) empty = true;
    where.push('EXISTS (SELECT 1 FROM event_tags et WHERE et.event_id = e.id AND et.tag_id IN (SELECT value FROM json_each(@f_tags)))');
    params.f_tags = JSON.stringify(ids);
    densityOk = false;
  }
  if (f.entityIds?.length) {
    where.push('EXISTS (SELECT 1 FROM event_entities ee WHERE ee.event_id = e.id AND ee.entity_id IN (SELECT value FROM json_each(@f_entities)))');
    params.f_entities = JSON.stringify(f.entityIds);
    densityOk = false;
  }
  if (f.unsourced) {
    where.push('e.source_count = 0');
    densityOk = false;
  }
  if (f.query?.trim()) {
    const q = ftsQuery(f.query);
    if (!q) empty = true;
    where.push('e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @f_query)');
    params.f_query = q || '""';
    densityOk = false;
  }
  return { where: where.length ? where.join(' AND ') : '1', params, densityOk, empty };
}
