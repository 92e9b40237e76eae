import { sortKey, valueToParts, yearOfKey, yearStartKey } from './calendar';
import { yearLabel, yearsBce } from './deep-time';
import { DEEP_YEAR, isDeepYear, MAX_YEAR, type ChronikDate } from './model';
import type { Language } from '../language';
import { MONTHS, MONTHS_SHORT } from './names';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Shows a date the way a reader of the locale expects, at its precision and no finer:
 * "2024", "Oktober 2024", "23.10.2024", "23 Oct 2024, 14:30", "12,000 BC", "66 million years ago";
 * approximate dates get "ca."/"c.", uncertain ones a "?".
 */
export function formatDate(date: ChronikDate, locale: Language = 'en'): string {
  const r = valueToParts(date.value);
  if (!r) return date.value;
  const { parts: p, precision } = r;
  const y = yearLabel(p.year, locale);
  let s: string;
  switch (precision) {
    case 'year':
      s = y;
      break;
    case 'month':
      s = `${MONTHS[locale][p.month! - 1]} ${y}`;
      break;
    default: {
      const day = p.year >= 1 && locale === 'de'
        ? `${two(p.day!)}.${two(p.month!)}.${p.year}`
        : locale === 'de'
          ? `${p.day}. ${MONTHS_SHORT.de[p.month! - 1]} ${y}`
          : `${p.day} ${MONTHS_SHORT.en[p.month! - 1]} ${y}`;
      s = precision === 'minute' ? `${day}, ${two(p.hour!)}:${two(p.minute!)}` : day;
    }
  }
  if (date.approximate) s = locale === 'de' && s.startsWith('vor ') ? `vor ca. ${s.slice(4)}` : `${locale === 'de' ? 'ca.' : 'c.'} ${s}`;
  if (date.uncertain) s += ' (?)';
  return s;
}

/** A start and optional end as one label: "23.10.2024 – 25.10.2024". */
export function formatRange(start: ChronikDate, end: ChronikDate | null | undefined, locale: Language = 'en'): string {
  const a = formatDate(start, locale);
  if (!end) return a;
  const b = formatDate(end, locale);
  return a === b ? a : `${a} – ${b}`;
}

/**
 * EDTF (ISO 8601-2) form: the value with `~`, `?` or `%` for approximate/uncertain; a bare year
 * of more than four digits takes EDTF's `Y` prefix (`Y-65999999`).
 */
export function toEdtf(date: ChronikDate): string {
  const flag = date.approximate && date.uncertain ? '%' : date.approximate ? '~' : date.uncertain ? '?' : '';
  const long = date.precision === 'year' && /^-?\d{5,}$/.test(date.value);
  return (long ? 'Y' : '') + date.value + flag;
}

/** Orders dates by their start edge, then by their end edge (a day sorts before its month's end). */
export function compareDates(a: ChronikDate, b: ChronikDate): number {
  return sortKey(a, 'start') - sortKey(b, 'start') || sortKey(a, 'end') - sortKey(b, 'end');
}

const MS_PER_MINUTE = 60_000;
const MS_PER_YEAR = 365.2425 * 1440 * MS_PER_MINUTE;
/** Deep time is drawn in a band of this many years beyond its edge (100,000 BCE or 99,999 CE). */
const DEEP_BAND_YEARS = 10_000;

/**
 * A JS Date holds only about ±271,821 years, and a canvas pads its view around the items it
 * fits. So deep time (before 100,000 BCE, after 99,999 CE) is squeezed, in order and on a
 * logarithmic scale, into a band of 10,000 years beyond that edge: 300,000 years ago lands near
 * 100,900 BCE, 66 million years ago near 105,400 BCE, 13.8 billion near 109,900 BCE. Every other
 * date is exact. Only a canvas that draws with JS Dates should care; everything that sorts,
 * filters or labels uses sortKey.
 */
function deepInstant(year: number): number {
  const past = year < 0;
  const beyond = past ? yearsBce(year) : year; // >= DEEP_YEAR
  const share = Math.log10(beyond / DEEP_YEAR) / Math.log10(MAX_YEAR / DEEP_YEAR);
  const edge = yearStartKey(past ? 1 - DEEP_YEAR : DEEP_YEAR) * MS_PER_MINUTE;
  return edge + (past ? -1 : 1) * share * DEEP_BAND_YEARS * MS_PER_YEAR;
}

/** The instant on a canvas drawn with toUtcDate of a sort key (the inverse of instantToSortKey). */
export function sortKeyToInstant(key: number): number {
  const year = yearOfKey(key);
  return isDeepYear(year) ? Math.round(deepInstant(year)) : key * MS_PER_MINUTE;
}

/**
 * The sort key of an instant on a canvas drawn with toUtcDate: exact minutes in ordinary time,
 * the start of the deep-time year whose stand-in instant it is beyond the edges. What the canvas
 * asks the backend for when its view is given in JS Dates.
 */
export function instantToSortKey(ms: number): number {
  const pastEdge = yearStartKey(1 - DEEP_YEAR) * MS_PER_MINUTE;
  const futureEdge = yearStartKey(DEEP_YEAR) * MS_PER_MINUTE;
  if (ms >= pastEdge && ms < futureEdge) return Math.floor(ms / MS_PER_MINUTE);
  const past = ms < pastEdge;
  const share = Math.min(1, (past ? pastEdge - ms : ms - futureEdge) / (DEEP_BAND_YEARS * MS_PER_YEAR));
  const beyond = Math.round(DEEP_YEAR * (MAX_YEAR / DEEP_YEAR) ** share);
  return yearStartKey(past ? 1 - beyond : beyond);
}

/**
 * The first (or last) instant of a date as a JS Date in UTC; years before 100 and BCE included.
 * Deep-time dates give an ordered stand-in instant (see deepInstant), never an invalid Date.
 */
export function toUtcDate(date: ChronikDate, edge: 'start' | 'end' = 'start'): Date {
  const p = valueToParts(date.value);
  if (p && isDeepYear(p.parts.year)) return new Date(Math.round(deepInstant(p.parts.year)) + (edge === 'end' ? MS_PER_YEAR / 1e6 : 0));
  return new Date(sortKey(date, edge) * MS_PER_MINUTE + (edge === 'end' ? 59_999 : 0));
}
