import { laneFromRow, timelineFromRow, type LaneRow, type TimelineRow } from './rows';
import { stmt, type DB } from './statements';
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
