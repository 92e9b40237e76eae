/**
 * Dates from the canvas: where a dragged or double-clicked item landed, read back into the date
 * model at the precision the event already had (a day event moved stays a day event). Pure.
 */
import type { TimelineEvent } from '../../../core/api';
import { fromSortKey, toUtcDate, type ChronikDate, type Precision } from '../../../core/dates';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The period of `precision` containing the instant, e.g. the day or month under the mouse. */
export function dateAt(instant: Date, precision: Precision): ChronikDate {
  return fromSortKey(Math.floor(instant.getTime() / MINUTE), precision);
}

/** Keeps the flags and drops the typed text (the date now comes from the canvas). */
function withFlags(d: ChronikDate, like: ChronikDate | null | undefined): ChronikDate {
  const out: ChronikDate = { value: d.value, precision: d.precision };
  if (like?.approximate) out.approximate = true;
  if (like?.uncertain) out.uncertain = true;
  return out;
}

/** Rounds an instant to the nearest boundary of its precision: what vis-timeline `snap` returns. */
export function snapInstant(instant: Date, precision: Precision): Date {
  const t = instant.getTime();
  switch (precision) {
    case 'minute':
      return new Date(Math.round(t / (5 * MINUTE)) * 5 * MINUTE);
    case 'day':
      return new Date(Math.round(t / DAY) * DAY);
    case 'month': {
      const d = new Date(t);
      const a = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const b = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      const out = new Date(t - a < b - t ? a : b);
      return out;
    }
    case 'year': {
      const d = new Date(t);
      const a = new Date(0);
      a.setUTCFullYear(d.getUTCFullYear(), 0, 1);
      const b = new Date(0);
      b.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1);
      return t - a.getTime() < b.getTime() - t ? a : b;
    }
  }
}

/**
 * The new start and end of an event after the canvas moved or resized its item. `start`/`end`
 * are the item's new edges; a range item's end edge is the last instant of the end period.
 * Items drawn as boxes carry only a start: their end (if any) moves by the same amount.
 */
export function movedDates(
  ev: Pick<TimelineEvent, 'start' | 'end'>,
  start: Date,
  end: Date | null | undefined,
  drawnAsRange: boolean,
): { start: ChronikDate; end: ChronikDate | null } {
  const p = ev.start.precision;
  const newStart = withFlags(dateAt(start, p), ev.start);
  if (!drawnAsRange || !end) {
    if (!ev.end) return { start: newStart, end: null };
    const delta = start.getTime() - toUtcDate(ev.start, 'start').getTime();
    const movedEnd = new Date(toUtcDate(ev.end, 'end').getTime() + delta);
    return { start: newStart, end: withFlags(dateAt(movedEnd, ev.end.precision), ev.end) };
  }
  const pe = ev.end?.precision ?? p;
  // The end edge is exclusive after snapping (1 Nov 00:00 closes October): step back one minute.
  const last = new Date(Math.max(end.getTime() - MINUTE, start.getTime()));
  const newEnd = withFlags(dateAt(last, pe), ev.end ?? ev.start);
  // A month or year drawn over its own period without an end keeps having no end.
  if (!ev.end && newEnd.value === newStart.value) return { start: newStart, end: null };
  return { start: newStart, end: newEnd };
}

/** The date for a new event made by a double-click: the day under the mouse (or a finer time when zoomed in). */
export function dateForNewEvent(instant: Date, msPerPixel: number): ChronikDate {
  return dateAt(instant, msPerPixel < 60_000 ? 'minute' : 'day');
}
