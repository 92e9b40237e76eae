/** What commands may ask of the canvas: the registered TimelineCanvas answers (one at a time). */
import type { ChronikDate } from '../../../core/dates';

export interface CanvasView {
  fit(): void;
  /** Zooms about the centre of the view: 0.5 shows half as much time, 2 twice as much. */
  zoom(factor: number): void;
  /** The date at the centre of the visible window, at a precision that suits the zoom. */
  centreDate(): ChronikDate;
  /** Scrolls so the event is in view (without zooming). */
  reveal(id: number): void;
  focus(): void;
}

export const canvasView: { current: CanvasView | null } = { current: null };
