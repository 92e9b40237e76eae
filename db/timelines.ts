import { laneFromRow, timelineFromRow, type LaneRow, type TimelineRow } from './rows';
import { insertRow, stmt, updateRow, type DB } from './statements';
import { liveDensity, liveRow, liveTimeline } from './visible';
import type { Lane, Timeline } from '../core/api';

// The event count from the coarsest density level: a handful of rows even for a million events.
const SELECT = `SELECT t.*, (SELECT coalesce(sum(d.n), 0) FROM event_density d WHERE d.timeline_id = t.id AND d.level = 5 AND ${liveDensity('d')}) AS event_count
  FROM timelines t WHERE ${liveTimeline('t')}`;

export function listTimelines(db: DB): Timeline[] {
  return (stmt(db, `${SELECT} ORDER BY t.title COLLATE NOCASE, t.id`).all() as TimelineRow[]).map(timelineFromRow);
}

export function getTimeline(db: DB, id: number): Timeline | undefined {
  const r = stmt(db, `${SELECT} AND t.id = ?`).get(id) as TimelineRow | undefined;
  return r && timelineFromRow(r);
}

export function findTimelineByTitle(db: DB, title: string): Timeline | undefined {
  const r = stmt(db, `${SELECT} AND t.title = ? COLLATE NOCASE ORDER BY t.id LIMIT 1`).get(title) as TimelineRow | undefined;
  return r && timelineFromRow(r);
}

export function listLanes(db: DB, timelineId: number): Lane[] {
  return (stmt(db, `SELECT * FROM lanes l WHERE l.timeline_id = ? AND ${liveRow('l')} ORDER BY l.position, l.id`).all(timelineId) as LaneRow[]).map(laneFromRow);
}

export function getLane(db: DB, id: number): Lane | undefined {
  const r = stmt(db, `SELECT * FROM lanes l WHERE l.id = ? AND ${liveRow('l')}`).get(id) as LaneRow | undefined;
  return r && laneFromRow(r);
}

/** A title not yet used by another timeline: "Title", "Title (2)", … */
export function freeTitle(db: DB, title: string): string {
  let t = title;
  for (let n = 2; findTimelineByTitle(db, t); n++) t = `${title} (${n})`;
  return t;
}

export function countTimelines(db: DB): number {
  return (stmt(db, `SELECT count(*) AS n FROM timelines t WHERE ${liveTimeline('t')}`).get() as { n: number }).n;
}

/** Adds a timeline; with a batch id it stays invisible until that batch is live. */
export function insertTimeline(db: DB, t: { title: string; description: string; createdAt: string; updatedAt: string; batchId?: number | null }): number {
  return insertRow(db, 'timelines', { title: t.title, description: t.description, created_at: t.createdAt, updated_at: t.updatedAt, batch_id: t.batchId ?? null });
}

export function updateTimeline(db: DB, id: number, t: { title?: string; description?: string; updatedAt: string }): void {
  const cols: Record<string, unknown> = { updated_at: t.updatedAt };
  if (t.title !== undefined) cols.title = t.title;
  if (t.description !== undefined) cols.description = t.description;
  updateRow(db, 'timelines', id, cols);
}

/**
 * Deletes a timeline by hiding it (with its lanes and events, however many) on behalf of a journal
 * entry; `showTimeline` brings it back. Both are one row update.
 */
export function hideTimeline(db: DB, id: number, byEntry: number): void {
  stmt(db, 'UPDATE timelines SET hidden_by = ? WHERE id = ?').run(byEntry, id);
}

export function showTimeline(db: DB, id: number): void {
  stmt(db, 'UPDATE timelines SET hidden_by = NULL WHERE id = ?').run(id);
}

/** Adds a lane; without a position it goes after the last one. */
export function insertLane(db: DB, timelineId: number, name: string, position?: number, batchId: number | null = null): number {
  const pos = position ?? (stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM lanes WHERE timeline_id = ?').get(timelineId) as { p: number }).p;
  return insertRow(db, 'lanes', { timeline_id: timelineId, name, position: pos, batch_id: batchId });
}

export function updateLane(db: DB, id: number, cols: { name?: string; position?: number }): void {
  updateRow(db, 'lanes', id, Object.fromEntries(Object.entries(cols).filter(([, v]) => v !== undefined)));
}

/** Deletes a lane; its events stay on the timeline without a lane (ON DELETE SET NULL). */
export function deleteLane(db: DB, id: number): void {
  stmt(db, 'DELETE FROM lanes WHERE id = ?').run(id);
}
