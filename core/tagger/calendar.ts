import { addDays, addMonths, isoWeek, isoWeekday, partsToValue } from '../dates';
import type { Ymd } from './types';

// Calendar math lives in core/dates; this file only adapts it to the tagger's compact Ymd days
// and formats TIMEX3 values.

/** Parses 'YYYY-MM-DD…' (anything after the day is ignored); null when unusable. */
export function parseDct(dct: string | null | undefined): Ymd | null {
  if (!dct) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(dct.trim());
  if (!m) return null;
  const ymd = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= 31 ? ymd : null;
}

function toYmd(c: { year: number; month: number; day: number }): Ymd {
  return { y: c.year, m: c.month, d: c.day };
}

/** The day n days after a (n may be negative). */
export function shiftDays(a: Ymd, n: number): Ymd {
  return toYmd(addDays(a.y, a.m, a.d, n));
}

/** The day n months after a, the day clamped to the target month's length. */
export function shiftMonths(a: Ymd, n: number): Ymd {
  return toYmd(addMonths(a.y, a.m, a.d, n));
}

/** ISO weekday of a, 1 = Monday … 7 = Sunday. */
export function weekdayOf(a: Ymd): number {
  return isoWeekday(a.y, a.m, a.d);
}

/** Zero-padded TIMEX3 field; a negative number keeps its sign in front. */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/** TIMEX3 day value YYYY-MM-DD. */
export function fmtDay(a: Ymd): string {
  return partsToValue({ year: a.y, month: a.m, day: a.d }, 'day');
}

/** TIMEX3 month value YYYY-MM. */
export function fmtMonth(y: number, m: number): string {
  return partsToValue({ year: y, month: m }, 'month');
}

/** TIMEX3 ISO week value YYYY-Www. */
export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a.y, a.m, a.d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Easter Sunday (Gregorian, anonymous algorithm), for the movable holidays. */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
