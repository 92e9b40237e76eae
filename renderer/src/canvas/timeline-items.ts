/**
 * Turns events and lanes into vis-timeline items and groups. Pure: the canvas component only
 * feeds these into its DataSets.
 */
import type { EventSummary, Lane } from '../../../core/api';
import { formatRange } from '../../../core/dates';
import type { Language } from '../../../core/language';
import { calendarProjection, type Projection } from '../../../core/canvas/projection';

/** The group of events without a lane (not 0: vis-timeline treats a falsy group as "no group"). */
export const NO_LANE = -1;

export interface CanvasItem {
  id: number;
  group: number;
  content: string;
  start: Date;
  end?: Date;
  /** `point`: a moment, drawn as a dot with its label; `range`: a bar as long as it lasts; `box`: a short range's bar and label. */
  type: 'box' | 'range' | 'point';
  className: string;
  title: string;
  /** The event's extent is drawn as a range (possibly as a short bar inside a box, see toItem). */
  spansPeriod: boolean;
  /** Width in pixels of the bar drawn before the label of a range too short for its title. */
  barPx?: number;
}

export interface CanvasGroup {
  id: number;
  content: string;
  order: number;
  /** `density-lane` for a lane drawn as counts (it gets room for the bars). */
  className?: string;
  /** A lane drawn as counts: how many events start in view, shown under its name. */
  count?: string;
}

/** What an item needs of an event: the summary the windowed reads return. */
export type ItemEvent = Pick<EventSummary, 'id' | 'title' | 'kind' | 'confidence' | 'start' | 'end' | 'laneId' | 'sourceCount'>;

export interface ItemOptions {
  locale: Language;
  hasLanes: boolean;
  /** The current zoom: milliseconds per screen pixel (0 = unknown, draw every range as a range). */
  msPerPixel?: number;
  /** Width in pixels the label needs (measured by the canvas); a rough estimate when absent. */
  labelWidth?: (text: string) => number;
  /** While searching, the hits: these get the `hit` class, every other item `dim` (null: no search). */
  hits?: ReadonlySet<number> | null;
  /** The selection: a selected short range is drawn as a real range, so its edges can be dragged. */
  selected?: ReadonlySet<number>;
  /** Where dates stand on the canvas (deep time or calendar); the calendar when absent. */
  projection?: Projection;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const estimate = (text: string) => text.length * 6.6;
/** Padding and border of an item around its label, plus the unsourced mark. */
const LABEL_CHROME = 24;

/** The narrowest bar a range is drawn with, however short it is at the current zoom. */
export const MIN_BAR_PX = 4;

/**
 * An event with an end is a range, a bar as long as it lasts; so is an event known only to the
 * month or year, drawn across that period rather than pinned to its first day. Any other event is
 * a moment: a point, a dot with its label beside it. A range too short on screen for its title is
 * drawn as a box starting at its start, holding a bar as long as the range (at least MIN_BAR_PX)
 * and the full title, so labels are never clipped and vis-timeline stacks the whole label without
 * overlaps. Selected, such a range is drawn as a range again (at least ~18 px wide, by CSS) with
 * its edge handles, so even a one-day range at month zoom can be resized.
 */
export function toItem(e: ItemEvent, o: ItemOptions): CanvasItem {
  const coarse = !e.end && (e.start.precision === 'month' || e.start.precision === 'year');
  const spansPeriod = !!e.end || coarse;
  const classes = [`kind-${e.kind}`, `conf-${e.confidence}`];
  if (e.start.approximate || e.end?.approximate) classes.push('approximate');
  if (coarse) classes.push('period');
  if (!e.sourceCount) classes.push('unsourced');
  if (o.hits) classes.push(o.hits.has(e.id) ? 'hit' : 'dim');
  const proj = o.projection ?? calendarProjection;
  const start = new Date(proj.start(e.start));
  const end = spansPeriod ? new Date(proj.end(e.end ?? e.start)) : undefined;
  const label = escapeHtml(e.title);
  let type: CanvasItem['type'] = spansPeriod ? 'range' : 'point';
  let barPx: number | undefined;
  if (spansPeriod && end && o.msPerPixel) {
    const px = (end.getTime() - start.getTime()) / o.msPerPixel;
    const need = (o.labelWidth ?? estimate)(e.title) + LABEL_CHROME;
    if (px < need && o.selected?.has(e.id)) classes.push('short-range-selected');
    else if (px < need) {
      type = 'box';
      classes.push('short-range');
      barPx = Math.max(MIN_BAR_PX, Math.round(px));
    }
  }
  const item: CanvasItem = {
    id: e.id,
    group: o.hasLanes ? (e.laneId ?? NO_LANE) : NO_LANE,
    content: label,
    start,
    type,
    className: classes.join(' '),
    title: escapeHtml(`${formatRange(e.start, e.end, o.locale)} — ${e.title}`),
    spansPeriod,
  };
  if (type === 'range') item.end = end;
  if (barPx !== undefined) item.barPx = barPx;
  return item;
}

/**
 * Lanes in their order, plus "Unassigned" when some events have no lane. A lane drawn as counts
 * (`dense`: lane id → label of its count) says how many events start in view beside its name.
 */
export function toGroups(lanes: readonly Lane[], unlaned: boolean, noLaneLabel: string, dense: ReadonlyMap<number | null, string> = new Map()): CanvasGroup[] {
  const group = (id: number | null, name: string, order: number): CanvasGroup => {
    const count = dense.get(id);
    const g: CanvasGroup = { id: id ?? NO_LANE, content: escapeHtml(name), order };
    if (count !== undefined) Object.assign(g, { className: 'density-lane', count });
    return g;
  };
  const groups = lanes.map((l, i) => group(l.id, l.name, i));
  if (!lanes.length || unlaned) groups.push(group(null, noLaneLabel, lanes.length));
  return groups;
}
