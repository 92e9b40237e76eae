/**
 * The timeline figure: lanes as bands, events as points (with a whisker over the period a coarse
 * date covers) and ranges as bars, each labelled. Labels are packed into sub-rows per lane so
 * none overlaps; when a panel would grow taller than a page, the events are split over panels.
 */
import { civilFromDays, daysFromCivil, formatDate, partsToValue, sortKey, yearScale, MONTHS_SHORT, type ChronikDate } from '../dates';
import type { Lane, TimelineEvent } from '../domain';
import { esc, truncate } from './escape';
import type { Language } from '../language';
import type { Labels } from './labels';

export interface FigureGeometry {
  /** Drawing width in CSS px (the text column of the page). */
  width: number;
  /** Tallest panel that still fits a page, in CSS px. */
  maxHeight: number;
}

/** Marker colours by confidence: solid for confirmed, lighter for reported, warm for contested. */
export const CONFIDENCE_COLORS = { confirmed: '#16365c', reported: '#4f7cac', claimed: '#c47f17', disputed: '#a8322d' } as const;

const FONT = 10.5;
const CHAR = 0.54; // average advance of the condensed sans, in em: errs wide so labels never touch
const ROW = 21;
const LANE_HEAD = 17;
const AXIS = 28;
const PAD_X = 8;
const MAX_LABEL = 46;
const DAY = 1440;

interface Item {
  n: number;
  ev: TimelineEvent;
  lane: number;
  x1: number;
  x2: number;
  /** The period a coarse point covers (month, year), drawn as a whisker. */
  w1: number;
  w2: number;
  isRange: boolean;
  /** Label above a bar or whisker rather than beside a marker. */
  above: boolean;
  label: string;
  labelWidth: number;
  /** Label left of the marker when it would run off the right edge. */
  anchorEnd: boolean;
  extent: [number, number];
  row: number;
}

const textWidth = (s: string) => s.length * FONT * CHAR;

/** Alternating band colours; labels get a halo of the same colour. */
const bandFill = (i: number) => (i % 2 ? '#ffffff' : '#f2f4f7');

/** Midpoint of the period a date covers, in minutes. */
const mid = (d: ChronikDate) => (sortKey(d, 'start') + sortKey(d, 'end')) / 2;

interface Tick { at: number; label: string; major: boolean }

/** Ticks for a time domain in minutes: the finest calendar step that leaves room for its labels. */
function ticks(a: number, b: number, width: number, locale: Language): Tick[] {
  const span = b - a;
  const maxTicks = Math.max(2, Math.floor(width / 64));
  const out: Tick[] = [];
  const dayA = Math.floor(a / DAY);
  const dayB = Math.ceil(b / DAY);
  const yearOf = (m: number) => civilFromDays(Math.floor(m / DAY)).year;
  const yearLabel = (y: number) => formatDate({ value: partsToValue({ year: y }, 'year'), precision: 'year' }, locale);
  for (const hours of [1, 2, 3, 6, 12]) {
    if (span / (hours * 60) <= maxTicks) {
      for (let t = Math.ceil(a / (hours * 60)) * hours * 60; t <= b; t += hours * 60) {
        const hh = Math.floor((((t % DAY) + DAY) % DAY) / 60);
        out.push({ at: t, label: `${String(hh).padStart(2, '0')}:00`, major: hh === 0 });
      }
      return out;
    }
  }
  for (const days of [1, 2, 7, 14]) {
    if ((dayB - dayA) / days <= maxTicks) {
      for (let d = dayA; d <= dayB; d++) {
        const c = civilFromDays(d);
        // Weekly ticks fall on Mondays, as an analyst's calendar does.
        const weekday = (((d + 3) % 7) + 7) % 7; // 0 = Monday
        if (days >= 7 ? weekday !== 0 || (days === 14 && Math.floor(d / 7) % 2 !== 0) : (d - dayA) % days !== 0) continue;
        const label = locale === 'de' ? `${c.day}.${c.month}.` : `${c.day} ${MONTHS_SHORT.en[c.month - 1]}`;
        out.push({ at: d * DAY, label, major: c.day === 1 });
      }
      return out.filter((t) => t.at >= a && t.at <= b);
    }
  }
  const ya = yearOf(a);
  const yb = yearOf(b) + 1;
  for (const months of [1, 2, 3, 6]) {
    if (((yb - ya) * 12) / months <= maxTicks * 1.2) {
      for (let y = ya; y <= yb; y++) {
        for (let m = 1; m <= 12; m += months) {
          const at = daysFromCivil(y, m, 1) * DAY;
          if (at < a || at > b) continue;
          const first = out.length === 0 || m === 1;
          out.push({ at, label: first ? `${MONTHS_SHORT[locale][m - 1]} ${yearLabel(y)}` : MONTHS_SHORT[locale][m - 1]!, major: m === 1 });
        }
      }
      return out;
    }
  }
  // Years, decades … billions of years: core's year scale (deep time without JS Dates).
  return yearScale(a, b, maxTicks, locale).ticks.map((t) => ({ at: t.key, label: t.label, major: t.major }));
}

interface Panel { svg: string; height: number; labelled: number }

type Draft = Omit<Item, 'x1' | 'x2' | 'w1' | 'w2' | 'extent' | 'row' | 'anchorEnd' | 'above'> & { score: number };

/** Height of a lane's density strip: bars counting the events in each stretch of time. */
const STRIP = 13;
/** Width of one stretch of the density strip, in px. */
const BIN = 4;

/**
 * Lays out one panel. At most `rowBudget` label rows in all (Infinity: as many as the labels
 * need), shared out among the lanes; labels go to the most significant events first, and when
 * some events stay unlabelled every lane gets a density strip that counts all its events.
 */
function layoutPanel(items: Draft[], lanes: { name: string }[], g: FigureGeometry, locale: Language, L: Labels, partLabel: string, rowBudget: number): Panel {
  const W = g.width;
  let a = Infinity;
  let b = -Infinity;
  for (const it of items) {
    a = Math.min(a, sortKey(it.ev.start, 'start'));
    b = Math.max(b, sortKey(it.ev.end ?? it.ev.start, 'end'));
  }
  // Breathing room at both ends, at least half a day, so edge markers and their labels fit.
  const pad = Math.max((b - a) * 0.04, DAY / 2);
  a -= pad;
  b += pad;
  const x = (t: number) => PAD_X + ((t - a) / (b - a)) * (W - 2 * PAD_X);

  const all: (Item & { score: number })[] = items.map((it) => {
    const isRange = !!it.ev.end;
    const s = isRange ? sortKey(it.ev.start, 'start') : mid(it.ev.start);
    const e = isRange ? sortKey(it.ev.end!, 'end') : s;
    const x1 = x(s);
    const x2 = Math.max(x(e), x1 + (isRange ? 3 : 0));
    const w1 = it.ev.start.precision === 'month' || it.ev.start.precision === 'year' ? x(sortKey(it.ev.start, 'start')) : x(s);
    const coarse = it.ev.start.precision === 'month' || it.ev.start.precision === 'year';
    const w2 = coarse ? x(sortKey(it.ev.start, 'end')) : x1;
    const lw = it.labelWidth;
    let anchorEnd = false;
    // Ranges and coarse dates carry their label above the bar or whisker; points beside the marker.
    const [s1, s2] = isRange ? [x1, x2] : [w1, w2];
    const above = isRange || coarse;
    let extent: [number, number] = above ? [s1 - 5, Math.max(s2, s1 + lw) + 8] : [x1 - 5, x1 + 6 + lw + 8];
    if (extent[1] > W) {
      anchorEnd = true;
      extent = above ? [Math.min(s1, s2 - lw) - 8, s2 + 5] : [x1 - 6 - lw - 8, x1 + 5];
    }
    return { ...it, isRange, above, x1, x2, w1, w2, anchorEnd, extent, row: -1 };
  });

  // Labels by significance: each event takes the first free sub-row of its lane, within the lane's share of rows.
  const byLane = lanes.map((_, i) => all.filter((it) => it.lane === i).sort((p, q) => q.score - p.score || p.extent[0] - q.extent[0] || p.n - q.n));
  const pack = (list: typeof all, maxRows: number): number => {
    const rows: [number, number][][] = [];
    for (const it of list) {
      let r = rows.findIndex((row) => row.every(([p, q]) => q <= it.extent[0] || p >= it.extent[1]));
      if (r < 0 && rows.length < maxRows) r = rows.push([]) - 1;
      it.row = r;
      if (r >= 0) rows[r]!.push(it.extent);
    }
    return rows.length;
  };
  const need = byLane.map((list) => pack(list, Infinity));
  const share = shareRows(need, rowBudget);
  byLane.forEach((list, i) => pack(list, share[i]!));
  const placed = all.filter((it) => it.row >= 0);
  const dense = placed.length < all.length;
  const rowsPerLane = byLane.map((list) => list.reduce((m, it) => Math.max(m, it.row + 1), 0));

  const used = lanes.map((_, i) => byLane[i]!.length > 0);
  const strip = dense ? STRIP + 3 : 0;
  const laneHeight = (i: number) => LANE_HEAD + strip + rowsPerLane[i]! * ROW + 6;
  const laneTop: number[] = [];
  let y = AXIS;
  lanes.forEach((_, i) => {
    laneTop[i] = y;
    if (used[i]) y += laneHeight(i);
  });
  const H = y + 4;

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="figure" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(L.figure + (partLabel ? ` (${partLabel})` : ''))}">`);
  // Lane bands first, so gridlines and markers draw over them.
  lanes.forEach((lane, i) => {
    if (used[i]) parts.push(`<rect x="0" y="${laneTop[i]}" width="${W}" height="${laneHeight(i)}" fill="${bandFill(i)}"/>`);
  });
  for (const t of ticks(a, b, W - 2 * PAD_X, locale)) {
    const tx = x(t.at).toFixed(1);
    parts.push(`<line x1="${tx}" y1="${AXIS - 5}" x2="${tx}" y2="${H - 4}" class="${t.major ? 'grid major' : 'grid'}"/>`);
    parts.push(`<text x="${tx}" y="${AXIS - 9}" class="tick" text-anchor="middle">${esc(t.label)}</text>`);
  }
  if (dense) {
    // Density: how many events (labelled or not) fall in each stretch, one bar per BIN px, scaled to the densest.
    const bins = lanes.map(() => new Map<number, number>());
    for (const it of all) {
      const bin = Math.floor(it.x1 / BIN);
      bins[it.lane]!.set(bin, (bins[it.lane]!.get(bin) ?? 0) + 1);
    }
    const max = Math.max(1, ...bins.flatMap((m) => [...m.values()]));
    lanes.forEach((_, i) => {
      if (!used[i]) return;
      const base = laneTop[i]! + LANE_HEAD + STRIP;
      for (const [bin, count] of bins[i]!) {
        const h = Math.max(1.5, (count / max) * STRIP);
        parts.push(`<rect class="density" x="${(bin * BIN).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${BIN - 0.8}" height="${h.toFixed(1)}"><title>${count}</title></rect>`);
      }
    });
  }
  // Lane names after the gridlines, with a halo in the band's colour so no line crosses them.
  lanes.forEach((lane, i) => {
    if (used[i]) parts.push(`<text x="4" y="${laneTop[i]! + 12}" class="lane" stroke="${bandFill(i)}">${esc(truncate(lane.name, 60).toUpperCase())}</text>`);
  });
  parts.push(`<line x1="0" y1="${AXIS - 5}" x2="${W}" y2="${AXIS - 5}" class="axis"/>`);
  parts.push(`<line x1="0" y1="${H - 4}" x2="${W}" y2="${H - 4}" class="axis"/>`);
  for (const it of placed) {
    const top = laneTop[it.lane]! + LANE_HEAD + strip + it.row * ROW;
    const cy = it.above ? top + 14 : top + ROW / 2;
    const halo = bandFill(it.lane);
    const color = it.ev.color ?? CONFIDENCE_COLORS[it.ev.confidence];
    const approx = it.ev.start.approximate || it.ev.end?.approximate || it.ev.start.uncertain;
    const hollow = it.ev.confidence === 'claimed' || it.ev.confidence === 'disputed';
    const dash = approx ? ' stroke-dasharray="2 1.5"' : '';
    const ref = `<a href="#ev-${it.n}">`;
    if (it.isRange) {
      parts.push(`${ref}<rect x="${it.x1.toFixed(1)}" y="${cy - 3}" width="${(it.x2 - it.x1).toFixed(1)}" height="6" rx="2" fill="${color}" fill-opacity="${hollow ? 0.15 : 0.35}" stroke="${color}" stroke-width="1"${dash}/></a>`);
    } else {
      // Only a coarse date (month, year) gets a whisker: at day precision it is just the marker.
      if ((it.ev.start.precision === 'month' || it.ev.start.precision === 'year') && it.w2 - it.w1 > 6) {
        parts.push(`<line x1="${it.w1.toFixed(1)}" y1="${cy}" x2="${it.w2.toFixed(1)}" y2="${cy}" stroke="${color}" stroke-width="1" stroke-opacity="0.55"/>`);
        for (const wx of [it.w1, it.w2]) parts.push(`<line x1="${wx.toFixed(1)}" y1="${cy - 2.5}" x2="${wx.toFixed(1)}" y2="${cy + 2.5}" stroke="${color}" stroke-width="1" stroke-opacity="0.55"/>`);
      }
      parts.push(`${ref}<circle cx="${it.x1.toFixed(1)}" cy="${cy}" r="3.6" fill="${hollow ? '#ffffff' : color}" stroke="${color}" stroke-width="1.4"${dash}/></a>`);
    }
    const [s1, s2] = it.isRange ? [it.x1, it.x2] : [it.w1, it.w2];
    const lx = it.above ? (it.anchorEnd ? s2 : s1) : it.anchorEnd ? it.x1 - 6 : it.x1 + 6;
    const ly = it.above ? cy - 6 : cy + 3.7;
    const anchor = it.anchorEnd ? ' text-anchor="end"' : '';
    parts.push(`<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" class="label" stroke="${halo}"${anchor}><tspan class="num">${it.n}</tspan> ${esc(it.label)}</text>`);
  }
  parts.push('</svg>');
  return { svg: parts.join(''), height: H, labelled: placed.length };
}

/**
 * Shares `budget` rows among lanes that need `need[i]` rows each: every lane gets what it needs
 * when the budget allows, else the same level for all (water-filling), and at least one row.
 */
export function shareRows(need: readonly number[], budget: number): number[] {
  if (!Number.isFinite(budget) || need.reduce((s, n) => s + n, 0) <= budget) return [...need];
  let level = 0;
  const total = (l: number) => need.reduce((s, n) => s + Math.min(n, l), 0);
  while (total(level + 1) <= budget && level < Math.max(...need)) level++;
  const out = need.map((n) => Math.min(n, Math.max(1, level)));
  // Rows the level leaves over go to the lanes that still want more, first come first served.
  let left = budget - out.reduce((s, n) => s + n, 0);
  for (let i = 0; left > 0 && i < out.length; i++) {
    if (out[i]! < need[i]!) {
      out[i]!++;
      left--;
    }
  }
  return out;
}

/** How significant an event is for a label: corroborated, confirmed and lasting events first. */
function significance(ev: TimelineEvent): number {
  const sources = new Set(ev.sources.map((l) => l.source.id)).size;
  const confidence = { confirmed: 3, reported: 2, claimed: 1, disputed: 1 }[ev.confidence];
  return sources * 2 + confidence + (ev.end ? 1 : 0);
}

export interface Figure {
  /** One SVG per panel: one page, or two for long or dense timelines. */
  panels: string[];
  /** Events with a label on the figure (the rest are counted in the density strips). */
  labelled: number;
  total: number;
}

/**
 * The figure as one panel, or two consecutive ones when that labels more events; it never takes
 * more than two pages. Labels go to the most significant events (sources, confidence, ranges)
 * until the page is full; dense stretches are then shown as density strips that count every
 * event per lane. `numbers` gives each event its number in the chronology; events without a lane
 * go to a last band named "Other".
 */
export function buildFigure(events: readonly TimelineEvent[], lanes: readonly Lane[], numbers: ReadonlyMap<number, number>, g: FigureGeometry, locale: Language, L: Labels): Figure {
  if (!events.length) return { panels: [], labelled: 0, total: 0 };
  const ordered = [...lanes].sort((p, q) => p.position - q.position);
  const laneIndex = new Map(ordered.map((l, i) => [l.id, i]));
  const bands = ordered.map((l) => ({ name: l.name }));
  const needsOther = events.some((e) => e.laneId === null || !laneIndex.has(e.laneId));
  if (needsOther) bands.push({ name: ordered.length ? L.noLane : L.events });
  const items: Draft[] = events.map((ev) => {
    // Wider pages (landscape) afford longer labels.
    const label = truncate(ev.title, Math.max(MAX_LABEL, Math.floor(g.width / 15)));
    const n = numbers.get(ev.id) ?? 0;
    return {
      n, ev, lane: ev.laneId !== null && laneIndex.has(ev.laneId) ? laneIndex.get(ev.laneId)! : bands.length - 1, isRange: !!ev.end, label,
      labelWidth: textWidth(`${n} ${label}`) + 2, score: significance(ev),
    };
  });
  const budget = (list: readonly Draft[]) => {
    const lanesHere = new Set(list.map((it) => it.lane)).size;
    return Math.max(lanesHere, Math.floor((g.maxHeight - AXIS - 4 - lanesHere * (LANE_HEAD + STRIP + 3 + 6)) / ROW));
  };
  const one = layoutPanel(items, bands, g, locale, L, '', budget(items));
  if (one.labelled === items.length || items.length < 8) return { panels: [one.svg], labelled: one.labelled, total: items.length };
  // Two consecutive halves in time, each a page: worth it when it labels clearly more.
  const byTime = [...items].sort((p, q) => sortKey(p.ev.start, 'start') - sortKey(q.ev.start, 'start') || p.n - q.n);
  const half = Math.ceil(byTime.length / 2);
  const halves = [byTime.slice(0, half), byTime.slice(half)];
  const two = halves.map((list, i) => layoutPanel(list, bands, g, locale, L, L.figurePart(i + 1, 2), budget(list)));
  const labelledTwo = two[0]!.labelled + two[1]!.labelled;
  if (labelledTwo >= one.labelled + Math.max(3, one.labelled * 0.1)) return { panels: two.map((p) => p.svg), labelled: labelledTwo, total: items.length };
  return { panels: [one.svg], labelled: one.labelled, total: items.length };
}
