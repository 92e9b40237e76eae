import { laneFromRow, timelineFromRow, type LaneRow, type TimelineRow } from './rows';
import { insertRow, stmt, updateRow, type DB } from './statements';
import type { Lane, Timeline } from '../core/api';

const SELECT = `SELECT t.*, (SELECT count(*) FROM events e WHERE e.timeline_id = t.id) AS event_count FROM timelines t`;

export function listTimelines(db: DB): Timeline[] {
  return (stmt(db, `${SELECT} ORDER BY t.title COLLATE NOCASE, t.id`).all() as TimelineRow[]).map(timelineFromRow);
}

export function getTimeline(db: DB, id: number): Timeline | undefined {
  const r = stmt(db, `${SELECT} WHERE t.id = ?`).get(id) as TimelineRow | undefined;
  return r && timelineFromRow(r);
}

export function findTimelineByTitle(db: DB, title: string): Timeline | undefined {
  const r = stmt(db, `${SELECT} WHERE t.title = ? COLLATE NOCASE ORDER BY t.id LIMIT 1`).get(title) as TimelineRow | undefined;
  return r && timelineFromRow(r);
}

export function listLanes(db: DB, timelineId: number): Lane[] {
  return (stmt(db, 'SELECT * FROM lanes WHERE timeline_id = ? ORDER BY position, id').all(timelineId) as LaneRow[]).map(laneFromRow);
}

export function getLane(db: DB, id: number): Lane | undefined {
  const r = stmt(db, 'SELECT * FROM lanes WHERE id = ?').get(id) as LaneRow | undefined;
  return r && laneFromRow(r);
}

/** A title not yet used by another timeline: "Title", "Title (2)", … */
export function freeTitle(db: DB, title: string): string {
  let t = title;
  for (let n = 2; findTimelineByTitle(db, t); n++) t = `${title} (${n})`;
  return t;
}

export function countTimelines(db: DB): number {
  return (stmt(db, 'SELECT count(*) AS n FROM timelines').get() as { n: number }).n;
}

export function insertTimeline(db: DB, t: { title: string; description: string; createdAt: string; updatedAt: string }): number {
  return insertRow(db, 'timelines', { title: t.title, description: t.description, created_at: t.createdAt, updated_at: t.updatedAt });
}

export function updateTimeline(db: DB, id: number, t: { title?: string; description?: string; updatedAt: string }): void {
  const cols: Record<string, unknown> = { updated_at: t.updatedAt };
  if (t.title !== undefined) cols.title = t.title;
  if (t.description !== undefined) cols.description = t.description;
  updateRow(db, 'timelines', id, cols);
}

/** Deletes a timeline with its lanes and events (by cascade; the search index follows by trigger). */
export function deleteTimeline(db: DB, id: number): void {
  stmt(db, 'DELETE FROM timelines WHERE id = ?').run(id);
}

/** Adds a lane; without a position it goes after the last one. */
export function insertLane(db: DB, timelineId: number, name: string, position?: number): number {
  const pos = position ?? (stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM lanes WHERE timeline_id = ?').get(timelineId) as { p: number }).p;
  return insertRow(db, 'lanes', { timeline_id: timelineId, name, position: pos });
}

export function updateLane(db: DB, id: number, cols: { name?: string; position?: number }): void {
  updateRow(db, 'lanes', id, Object.fromEntries(Object.entries(cols).filter(([, v]) => v !== undefined)));
}

/** Deletes a lane; its events stay on the timeline without a lane (ON DELETE SET NULL). */
export function deleteLane(db: DB, id: number): void {
  stmt(db, 'DELETE FROM lanes WHERE id = ?').run(id);
}
