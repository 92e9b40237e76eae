/** What commands may ask of the canvas: the registered TimelineCanvas answers (one at a time). */
import { toUtcDate, type ChronikDate } from '../../../core/dates';

export interface CanvasView {
  fit(): void;
  /** Zooms about the centre of the view: 0.5 shows half as much time, 2 twice as much. */
  zoom(factor: number): void;
  /** The date at the centre of the visible window, at a precision that suits the zoom. */
  centreDate(): ChronikDate;
  /** Scrolls so the event is in view (without zooming). */
  reveal(id: number): void;
  focus(): void;
  /** Shows the window [start, end] (and remembers it as the timeline's view). */
  showRange(start: Date, end: Date): void;
}

export const canvasView: { current: CanvasView | null } = { current: null };

const DAY_MS = 86_400_000;

/**
 * The view window that shows every one of the events: their earliest start to their latest end,
 * at least a week wide, with room on the left and more on the right (labels run right from their
 * event). Null without events.
 */
export function windowAround(events: ReadonlyArray<{ start: ChronikDate; end: ChronikDate | null }>): { start: Date; end: Date } | null {
  if (!events.length) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    from = Math.min(from, toUtcDate(e.start, 'start').getTime());
    to = Math.max(to, toUtcDate(e.end ?? e.start, 'end').getTime());
  }
  const span = Math.max(to - from, 7 * DAY_MS);
  const mid = (from + to) / 2;
  const lo = Math.min(from, mid - span / 2);
  const hi = Math.max(to, mid + span / 2);
  return { start: new Date(lo - span * 0.08), end: new Date(hi + span * 0.35) };
}
