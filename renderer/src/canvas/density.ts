/**
 * A lane too dense for items is drawn as counts: a bar per time bucket (height growing with the
 * square root of its count, so a quiet month still shows beside a busy one), the count written on
 * bars wide enough, and the lane's most significant events as labelled items where they fit.
 * Pure helpers plus the drawing into a <canvas>; the component places them.
 */
import { fromSortKey, formatRange, sortKeyToInstant, type Precision } from '../../../core/dates';
import type { Language } from '../../../core/language';

export interface Buckets {
  /** Bucket i covers [origin + i·width, origin + (i+1)·width) in sort keys (minutes). */
  origin: number;
  width: number;
  counts: readonly number[];
}

/** The bucket under a sort key, or -1. */
export function bucketAt(b: Buckets, key: number): number {
  const i = Math.floor((key - b.origin) / b.width);
  return i >= 0 && i < b.counts.length ? i : -1;
}

/** Events starting in buckets that overlap [fromKey, toKey]. */
export function countIn(b: Buckets, fromKey: number, toKey: number): number {
  let n = 0;
  b.counts.forEach((c, i) => {
    const s = b.origin + i * b.width;
    if (s <= toKey && s + b.width > fromKey) n += c;
  });
  return n;
}

/** The precision a bucket of this width is named at (a day, a month, a year). */
function precisionFor(width: number): Precision {
  if (width >= 360 * 1440) return 'year';
  if (width >= 28 * 1440) return 'month';
  return 'day';
}

/** "3–9 Oct 2019": the period of bucket i in the UI language. */
export function bucketLabel(b: Buckets, i: number, locale: Language): string {
  const p = precisionFor(b.width);
  const start = b.origin + i * b.width;
  const a = fromSortKey(start, p);
  const z = fromSortKey(start + b.width - 1, p);
  return a.value === z.value ? formatRange(a, null, locale) : formatRange(a, z, locale);
}

/** 1234 → "1.2k", 2500000 → "2.5M": counts that fit on a bar. */
export function shortCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1e6) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0).replace(/\.0$/, '')}k`;
  return `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0).replace(/\.0$/, '')}M`;
}

export interface DrawOptions {
  /** The instants (ms, as the canvas draws dates) at the element's left and right edge. */
  fromMs: number;
  toMs: number;
  /** The largest count among the lanes drawn together (one scale for all). */
  max: number;
  color: string;
  textColor: string;
  /** Where a sort key stands on the canvas (the deep-time projection); sortKeyToInstant when absent. */
  keyToMs?: (key: number) => number;
  /** The canvas's size in CSS pixels, when the caller read it already (reading it here, after other
   *  canvases were written, would make the browser lay the page out again for each lane). */
  size?: { width: number; height: number };
}

/** What each canvas shows: painting the same picture again is skipped (the canvas keeps it). */
const painted = new WeakMap<HTMLCanvasElement, { sig: string; counts: readonly number[]; keyToMs: unknown }>();

/** Draws the bars of one lane into a canvas sized to its element (device pixels for sharpness). */
export function drawBars(canvas: HTMLCanvasElement, b: Buckets, o: DrawOptions): void {
  const cssW = o.size?.width ?? canvas.clientWidth;
  const cssH = o.size?.height ?? canvas.clientHeight;
  if (!cssW || !cssH) return;
  const dpr = window.devicePixelRatio || 1;
  const pxPerMs = cssW / Math.max(1, o.toMs - o.fromMs);
  // The same counts over the same period at the same size and colours (to a quarter pixel): as drawn.
  const sig = [cssW, cssH, dpr, Math.round(o.fromMs * pxPerMs * 4), Math.round(o.toMs * pxPerMs * 4), o.max, o.color, o.textColor, b.origin, b.width].join('|');
  const before = painted.get(canvas);
  if (before && before.sig === sig && before.counts === b.counts && before.keyToMs === o.keyToMs) return;
  painted.set(canvas, { sig, counts: b.counts, keyToMs: o.keyToMs });
  canvas.width = Math.round(cssW * dpr);
  canvas.height = Math.round(cssH * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(dpr, dpr);
  ctx.clearRect(0, 0, cssW, cssH);
  const toMs = o.keyToMs ?? sortKeyToInstant;
  const xOf = (key: number) => (toMs(key) - o.fromMs) * pxPerMs;
  const room = cssH - 16;
  // All bars in one path and one fill, then the counts: a colour set per bar (parsed each time)
  // and a fill per bar made a repaint of a few lanes take tens of milliseconds.
  const labels: [string, number, number][] = [];
  ctx.fillStyle = o.color;
  ctx.beginPath();
  let right = xOf(b.origin);
  for (let i = 0; i < b.counts.length; i++) {
    const x = right;
    right = xOf(b.origin + (i + 1) * b.width);
    const n = b.counts[i]!;
    if (!n) continue;
    const w = Math.max(1, right - x - 1);
    if (x + w < 0 || x > cssW) continue;
    const h = Math.max(2, Math.round(room * Math.sqrt(n / Math.max(1, o.max))));
    ctx.rect(x, cssH - h, w, h);
    const label = shortCount(n);
    if (w >= label.length * 6.5 + 4) labels.push([label, x + w / 2, cssH - h - 3]);
  }
  ctx.fill();
  ctx.fillStyle = o.textColor;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  for (const [label, x, y] of labels) ctx.fillText(label, x, y);
}

export interface LabelCandidate {
  id: number;
  /** Where the label starts, in pixels. */
  x: number;
  width: number;
}

/**
 * The labels that fit: candidates come best first; one is kept when it overlaps none kept
 * before (with a small gap), up to `max`.
 */
export function pickLabels<T extends LabelCandidate>(candidates: readonly T[], max: number, gap = 12): T[] {
  const kept: T[] = [];
  for (const c of candidates) {
    if (kept.length >= max) break;
    if (kept.every((k) => c.x + c.width + gap <= k.x || k.x + k.width + gap <= c.x)) kept.push(c);
  }
  return kept;
}
