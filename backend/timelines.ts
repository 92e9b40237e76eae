import { ChronikError } from '../core/api';
import { bulk, events, now, timelines, type DB } from '../db';
import { notFound, type Context, type Handlers } from './context';

type TimelineHandlers = Pick<Handlers, 'listTimelines' | 'createTimeline' | 'updateTimeline' | 'duplicateTimeline' | 'deleteTimeline'
  | 'listLanes' | 'createLane' | 'renameLane' | 'reorderLanes' | 'deleteLane'>;

export function requireTimeline(db: DB, id: number) {
  return timelines.getTimeline(db, id) ?? notFound('Timeline', id);
}

function requireLane(db: DB, id: number) {
  return timelines.getLane(db, id) ?? notFound('Lane', id);
}

export function timelineHandlers(ctx: Context): TimelineHandlers {
  const { db } = ctx;
  return {
    listTimelines: () => timelines.listTimelines(db),

    createTimeline: ({ title, description }) =>
      ctx.change({ key: 'createTimeline', params: { title } }, null, (cs) => {
        const t = now();
        const id = timelines.insertTimeline(db, { title: timelines.freeTitle(db, title), description: description ?? '', createdAt: t, updatedAt: t });
        cs.created('timeline', id);
        return requireTimeline(db, id);
      }),

    updateTimeline: ({ id, title, description }) => {
      requireTimeline(db, id);
      const other = title !== undefined ? timelines.findTimelineByTitle(db, title) : undefined;
      if (other && other.id !== id) throw new ChronikError('CONFLICT', `A timeline called “${title}” already exists`, 'title');
      return ctx.change({ key: 'renameTimeline' }, id, (cs) => {
        cs.touch('timeline', id);
        timelines.updateTimeline(db, id, { title, description, updatedAt: now() });
        return requireTimeline(db, id);
      });
    },

    // The copy is one batch, written set-based: undo hides it, whatever its size.
    duplicateTimeline: ({ id, title }) => {
      const src = requireTimeline(db, id);
      const newId = ctx.change({ key: 'duplicateTimeline' }, null, (cs) => {
        const t = now();
        const batchId = bulk.createBatch(db, 'pending');
        const copy = timelines.insertTimeline(db, { title: timelines.freeTitle(db, title ?? `${src.title} (copy)`), description: src.description, createdAt: t, updatedAt: t, batchId });
        const laneMap = new Map<number, number>();
        for (const l of timelines.listLanes(db, id)) laneMap.set(l.id, timelines.insertLane(db, copy, l.name, l.position, batchId));
        bulk.copyEvents(db, id, copy, laneMap, batchId, t);
        cs.batch(batchId);
        return copy;
      });
      return requireTimeline(db, newId);
    },

    // Hidden with everything in it, however large: undo shows it again (db/journal.ts).
    deleteTimeline: ({ id }) =>
      ctx.change({ key: 'deleteTimeline', params: { title: requireTimeline(db, id).title } }, null, (cs) => {
        cs.hideTimeline(id);
        return { id };
      }),

    listLanes: ({ timelineId }) => {
      requireTimeline(db, timelineId);
      return timelines.listLanes(db, timelineId);
    },

    createLane: ({ timelineId, name }) => {
      requireTimeline(db, timelineId);
      return ctx.change({ key: 'createLane', params: { name } }, timelineId, (cs) => {
        const id = timelines.insertLane(db, timelineId, name);
        cs.created('lane', id);
        return requireLane(db, id);
      });
    },

    renameLane: ({ id, name }) => {
      const lane = requireLane(db, id);
      return ctx.change({ key: 'renameLane', params: { name: lane.name } }, lane.timelineId, (cs) => {
        cs.touch('lane', id);
        timelines.updateLane(db, id, { name });
        return requireLane(db, id);
      });
    },

    reorderLanes: ({ timelineId, laneIds }) => {
      const lanes = timelines.listLanes(db, timelineId);
      const known = new Set(lanes.map((l) => l.id));
      const given = new Set(laneIds);
      if (given.size !== laneIds.length || laneIds.some((l) => !known.has(l)) || given.size !== known.size) {
        throw new ChronikError('VALIDATION', 'laneIds must list every lane of the timeline exactly once', 'laneIds');
      }
      return ctx.change({ key: 'reorderLanes' }, timelineId, (cs) => {
        laneIds.forEach((lid, i) => {
          cs.touch('lane', lid);
          timelines.updateLane(db, lid, { position: i });
        });
        return timelines.listLanes(db, timelineId);
      });
    },

    deleteLane: ({ id }) => {
      const lane = requireLane(db, id);
      return ctx.change({ key: 'deleteLane', params: { name: lane.name } }, lane.timelineId, (cs) => {
        // Its events stay on the timeline, without a lane.
        for (const eid of events.eventIdsInLane(db, id)) cs.touch('event', eid);
        cs.touch('lane', id);
        timelines.deleteLane(db, id);
        return { id };
      });
    },
  };
}
