/**
 * Turns events and lanes into vis-timeline items and groups. Pure: the canvas component only
 * feeds these into its DataSets.
 */
import type { Lane, TimelineEvent } from '../../../core/api';
import { formatRange, toUtcDate, type DateLocale } from '../../../core/dates';

export const NO_LANE = 0;

export interface CanvasItem {
  id: number;
  group: number;
  content: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  className: string;
  title: string;
}

export interface CanvasGroup {
  id: number;
  content: string;
  order: number;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * An event with an end is a range; so is an event known only to the month or year, drawn across
 * that period rather than pinned to its first day.
 */
export function toItem(e: TimelineEvent, locale: DateLocale, hasLanes: boolean): CanvasItem {
  const coarse = !e.end && (e.start.precision === 'month' || e.start.precision === 'year');
  const isRange = !!e.end || coarse;
  const classes = [`kind-${e.kind}`, `conf-${e.confidence}`];
  if (e.start.approximate || e.end?.approximate) classes.push('approximate');
  if (coarse) classes.push('period');
  if (!e.sources.length) classes.push('unsourced');
  const item: CanvasItem = {
    id: e.id,
    group: hasLanes ? (e.laneId ?? NO_LANE) : NO_LANE,
    content: escapeHtml(e.title),
    start: toUtcDate(e.start, 'start'),
    type: isRange ? 'range' : 'box',
    className: classes.join(' '),
    title: escapeHtml(`${formatRange(e.start, e.end, locale)} — ${e.title}`),
  };
  if (isRange) item.end = toUtcDate(e.end ?? e.start, 'end');
  return item;
}

/** Lanes in their order, plus "Unassigned" when some events have no lane. */
export function toGroups(lanes: Lane[], events: TimelineEvent[], noLaneLabel: string): CanvasGroup[] {
  const groups = lanes.map((l, i) => ({ id: l.id, content: escapeHtml(l.name), order: i }));
  if (!lanes.length || events.some((e) => e.laneId === null)) groups.push({ id: NO_LANE, content: escapeHtml(noLaneLabel), order: lanes.length });
  return groups;
}
