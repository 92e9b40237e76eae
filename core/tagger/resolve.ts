import { easter, fmtDay, fmtMonth, fmtWeek, pad, shiftDays, shiftMonths, weekdayOf } from './calendar';
import type { RuleContext, Tense, Ymd } from './types';

/** Direction of a relative expression: explicit (-1 last, 0 this, +1 next) or taken from tense. */
export type Direction = -1 | 0 | 1 | 'tense';

/** The direction a sentence's tense points to: the past back, the future ahead. */
export function dirFromTense(t: Tense): -1 | 0 | 1 {
  return t === 'past' ? -1 : t === 'future' ? 1 : 0;
}

/** A day n days after the dct, or the underspecified form without a dct. */
export function relDay(ctx: RuleContext, n: number): string {
  return ctx.dct ? fmtDay(shiftDays(ctx.dct, n)) : n === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX';
}

export function relWeek(ctx: RuleContext, n: number): string {
  return ctx.dct ? fmtWeek(shiftDays(ctx.dct, 7 * n)) : n === 0 ? 'PRESENT_REF' : 'XXXX-WXX';
}

export function relMonth(ctx: RuleContext, n: number): string {
  if (!ctx.dct) return n === 0 ? 'PRESENT_REF' : 'XXXX-XX';
  const t = shiftMonths(ctx.dct, n);
  return fmtMonth(t.y, t.m);
}

export function relYear(ctx: RuleContext, n: number): string {
  return ctx.dct ? pad(ctx.dct.y + n, 4) : n === 0 ? 'PRESENT_REF' : 'XXXX';
}

export function relQuarter(ctx: RuleContext, n: number): string {
  if (!ctx.dct) return 'XXXX-QX';
  const t = shiftMonths(ctx.dct, 3 * n);
  return `${pad(t.y, 4)}-Q${Math.ceil(t.m / 3)}`;
}

export function relDecade(ctx: RuleContext, n: number): string {
  return ctx.dct ? String(Math.floor(ctx.dct.y / 10) + n) : 'XXX';
}

export function relCentury(ctx: RuleContext, n: number): string {
  return ctx.dct ? String(Math.floor(ctx.dct.y / 100) + n) : 'XX';
}

// How far (in months) a date may lie on the other side of the dct than the tense says.
const NEAR_MONTHS = 2;

/** Year in which a month (or a season/day within it) falls, chosen by tense when no year is given. */
export function yearFor(ctx: RuleContext, month: number, day = 15, dir: Direction = 'tense'): number | null {
  if (!ctx.dct) return null;
  const { y } = ctx.dct;
  // Months from the dct to the date within the dct's year (negative: before it).
  const offset = month - ctx.dct.m + (day - ctx.dct.d) / 31;
  const previous = offset < 0 ? y : y - 1;
  const next = offset > 0 ? y : y + 1;
  if (dir !== 'tense') return dir < 0 ? previous : dir > 0 ? next : y;
  const d = dirFromTense(ctx.tense());
  const ahead = offset >= 0 ? offset : offset + 12;
  const back = offset <= 0 ? -offset : 12 - offset;
  // "im August" in a March article is last August in a past sentence, next August in a future one;
  // a date just ahead of the dct stays ahead in a past sentence ("declared a dividend payable Dec. 7"
  // in October), one just behind stays behind in a future one; without tense the nearest one.
  if (d < 0) return ahead <= NEAR_MONTHS ? (offset >= 0 ? y : y + 1) : offset <= 0 ? y : y - 1;
  if (d > 0) return back <= NEAR_MONTHS ? (offset <= 0 ? y : y - 1) : offset >= 0 ? y : y + 1;
  return ahead <= back ? (offset >= 0 ? y : y + 1) : offset <= 0 ? y : y - 1;
}

export function monthValue(ctx: RuleContext, month: number, dir: Direction = 'tense'): string {
  const y = yearFor(ctx, month, 15, dir);
  return y === null ? `XXXX-${pad(month)}` : fmtMonth(y, month);
}

export function dayMonthValue(ctx: RuleContext, month: number, day: number, dir: Direction = 'tense'): string {
  const y = yearFor(ctx, month, day, dir);
  return y === null ? `XXXX-${pad(month)}-${pad(day)}` : `${pad(y, 4)}-${pad(month)}-${pad(day)}`;
}

/** A weekday near the dct: the last one (dct included) in past sentences, the next one in future ones. */
export function weekdayValue(ctx: RuleContext, wd: number, dir: Direction = 'tense'): string {
  if (!ctx.dct) return `XXXX-WXX-${wd}`;
  return fmtDay(weekdayDate(ctx.dct, wd, dir === 'tense' ? dirFromTense(ctx.tense()) : dir, dir === 'tense'));
}

function weekdayDate(dct: Ymd, wd: number, d: -1 | 0 | 1, fromTense: boolean): Ymd {
  const cur = weekdayOf(dct);
  if (d > 0) {
    const delta = (wd - cur + 7) % 7;
    return shiftDays(dct, delta === 0 && !fromTense ? 7 : delta);
  }
  if (d < 0) {
    const delta = (cur - wd + 7) % 7;
    return shiftDays(dct, -(delta === 0 && !fromTense ? 7 : delta));
  }
  // Present tense: news reports mostly refer to the recent past, unless the day is just ahead.
  const back = (cur - wd + 7) % 7;
  const fwd = (wd - cur + 7) % 7;
  return back <= 3 || fwd > 3 ? shiftDays(dct, -back) : shiftDays(dct, fwd);
}

/** Season in the dct's year, shifted by tense when the season is clearly before or after the dct. */
export function seasonValue(ctx: RuleContext, season: 'SP' | 'SU' | 'FA' | 'WI', dir: Direction = 'tense'): string {
  if (!ctx.dct) return `XXXX-${season}`;
  const mid = { SP: 4, SU: 7, FA: 10, WI: 1 }[season];
  const cur = { 1: 'WI', 2: 'WI', 3: 'SP', 4: 'SP', 5: 'SP', 6: 'SU', 7: 'SU', 8: 'SU', 9: 'FA', 10: 'FA', 11: 'FA', 12: 'WI' }[ctx.dct.m];
  const d = dir === 'tense' ? dirFromTense(ctx.tense()) : dir;
  let y = ctx.dct.y;
  if (dir !== 'tense') {
    if (d < 0 && (mid >= ctx.dct.m || cur === season)) y -= 1;
    if (d > 0 && (mid <= ctx.dct.m || cur === season)) y += 1;
  } else if (cur !== season) {
    if (d < 0 && mid > ctx.dct.m) y -= 1;
    if (d > 0 && mid < ctx.dct.m) y += 1;
  }
  return `${pad(y, 4)}-${season}`;
}

/** A holiday: a fixed day, a number of days after Easter Sunday, or the nth weekday of a month. */
export type Holiday =
  | { month: number; day: number }
  | { easter: number }
  | { month: number; nth: number; weekday: number };

/** The day a holiday falls on in year y. */
export function holidayDate(h: Holiday, y: number): Ymd {
  if ('easter' in h) return shiftDays(easter(y), h.easter);
  if ('day' in h) return { y, m: h.month, d: h.day };
  const first = { y, m: h.month, d: 1 };
  return shiftDays(first, ((h.weekday - weekdayOf(first) + 7) % 7) + 7 * (h.nth - 1));
}
