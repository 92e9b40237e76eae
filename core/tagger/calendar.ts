import type { Ymd } from './types';

const DAY_MS = 86_400_000;

/** Parses 'YYYY-MM-DD…' (anything after the day is ignored); null when unusable. */
export function parseDct(dct: string | null | undefined): Ymd | null {
  if (!dct) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(dct.trim());
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= 31 ? ymd : null;
}

function toDays(a: Ymd): number {
  return Math.floor(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Adds n days (n may be negative). */
export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n);
}

/** Adds n months, clamping the day to the target month's length. */
export function addMonths(a: Ymd, n: number): Ymd {
  const total = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(a: Ymd): number {
  return ((toDays(a) % 7) + 7 + 3) % 7 + 1;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th given ISO weekday of a month (n = -1 for the last one). */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const delta = (wd - isoWeekday(first) + 7) % 7;
    return addDays(first, delta + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
}
