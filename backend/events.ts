import { ChronikError, type Parsed, type TimelineEvent } from '../core/api';
import { checkRange, sortKey, type ChronikDate } from '../core/dates';
import { dateColumns, entities, events, insertRow, now, search, stmt, timelines, updateRow, type DB } from '../db';
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
  return {
    ...dateColumns('start', start),
    ...dateColumns('end', end),
    start_key: sortKey(start, 'start'),
    end_key: sortKey(end ?? start, 'end'),
  };
}

function checkLane(db: DB, laneId: number | null | undefined, timelineId: number): void {
  if (laneId === null || laneId === undefined) return;
  const lane = timelines.getLane(db, laneId);
  if (!lane || lane.timelineId !== timelineId) throw new ChronikError('VALIDATION', `Lane ${laneId} does not belong to this timeline`, 'laneId');
}

type Fields = Omit<Parsed<'createEvent'>, 'timelineId' | 'start' | 'end'>;

function otherColumns(f: Partial<Fields>): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  if (f.title !== undefined) c.title = f.title;
  if (f.description !== undefined) c.description = f.description;
  if (f.kind !== undefined) c.kind = f.kind;
  if (f.confidence !== undefined) c.confidence = f.confidence;
  if (f.color !== undefined) c.color = f.color;
  if (f.laneId !== undefined) c.lane_id = f.laneId;
  if (f.location !== undefined) {
    c.location_name = f.location?.name || null;
    c.location_lat = f.location?.lat ?? null;
    c.location_lon = f.location?.lon ?? null;
  }
  return c;
}

/** Inserts an event inside a running change; shared by the editor, the importer and data import. */
export function insertEvent(db: DB, input: Parsed<'createEvent'>): number {
  requireTimeline(db, input.timelineId);
  checkLane(db, input.laneId, input.timelineId);
  const start = toDate(input.start, 'start');
  const end = input.end ? toDate(input.end, 'end') : null;
  const t = now();
  const id = insertRow(db, 'events', {
    timeline_id: input.timelineId,
    kind: 'other',
    confidence: 'reported',
    ...otherColumns(input),
    ...dateFields(start, end),
    created_at: t,
    updated_at: t,
  });
  if (input.tags?.length) events.setEventTags(db, id, input.tags);
  if (input.entities?.length) entities.setEventEntities(db, id, input.entities.map((e) => ({ ...e, role: e.role ?? '' })));
  events.refreshSearchIndex(db, id);
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
      return ctx.change({ key: 'editEvent', params: { title: ev.title } }, ev.timelineId, (cs) => {
        cs.touch('event', ev.id);
        checkLane(db, patch.laneId, ev.timelineId);
        const start = patch.start !== undefined ? toDate(patch.start, 'start') : ev.start;
        const end = patch.end === undefined ? ev.end : patch.end === null ? null : toDate(patch.end, 'end');
        updateRow(db, 'events', ev.id, { ...otherColumns(patch), ...dateFields(start, end), updated_at: now() });
        if (patch.tags !== undefined) events.setEventTags(db, ev.id, patch.tags);
        if (patch.entities !== undefined) entities.setEventEntities(db, ev.id, patch.entities.map((e) => ({ ...e, role: e.role ?? '' })));
        events.refreshSearchIndex(db, ev.id);
        return requireEvent(db, ev.id);
      });
    },

    deleteEvents: ({ ids }) => {
      const list = ids.map((id) => requireEvent(db, id));
      const label: HistoryLabel = list.length === 1 ? { key: 'deleteEvent', params: { title: list[0]!.title } } : { key: 'deleteEvents', params: { n: list.length } };
      return ctx.change(label, list[0]!.timelineId, (cs) => {
        for (const ev of list) {
          cs.touch('event', ev.id);
          stmt(db, 'DELETE FROM events WHERE id = ?').run(ev.id);
          stmt(db, 'DELETE FROM events_fts WHERE rowid = ?').run(ev.id);
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

    listTags: ({ timelineId }) =>
      (stmt(db, `SELECT DISTINCT t.name FROM tags t JOIN event_tags et ON et.tag_id = t.id JOIN events e ON e.id = et.event_id
        WHERE e.timeline_id = ? ORDER BY t.name COLLATE NOCASE`).all(timelineId) as { name: string }[]).map((r) => r.name),
  };
}
