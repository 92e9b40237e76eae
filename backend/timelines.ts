import { ChronikError } from '../core/api';
import { entities, insertRow, now, stmt, timelines, updateRow, type DB } from '../db';
import { notFound, type Context, type Handlers } from './context';
import type { ChangeSet } from '../db/journal';

type TimelineHandlers = Pick<Handlers, 'listTimelines' | 'createTimeline' | 'updateTimeline' | 'duplicateTimeline' | 'deleteTimeline'
  | 'listLanes' | 'createLane' | 'renameLane' | 'reorderLanes' | 'deleteLane'>;

export function requireTimeline(db: DB, id: number) {
  return timelines.getTimeline(db, id) ?? notFound('Timeline', id);
}

function requireLane(db: DB, id: number) {
  return timelines.getLane(db, id) ?? notFound('Lane', id);
}

/** A title not yet used by another timeline: "Title", "Title (2)", … */
function freeTitle(db: DB, title: string): string {
  let t = title;
  for (let n = 2; timelines.findTimelineByTitle(db, t); n++) t = `${title} (${n})`;
  return t;
}

function eventIds(db: DB, timelineId: number): number[] {
  return (stmt(db, 'SELECT id FROM events WHERE timeline_id = ? ORDER BY id').all(timelineId) as { id: number }[]).map((r) => r.id);
}

function touchTimelineTree(db: DB, cs: ChangeSet, timelineId: number) {
  for (const id of eventIds(db, timelineId)) cs.touch('event', id);
  for (const l of timelines.listLanes(db, timelineId)) cs.touch('lane', l.id);
  cs.touch('timeline', timelineId);
}

export function timelineHandlers(ctx: Context): TimelineHandlers {
  const { db } = ctx;
  return {
    listTimelines: () => timelines.listTimelines(db),

    createTimeline: ({ title, description }) =>
      ctx.change({ key: 'createTimeline', params: { title } }, null, (cs) => {
        const t = now();
        const id = insertRow(db, 'timelines', { title: freeTitle(db, title), description: description ?? '', created_at: t, updated_at: t });
        cs.created('timeline', id);
        return requireTimeline(db, id);
      }),

    updateTimeline: ({ id, title, description }) =>
      ctx.change({ key: 'renameTimeline' }, id, (cs) => {
        const tl = requireTimeline(db, id);
        cs.touch('timeline', id);
        const other = title !== undefined ? timelines.findTimelineByTitle(db, title) : undefined;
        if (other && other.id !== id) throw new ChronikError('CONFLICT', `A timeline called “${title}” already exists`, 'title');
        updateRow(db, 'timelines', id, { title: title ?? tl.title, description: description ?? tl.description, updated_at: now() });
        return requireTimeline(db, id);
      }),

    duplicateTimeline: ({ id, title }) =>
      ctx.change({ key: 'duplicateTimeline' }, null, (cs) => {
        const src = requireTimeline(db, id);
        const t = now();
        const copyTitle = freeTitle(db, title ?? `${src.title} (copy)`);
        const newId = insertRow(db, 'timelines', { title: copyTitle, description: src.description, created_at: t, updated_at: t });
        cs.created('timeline', newId);
        const laneMap = new Map<number, number>();
        for (const l of timelines.listLanes(db, id)) {
          const lid = insertRow(db, 'lanes', { timeline_id: newId, name: l.name, position: l.position });
          laneMap.set(l.id, lid);
          cs.created('lane', lid);
        }
        for (const eid of eventIds(db, id)) {
          const row = stmt(db, 'SELECT * FROM events WHERE id = ?').get(eid) as Record<string, unknown>;
          const { id: _old, ...rest } = row;
          const lane = row.lane_id as number | null;
          const nid = insertRow(db, 'events', { ...rest, timeline_id: newId, lane_id: lane === null ? null : laneMap.get(lane) ?? null, created_at: t, updated_at: t });
          stmt(db, 'INSERT INTO event_tags (event_id, tag_id) SELECT ?, tag_id FROM event_tags WHERE event_id = ?').run(nid, eid);
          entities.copyEventEntities(db, eid, nid);
          stmt(db, `INSERT INTO event_sources (event_id, source_id, quote, quote_start, quote_end, date_phrase, stance, position)
            SELECT ?, source_id, quote, quote_start, quote_end, date_phrase, stance, position FROM event_sources WHERE event_id = ?`).run(nid, eid);
          stmt(db, `INSERT INTO events_fts (rowid, title, description, quotes) SELECT ?, title, description, quotes FROM events_fts WHERE rowid = ?`).run(nid, eid);
          cs.created('event', nid);
        }
        return requireTimeline(db, newId);
      }),

    deleteTimeline: ({ id }) =>
      ctx.change({ key: 'deleteTimeline', params: { title: requireTimeline(db, id).title } }, null, (cs) => {
        touchTimelineTree(db, cs, id);
        stmt(db, 'DELETE FROM events_fts WHERE rowid IN (SELECT id FROM events WHERE timeline_id = ?)').run(id);
        stmt(db, 'DELETE FROM timelines WHERE id = ?').run(id);
        return { id };
      }),

    listLanes: ({ timelineId }) => {
      requireTimeline(db, timelineId);
      return timelines.listLanes(db, timelineId);
    },

    createLane: ({ timelineId, name }) =>
      ctx.change({ key: 'createLane', params: { name } }, timelineId, (cs) => {
        requireTimeline(db, timelineId);
        const { max } = stmt(db, 'SELECT coalesce(max(position), -1) AS max FROM lanes WHERE timeline_id = ?').get(timelineId) as { max: number };
        const id = insertRow(db, 'lanes', { timeline_id: timelineId, name, position: max + 1 });
        cs.created('lane', id);
        return requireLane(db, id);
      }),

    renameLane: ({ id, name }) => {
      const lane = requireLane(db, id);
      return ctx.change({ key: 'renameLane', params: { name: lane.name } }, lane.timelineId, (cs) => {
        cs.touch('lane', id);
        updateRow(db, 'lanes', id, { name });
        return requireLane(db, id);
      });
    },

    reorderLanes: ({ timelineId, laneIds }) =>
      ctx.change({ key: 'reorderLanes' }, timelineId, (cs) => {
        const lanes = timelines.listLanes(db, timelineId);
        const known = new Set(lanes.map((l) => l.id));
        const given = new Set(laneIds);
        if (given.size !== laneIds.length || laneIds.some((l) => !known.has(l)) || given.size !== known.size) {
          throw new ChronikError('VALIDATION', 'laneIds must list every lane of the timeline exactly once', 'laneIds');
        }
        laneIds.forEach((lid, i) => {
          cs.touch('lane', lid);
          updateRow(db, 'lanes', lid, { position: i });
        });
        return timelines.listLanes(db, timelineId);
      }),

    deleteLane: ({ id }) => {
      const lane = requireLane(db, id);
      return ctx.change({ key: 'deleteLane', params: { name: lane.name } }, lane.timelineId, (cs) => {
        // Its events stay on the timeline, without a lane.
        for (const r of stmt(db, 'SELECT id FROM events WHERE lane_id = ?').all(id) as { id: number }[]) cs.touch('event', r.id);
        cs.touch('lane', id);
        stmt(db, 'DELETE FROM lanes WHERE id = ?').run(id);
        return { id };
      });
    },
  };
}
