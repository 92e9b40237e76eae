/**
 * The windowed part of the contract: the renderer never holds a whole timeline. It asks
 * for the events of a time window (real items where few enough, counts per lane and time bucket
 * where more), for pages of the list, for pages of search hits, and for the next event in time
 * order. Windows are integer sort keys (minutes since 1970, core/dates `sortKey`), so they work for
 * any date the model holds, not only those a JS Date can.
 */
import * as v from 'valibot';
import type { ChronikDate } from '../dates';
import type { Confidence, EventKind, SearchHit } from '../domain';
import { eventFilter } from './exchange';
import { id, method, text } from './schemas';

/** An event as an item on the canvas or a row of the list shows it (no description or citations). */
export interface EventSummary {
  id: number;
  timelineId: number;
  title: string;
  kind: EventKind;
  confidence: Confidence;
  start: ChronikDate;
  end: ChronikDate | null;
  laneId: number | null;
  /** How many sources cite it (0: the ⚠ mark). */
  sourceCount: number;
  /** Sort keys of its start and end edge. */
  startKey: number;
  endKey: number;
}

/** One lane in a window: its events when few enough, else counts per bucket and the most significant events. */
export interface LaneWindow {
  laneId: number | null;
  /** Events of the lane that start in the window (under the filter). */
  count: number;
  /** Every event of the lane overlapping the window, in time order; null when the lane is aggregated. */
  events: EventSummary[] | null;
  /** Aggregated lanes: events starting in bucket i = [origin + i·width, origin + (i+1)·width). */
  counts: number[] | null;
  /** Aggregated lanes: the most significant events starting in the window (most sources, firmest, longest), best first. */
  top: EventSummary[];
}

export interface TimelineWindow {
  fromKey: number;
  toKey: number;
  /** The bucket grid of the counts: it starts at or before fromKey, aligned to its width. */
  origin: number;
  width: number;
  /** Events starting in the window, all lanes. */
  count: number;
  /** The timeline has events without a lane (anywhere, not only here): the canvas shows their row. */
  unlaned: boolean;
  lanes: LaneWindow[];
  /** Events asked for by id (the selection) that overlap the window: drawn as items whatever the lane's mode. */
  pinned: EventSummary[];
  /** With a query: the ids among the returned events that match it (the search hits to highlight). */
  hitIds: number[];
}

export interface EventPage {
  rows: EventSummary[];
  /** Events under the filter, all pages. */
  total: number;
  offset: number;
  /** With a query: the rows that match it (search hits to mark). */
  hitIds: number[];
}

/** An integer sort key (minutes since 1970; deep time is far below zero). */
const key = v.pipe(v.number(), v.integer('A sort key must be an integer'), v.minValue(-(2 ** 53) + 1), v.maxValue(2 ** 53 - 1));
export const LIST_COLUMNS = ['date', 'title', 'kind', 'confidence', 'lane', 'sources'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export const windowMethods = {
  /**
   * The events of a time window for drawing: lanes whose events fit the budget come as events, the
   * others as counts per time bucket plus their most significant events. Selected events (`pin`) come
   * as events in any case; with `query`, the ids of the returned events that match it.
   */
  timelineWindow: method<TimelineWindow>()(v.pipe(
    v.object({
      timelineId: id,
      fromKey: key,
      toKey: key,
      /** How many buckets the counts should have across the window (about one per 8 px). */
      buckets: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000)),
      /** At most this many events come as items (the canvas's DOM budget). */
      budget: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000))),
      /** How many significant events an aggregated lane brings along. */
      topPerLane: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200))),
      filter: v.optional(eventFilter),
      query: v.optional(text(500)),
      pin: v.optional(v.pipe(v.array(id), v.maxLength(1000))),
    }),
    v.check((i) => i.fromKey <= i.toKey, 'fromKey must not be after toKey'),
  )),
  /** A page of the list view under the filter, sorted by a column; `after` continues a date-sorted list without an offset. */
  listPage: method<EventPage>()(v.object({
    timelineId: id,
    filter: v.optional(eventFilter),
    sort: v.optional(v.picklist(LIST_COLUMNS)),
    descending: v.optional(v.boolean()),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
    /** The last row of the previous page (date order): the next page starts after it, whatever the offset. */
    after: v.optional(v.object({ startKey: key, endKey: key, id })),
    query: v.optional(text(500)),
  })),
  /** The position of an event in the list as sorted (under the filter); null when the filter hides it. */
  listIndexOf: method<{ index: number | null }>()(v.object({
    timelineId: id, filter: v.optional(eventFilter), id, sort: v.optional(v.picklist(LIST_COLUMNS)), descending: v.optional(v.boolean()),
  })),
  /** How many events of a timeline cite each of these sources. */
  sourceUsage: method<Record<string, number>>()(v.object({ timelineId: id, sourceIds: v.pipe(v.array(id), v.maxLength(1000)) })),
  /** The event before or after one in time order (or the first/last) under the filter; null at either end. */
  stepEvent: method<EventSummary | null>()(v.object({
    timelineId: id,
    filter: v.optional(eventFilter),
    from: v.nullish(id),
    direction: v.picklist(['next', 'prev', 'first', 'last']),
  })),
  /** A page of full-text hits in time order, with how many there are in all. */
  searchPage: method<{ hits: SearchHit[]; total: number }>()(v.object({
    timelineId: id,
    query: v.pipe(v.string(), v.trim(), v.maxLength(500)),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  })),
  /** Events by id as summaries (the selection, revealed hits), in time order; ids that are gone are left out. */
  eventSummaries: method<EventSummary[]>()(v.object({ ids: v.pipe(v.array(id), v.maxLength(5000)) })),
};
