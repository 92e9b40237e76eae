/**
 * When the canvas must ask the backend again: it holds a window three views wide (one view of
 * margin each side) at one zoom, and asks anew when the view leaves it, the zoom changes much,
 * or what it shows changed (timeline, filter, search, data). The span asked for is core/canvas's
 * spanFor. Pure.
 */

export interface LoadedSpan {
  /** The span asked for, in canvas instants (ms). */
  fromMs: number;
  toMs: number;
  /** Milliseconds per pixel when it was asked for. */
  scale: number;
  /** What else it was asked for: timeline, filter, query, revision, selection. */
  context: string;
}

/** True when the loaded span no longer serves the view (or nothing is loaded). */
export function needsLoad(loaded: LoadedSpan | null, startMs: number, endMs: number, scale: number, context: string): boolean {
  if (!loaded || loaded.context !== context) return true;
  if (startMs < loaded.fromMs || endMs > loaded.toMs) return true;
  const ratio = scale / loaded.scale;
  return ratio > 1.4 || ratio < 1 / 1.4;
}
