/**
 * The canvas's view of a timeline and the window it asks the backend for, shared by the canvas and
 * the backend's `opening`: the first screen comes with the window of the view the canvas will show
 * (its saved view, else the fit of all its events), so the canvas draws it as soon as it is built.
 * Both compute the same question from the same rules, here. Pure.
 */
import type { EventSummary } from '../contract/window';
import { sortKey } from '../dates';
import { calendarProjection, deepProjection, DEEP_BOUNDS, DEEP_ZOOM, needsDeepTime, type Projection } from './projection';

/** The first and last event of a timeline in time order: what a fit shows. */
export interface Extent { first: EventSummary | null; last: EventSummary | null }
/** A view given by its canvas instants and the width of the time area in pixels. */
export interface View { startMs: number; endMs: number; px: number }

/** Items the canvas draws at most (about a thousand DOM items). */
export const ITEM_BUDGET = 1000;
/** About one count bar per this many pixels. */
export const PX_PER_BUCKET = 6;
/** Significant events a lane drawn as counts brings along (its labels). */
export const TOP_PER_LANE = 40;
export const DAY_MS = 86_400_000;

/** Deep time or the calendar, for a timeline of this extent. */
export function projectionOf({ first, last }: Extent): Projection {
  return first && last && needsDeepTime(sortKey(first.start, 'start'), sortKey(last.end ?? last.start, 'end')) ? deepProjection : calendarProjection;
}

/** The key a timeline's view is saved under: a deep-time view is kept apart (its instants mean other dates). */
export function viewKey(timelineId: number, p: Projection): string {
  return p.deep ? `${timelineId}:deep` : String(timelineId);
}

/** About how wide an event's label is drawn on the canvas (its dot, its title at 12 px, about 6.6 px a letter, a margin). */
export function labelRoom(title: string): number {
  return Math.min(340, 30 + 7 * title.length);
}

/** The view that shows the whole extent in `px` pixels, with room on the right for the last event's label. */
export function fitView({ first, last }: Extent, px: number, p: Projection): View | null {
  if (!first || !last) return null;
  const s = p.start(first.start);
  const lastStart = p.start(last.start);
  const e = Math.max(p.end(last.end ?? last.start), s + (p.deep ? DEEP_ZOOM.min : DAY_MS));
  const pad = (e - s) * 0.04;
  const start = s - pad;
  // The last event's label starts at its start and runs right: the view ends where that label
  // ends (or where the events end, when that is later). Fixed room for any label (340 px) left
  // half of a narrow canvas empty.
  const room = Math.min(labelRoom(last.title ?? ''), px * 0.45);
  const end = Math.max(e + pad, start + ((lastStart - start) * px) / (px - room));
  // A deep-time view ends where the kept years end (a JS Date cannot go much further).
  const [lo, hi] = p.deep ? [DEEP_BOUNDS.min, DEEP_BOUNDS.max] : [-8.64e15, 8.64e15];
  return { startMs: Math.max(lo, start), endMs: Math.min(hi, end), px };
}

/**
 * The view a timeline opens on: its saved view, else the fit of its extent; null when neither
 * gives one (no events and nothing saved). `saved` is the settings' viewWindows.
 */
export function openingView(timelineId: number, extent: Extent, saved: Readonly<Record<string, { start: string; end: string }>> | undefined, px: number): { projection: Projection; view: View; saved: boolean } | null {
  const projection = projectionOf(extent);
  const kept = saved?.[viewKey(timelineId, projection)];
  const view = kept ? { startMs: Date.parse(kept.start), endMs: Date.parse(kept.end), px } : fitView(extent, px, projection);
  return view && view.endMs > view.startMs ? { projection, view, saved: !!kept } : null;
}

/** The span to ask for when the view is [start, end]: the view and one view's width on each side. */
export function spanFor(startMs: number, endMs: number): { fromMs: number; toMs: number } {
  const w = Math.max(1, endMs - startMs);
  return { fromMs: startMs - w, toMs: endMs + w };
}

/** What the canvas asks for a view: the span in sort keys, the count buckets across it, the item budget. */
export function windowQuestion(view: View, p: Projection): { fromMs: number; toMs: number; scale: number; fromKey: number; toKey: number; buckets: number; budget: number; topPerLane: number } {
  const span = spanFor(view.startMs, view.endMs);
  return {
    ...span,
    scale: (view.endMs - view.startMs) / view.px,
    fromKey: p.msToKey(span.fromMs),
    toKey: p.msToKey(span.toMs),
    buckets: Math.min(2000, Math.max(10, Math.round((3 * view.px) / PX_PER_BUCKET))),
    budget: ITEM_BUDGET,
    topPerLane: TOP_PER_LANE,
  };
}
