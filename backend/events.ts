import { ChronikError, type Parsed, type TimelineEvent } from '../core/api';
import { checkRange, sortKey, type ChronikDate } from '../core/dates';
import { eventColumns, eventDateColumns, entities, events, now, search, timelines, type DB } from '../db';
import { dateWindow, notFound, toDate, type Context, type Handlers } from './context';
import { requireTimeline } from './timelines';
import type { HistoryLabel } from '../core/history-labels';

type EventHandlers = Pick<Handlers, 'listEvents' | 'getEvent' | 'createEvent' | 'updateEvent' | 'deleteEvents' | 'searchEvents' | 'searchAll' | 'listTags' | 'listEntities'>;

export function requireEvent(db: DB, id: number): TimelineEvent {
  return events.getEvent(db, id) ?? notFound('Event', id);
}

/** The date columns and sort keys of a start/end pair, after checking the end is not before the start. */
export function dateFields(start: ChronikDate, end: ChronikDate | null) {
  const problem = checkRange(start, end);
  if (problem) throw new ChronikError('VALIDATION', problem, 'end');
  return eventDateColumns(start, end);
}

function checkLane(db: DB, laneId: number | null | undefined, timelineId: number): void {
  if (laneId === null || laneId === undefined) return;
  const lane = timelines.getLane(db, laneId);
  if (!lane || lane.timelineId !== timelineId) throw new ChronikError('VALIDATION', `Lane ${laneId} does not belong to this timeline`, 'laneId');
}

/** Inserts an event inside a running change (in a batch when given); shared by the editor and the article importer. */
export function insertEvent(db: DB, input: Parsed<'createEvent'>, batchId: number | null = null): number {
  requireTimeline(db, input.timelineId);
  checkLane(db, input.laneId, input.timelineId);
  const start = toDate(input.start, 'start');
  const end = input.end ? toDate(input.end, 'end') : null;
  const t = now();
  const id = events.insertEvent(db, {
    timeline_id: input.timelineId,
    kind: 'other',
    confidence: 'reported',
    ...eventColumns(input),
    ...dateFields(start, end),
    created_at: t,
    updated_at: t,
    batch_id: batchId,
  });
  if (input.tags?.length) events.setEventTags(db, id, input.tags);
  if (input.entities?.length) entities.setEventEntities(db, id, input.entities.map((e) => ({ ...e, role: e.role ?? '' })));
  return id;
}

export function eventHandlers(ctx: Context): EventHandlers {
  const { db } = ctx;
  return {
    listEvents: ({ timelineId, from, to }) => {
      requireTimeline(db, timelineId);
      const window = dateWindow(from, to);
      return events.queryEvents(db, {
        timelineId,
        fromKey: window.from ? sortKey(window.from, 'start') : undefined,
        toKey: window.to ? sortKey(window.to, 'end') : undefined,
      });
    },

    getEvent: ({ id }) => requireEvent(db, id),

    createEvent: (input) =>
      ctx.change({ key: 'createEvent', params: { title: input.title } }, input.timelineId, (cs) => {
        const id = insertEvent(db, input);
        cs.created('event', id);
        return requireEvent(db, id);
      }),

    updateEvent: (patch) => {
      const ev = requireEvent(db, patch.id);
      checkLane(db, patch.laneId, ev.timelineId);
      const start = patch.start !== undefined ? toDate(patch.start, 'start') : ev.start;
      const end = patch.end === undefined ? ev.end : patch.end === null ? null : toDate(patch.end, 'end');
      const cols = { ...eventColumns(patch), ...dateFields(start, end), updated_at: now() };
      return ctx.change({ key: 'editEvent', params: { title: ev.title } }, ev.timelineId, (cs) => {
        cs.touch('event', ev.id);
        events.updateEvent(db, ev.id, cols);
        if (patch.tags !== undefined) events.setEventTags(db, ev.id, patch.tags);
        if (patch.entities !== undefined) entities.setEventEntities(db, ev.id, patch.entities.map((e) => ({ ...e, role: e.role ?? '' })));
        return requireEvent(db, ev.id);
      });
    },

    deleteEvents: ({ ids }) => {
      const list = ids.map((id) => requireEvent(db, id));
      const label: HistoryLabel = list.length === 1 ? { key: 'deleteEvent', params: { title: list[0]!.title } } : { key: 'deleteEvents', params: { n: list.length } };
      return ctx.change(label, list[0]!.timelineId, (cs) => {
        for (const ev of list) {
          cs.touch('event', ev.id);
          events.deleteEvent(db, ev.id);
        }
        return { ids };
      });
    },

    searchEvents: ({ timelineId, query }) => {
      requireTimeline(db, timelineId);
      return events.searchEvents(db, timelineId, query);
    },

    searchAll: ({ query, perTimeline }) => search.searchProject(db, query, perTimeline),

    listEntities: ({ timelineId }) => {
      requireTimeline(db, timelineId);
      return entities.listEntities(db, timelineId);
    },

    listTags: ({ timelineId }) => events.listTagNames(db, timelineId),
  };
}
