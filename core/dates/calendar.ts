import { isDeepYear, MAX_YEAR, type ChronikDate, type DateParts, type Precision } from './model';

const MINUTES_PER_DAY = 1440;

/** Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(z: number): { year: number; month: number; day: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The calendar day n days after y-m-d (n may be negative). */
export function addDays(y: number, m: number, d: number, n: number): { year: number; month: number; day: number } {
  return civilFromDays(daysFromCivil(y, m, d) + n);
}

/** The calendar day n months after y-m-d (n may be negative), the day clamped to the target month's length. */
export function addMonths(y: number, m: number, d: number, n: number): { year: number; month: number; day: number } {
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d, daysInMonth(year, month)) };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(y: number, m: number, d: number): number {
  const z = daysFromCivil(y, m, d);
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week number and week-year of a calendar day. */
export function isoWeek(y: number, m: number, d: number): { year: number; week: number } {
  const z = daysFromCivil(y, m, d);
  const thursday = z - isoWeekday(y, m, d) + 4;
  const wy = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(wy, 1, 1)) / 7) + 1;
  return { year: wy, week };
}

/** Monday of an ISO week, as days since the epoch. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  const mondayWeek1 = jan4 - (isoWeekday(year, 1, 4) - 1);
  return mondayWeek1 + (week - 1) * 7;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** Formats a year the ISO way: four digits, a minus sign before BCE years (astronomical). */
export function formatIsoYear(y: number): string {
  return pad(y, 4);
}

/** Builds the normalised value string for parts at a precision. */
export function partsToValue(p: DateParts, precision: Precision): string {
  let s = formatIsoYear(p.year);
  if (precision === 'year') return s;
  s += `-${pad(p.month ?? 1, 2)}`;
  if (precision === 'month') return s;
  s += `-${pad(p.day ?? 1, 2)}`;
  if (precision === 'day') return s;
  return `${s}T${pad(p.hour ?? 0, 2)}:${pad(p.minute ?? 0, 2)}`;
}

const VALUE_RE = /^(-?\d{4,11})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/**
 * Reads a normalised value back into parts and precision; null when it is not one. Deep-time
 * years (see DEEP_YEAR) are valid only as bare years, and no year lies beyond ±MAX_YEAR.
 */
export function valueToParts(value: string): { parts: DateParts; precision: Precision } | null {
  // Bulk work reads the same few thousand days again and again (an import checks, orders and
  // indexes each date several times): answers are kept, frozen so no caller can change a shared one.
  let r = readValues.get(value);
  if (r === undefined) {
    r = readValue(value);
    if (r) Object.freeze(Object.freeze(r).parts);
    if (readValues.size >= 8192) readValues.clear();
    readValues.set(value, r);
  }
  return r;
}
const readValues = new Map<string, { parts: DateParts; precision: Precision } | null>();

function readValue(value: string): { parts: DateParts; precision: Precision } | null {
  const m = VALUE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (Math.abs(year) > MAX_YEAR) return null;
  if (m[2] === undefined) return { parts: { year }, precision: 'year' };
  if (isDeepYear(year)) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { parts: { year, month }, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { parts: { year, month, day }, precision: 'day' };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  return { parts: { year, month, day, hour, minute }, precision: 'minute' };
}

/**
 * Integer sort key in minutes since 1970-01-01T00:00 (floating time). The start edge is the first
 * minute of the period, the end edge its last: "October 2024" spans the whole month, so a
 * visible-window query is one index range scan over (start_key, end_key).
 */
export function sortKey(date: Pick<ChronikDate, 'value'>, edge: 'start' | 'end' = 'start'): number {
  const r = valueToParts(date.value);
  if (!r) throw new RangeError(`Not a normalised date value: ${date.value}`);
  const { parts: p, precision } = r;
  if (edge === 'start') {
    const days = daysFromCivil(p.year, p.month ?? 1, p.day ?? 1);
    return days * MINUTES_PER_DAY + (p.hour ?? 0) * 60 + (p.minute ?? 0);
  }
  switch (precision) {
    case 'year':
      return daysFromCivil(p.year + 1, 1, 1) * MINUTES_PER_DAY - 1;
    case 'month': {
      const next = p.month === 12 ? daysFromCivil(p.year + 1, 1, 1) : daysFromCivil(p.year, p.month! + 1, 1);
      return next * MINUTES_PER_DAY - 1;
    }
    case 'day':
      return (daysFromCivil(p.year, p.month!, p.day!) + 1) * MINUTES_PER_DAY - 1;
    case 'minute':
      return daysFromCivil(p.year, p.month!, p.day!) * MINUTES_PER_DAY + p.hour! * 60 + p.minute!;
  }
}

/** The date whose start edge is a sort key, at minute precision (a deep-time year at year precision). */
export function fromSortKey(key: number, precision: Precision = 'minute'): ChronikDate {
  const days = Math.floor(key / MINUTES_PER_DAY);
  const mins = key - days * MINUTES_PER_DAY;
  const c = civilFromDays(days);
  const parts = { ...c, hour: Math.floor(mins / 60), minute: mins % 60 };
  const p = isDeepYear(c.year) ? 'year' : precision;
  return { value: partsToValue(parts, p), precision: p };
}

/** The sort key of the first minute of a year (astronomical numbering); exact for every year Chronik keeps. */
export function yearStartKey(year: number): number {
  return daysFromCivil(year, 1, 1) * MINUTES_PER_DAY;
}

/** The (astronomical) year a sort key falls in. */
export function yearOfKey(key: number): number {
  return civilFromDays(Math.floor(key / MINUTES_PER_DAY)).year;
}
