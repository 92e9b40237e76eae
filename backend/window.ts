/**
 * The windowed reads of the contract: what the canvas draws for a time window, pages
 * of the list and of search hits, the next event in time order. The canvas's budget decides, lane
 * by lane, whether events come as items or as counts with their most significant events.
 */
import type { EventSummary, LaneWindow, TimelineWindow } from '../core/api';
import { ITEM_BUDGET } from '../core/canvas/first-view';
import { timelines } from '../db';
import * as win from '../db/window';
import { filterSql } from '../db/filter-sql';
import type { Context, Handlers } from './context';
import { toFilter } from './exchange';
import { requireTimeline } from './timelines';

type WindowHandlers = Pick<Handlers, 'timelineWindow' | 'listPage' | 'listIndexOf' | 'stepEvent' | 'searchPage' | 'eventSummaries' | 'sourceUsage'>;

/** A lane denser than this is drawn as counts even when the budget would allow it: its items would stack too high to read. */
export const LANE_CAP = 400;

/** Whether any bucket touching [from, to] counts an event (a lane's counts on the window's grid). */
function occupiedIn(grid: win.Grid, counts: number[] | undefined) {
  return (from: number, to: number) => {
    if (!counts) return false;
    const lo = Math.max(0, Math.floor((from - grid.origin) / grid.width));
    const hi = Math.min(counts.length - 1, Math.floor((to - grid.origin) / grid.width));
    for (let i = lo; i <= hi; i++) if (counts[i]) return true;
    return false;
  };
}

export function windowHandlers(ctx: Context): WindowHandlers {
  const { db } = ctx;
  return {
    timelineWindow: (input) => {
      const { timelineId, fromKey, toKey } = input;
      requireTimeline(db, timelineId);
      const filter = toFilter(input.filter);
      const sql = filterSql(db, filter);
      const budget = input.budget ?? ITEM_BUDGET;
      const grid = win.bucketGrid(fromKey, toKey, input.buckets);
      const counts = win.laneCounts(db, timelineId, grid, filter, sql);
      const unlaned = win.hasUnlaned(db, timelineId);
      const laneIds: (number | null)[] = timelines.listLanes(db, timelineId).map((l) => l.id);
      if (unlaned || !laneIds.length) laneIds.push(null);
      const total = (lane: number | null) => (counts.get(lane) ?? []).reduce((a, b) => a + b, 0);

      // The sparsest lanes get items first, as long as the budget lasts.
      const asItems = new Set<number | null>();
      let used = 0;
      for (const lane of [...laneIds].sort((a, b) => total(a) - total(b))) {
        const n = total(lane);
        if (n > LANE_CAP || used + n > budget) break;
        asItems.add(lane);
        used += n;
      }
      const items = win.windowEvents(db, timelineId, [...asItems], fromKey, toKey, filter, budget + 200, sql);
      const byLane = new Map<number | null, EventSummary[]>();
      for (const e of items) (byLane.get(e.laneId) ?? byLane.set(e.laneId, []).get(e.laneId)!).push(e);
      const k = input.topPerLane ?? 30;
      const lanes: LaneWindow[] = laneIds.map((lane) => asItems.has(lane)
        ? { laneId: lane, count: total(lane), events: byLane.get(lane) ?? [], counts: null, top: [] }
        : { laneId: lane, count: total(lane), events: null, counts: counts.get(lane) ?? new Array<number>(grid.buckets).fill(0), top: win.topEvents(db, timelineId, lane, fromKey, toKey, filter, k, sql, occupiedIn(grid, counts.get(lane))) });
      const shown = new Set(items.map((e) => e.id));
      const pinned = win.eventsOverlapping(db, input.pin ?? [], fromKey, toKey).filter((e) => e.timelineId === timelineId && !shown.has(e.id));
      const returned = [...items, ...pinned, ...lanes.flatMap((l) => l.top)].map((e) => e.id);
      const result: TimelineWindow = {
        fromKey, toKey, origin: grid.origin, width: grid.width,
        count: laneIds.reduce<number>((n, l) => n + total(l), 0),
        unlaned, lanes, pinned,
        hitIds: input.query?.trim() ? win.matchingIds(db, returned, input.query) : [],
      };
      return result;
    },

    listPage: ({ timelineId, filter, sort, descending, offset, limit, after, query }) => {
      requireTimeline(db, timelineId);
      const f = toFilter(filter);
      const sql = filterSql(db, f);
      const q = { sort: sort ?? 'date', descending: !!descending, offset: offset ?? 0, limit: limit ?? 100, after } as const;
      const rows = win.listPage(db, timelineId, f, q, sql);
      const hitIds = query?.trim() ? win.matchingIds(db, rows.map((r) => r.id), query) : [];
      return { rows, total: win.countEvents(db, timelineId, f, sql), offset: q.offset, hitIds };
    },

    listIndexOf: ({ timelineId, filter, id, sort, descending }) => {
      requireTimeline(db, timelineId);
      return { index: win.listIndexOf(db, timelineId, toFilter(filter), id, sort ?? 'date', !!descending) };
    },

    sourceUsage: ({ timelineId, sourceIds }) => {
      requireTimeline(db, timelineId);
      return win.sourceUsage(db, timelineId, sourceIds);
    },

    stepEvent: ({ timelineId, filter, from, direction }) => {
      requireTimeline(db, timelineId);
      const f = toFilter(filter);
      if (direction === 'first') return win.stepEvent(db, timelineId, f, null, 'next');
      if (direction === 'last') return win.stepEvent(db, timelineId, f, null, 'prev');
      return win.stepEvent(db, timelineId, f, from ?? null, direction);
    },

    searchPage: ({ timelineId, query, offset, limit }) => {
      requireTimeline(db, timelineId);
      return win.searchPage(db, timelineId, query, offset ?? 0, limit ?? 50);
    },

    eventSummaries: ({ ids }) => win.summaries(db, ids),
  };
}
