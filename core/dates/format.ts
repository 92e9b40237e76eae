import { sortKey, valueToParts } from './calendar';
import type { ChronikDate } from './model';
import type { Language } from '../language';
import { MONTHS, MONTHS_SHORT } from './names';

function yearLabel(year: number, locale: Language): string {
  if (year >= 1) return String(year);
  const bce = 1 - year;
  return locale === 'de' ? `${bce} v. Chr.` : `${bce} BC`;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Shows a date the way a reader of the locale expects, at its precision and no finer:
 * "2024", "Oktober 2024", "23.10.2024", "23 Oct 2024, 14:30"; approximate dates get "ca."/"c.",
 * uncertain ones a "?".
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
  if (date.approximate) s = `${locale === 'de' ? 'ca.' : 'c.'} ${s}`;
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

/** EDTF (ISO 8601-2) form: the value with `~`, `?` or `%` for approximate/uncertain. */
export function toEdtf(date: ChronikDate): string {
  const flag = date.approximate && date.uncertain ? '%' : date.approximate ? '~' : date.uncertain ? '?' : '';
  return date.value + flag;
}

/** Orders dates by their start edge, then by their end edge (a day sorts before its month's end). */
export function compareDates(a: ChronikDate, b: ChronikDate): number {
  return sortKey(a, 'start') - sortKey(b, 'start') || sortKey(a, 'end') - sortKey(b, 'end');
}

/** The first (or last) instant of a date as a JS Date in UTC; years before 100 and BCE included. */
export function toUtcDate(date: ChronikDate, edge: 'start' | 'end' = 'start'): Date {
  return new Date(sortKey(date, edge) * 60_000 + (edge === 'end' ? 59_999 : 0));
}
