/**
 * Where a date stands on the canvas. vis-timeline draws with JS Dates, which end at ±271,821
 * years, so the canvas has two projections of sort keys (minutes since 1970) onto its instants:
 *
 * - the calendar projection: exact milliseconds, for every timeline of ordinary history;
 * - the deep-time projection: one canvas millisecond per minute, linear, so ±16 billion years
 *   (8.4e15 minutes) fit into a Date (±8.64e15 ms) and 13.8 billion years ago, 66 million years
 *   ago and 2024 stand at their true proportional places. vis-timeline's own axis speaks of these
 *   instants as dates of a few hundred thousand years, so a deep-time canvas hides it and draws
 *   the year ticks of `deepTicks` instead.
 *
 * A timeline is drawn in deep time when its first or last event is a deep-time year or its events
 * span more than DEEP_SPAN_YEARS. Pure.
 */
import { isDeepYear, MAX_YEAR, sortKey, toUtcDate, instantToSortKey, sortKeyToInstant, yearOfKey, yearScale, yearStartKey, type ChronikDate } from '../dates';
import type { Language } from '../language';

export interface Projection {
  deep: boolean;
  /** The canvas instant (ms) of a date's first or last moment. */
  start(d: ChronikDate): number;
  end(d: ChronikDate): number;
  /** A sort key as a canvas instant, and back (what the backend is asked for). */
  keyToMs(key: number): number;
  msToKey(ms: number): number;
}

export const calendarProjection: Projection = {
  deep: false,
  start: (d) => toUtcDate(d, 'start').getTime(),
  end: (d) => toUtcDate(d, 'end').getTime(),
  keyToMs: sortKeyToInstant,
  msToKey: instantToSortKey,
};

/** The canvas instants a deep-time view may reach: the furthest years Chronik keeps. */
export const DEEP_BOUNDS = { min: yearStartKey(-MAX_YEAR), max: yearStartKey(MAX_YEAR) } as const;

export const deepProjection: Projection = {
  deep: true,
  start: (d) => sortKey(d, 'start'),
  // The end key is the last minute of the period: its instant is the end of that minute.
  end: (d) => sortKey(d, 'end') + 1,
  keyToMs: (key) => key,
  // A view padded beyond the furthest kept years asks for them only (the backend refuses more).
  msToKey: (ms) => Math.min(DEEP_BOUNDS.max, Math.max(DEEP_BOUNDS.min, Math.floor(ms))),
};

/** Beyond this span a timeline is drawn in deep time (the calendar axis would show only a smear of years). */
export const DEEP_SPAN_YEARS = 5000;
const MINUTES_PER_YEAR = 365.2425 * 1440;

/** Whether events from `firstKey` to `lastKey` (sort keys) need the deep-time canvas. */
export function needsDeepTime(firstKey: number, lastKey: number): boolean {
  if (isDeepYear(yearOfKey(firstKey)) || isDeepYear(yearOfKey(lastKey))) return true;
  return lastKey - firstKey > DEEP_SPAN_YEARS * MINUTES_PER_YEAR;
}

/** Zoom limits of the deep-time canvas in canvas ms (= minutes): ten years to the whole range. */
export const DEEP_ZOOM = { min: 10 * MINUTES_PER_YEAR, max: DEEP_BOUNDS.max - DEEP_BOUNDS.min } as const;

export interface DeepTick {
  /** Pixels from the left edge of the time area. */
  x: number;
  label: string;
  major: boolean;
}

/**
 * The year ticks of a deep-time view [fromMs, toMs] drawn `widthPx` wide: round counts of years
 * labelled in one unit ("13.8 Ga", "66 Ma", "12,000 BC"), about one per `pxPerTick` pixels.
 */
export function deepTicks(fromMs: number, toMs: number, widthPx: number, locale: Language, pxPerTick = 110): DeepTick[] {
  if (!(toMs > fromMs) || widthPx <= 0) return [];
  const from = deepProjection.msToKey(fromMs);
  const to = deepProjection.msToKey(toMs);
  const { ticks } = yearScale(from, to, Math.max(2, Math.floor(widthPx / pxPerTick)), locale);
  const scale = widthPx / (toMs - fromMs);
  return ticks.map((t) => ({ x: (deepProjection.keyToMs(t.key) - fromMs) * scale, label: t.label, major: t.major }));
}
