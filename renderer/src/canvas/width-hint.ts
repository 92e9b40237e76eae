/**
 * The width of the canvas's time area before the page is laid out: the first screen is asked for
 * with it, so its first window comes along (core/canvas/first-view.ts). The canvas notes the width
 * it measured; a first start guesses from the window (the event panel and lane names take about
 * 480 px). A wrong guess costs nothing but a second question: the canvas asks again when the window
 * that came does not serve its view.
 */
const KEY = 'chronik-canvas-px';

export function canvasWidthHint(): number {
  const kept = Number(globalThis.localStorage?.getItem(KEY));
  const px = Number.isFinite(kept) && kept > 0 ? kept : (globalThis.innerWidth || 1280) - 480;
  return Math.round(Math.min(20_000, Math.max(100, px)));
}

export function rememberCanvasWidth(px: number): void {
  if (!(px > 0)) return;
  try {
    globalThis.localStorage?.setItem(KEY, String(Math.round(px)));
  } catch {
    // Storage full or off: the next start guesses.
  }
}
