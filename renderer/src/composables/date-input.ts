/** What the date fields need beyond core/dates: changing precision and describing a reading. Pure. */
import { formatDate, valueToParts, partsToValue, type ChronikDate, type Precision } from '../../../core/dates';
import type { Language } from '../../../core/language';

/** The same date at another precision: finer starts at the beginning of the period, coarser truncates. */
export function withPrecision(d: ChronikDate, precision: Precision): ChronikDate {
  const r = valueToParts(d.value);
  if (!r) return d;
  const out: ChronikDate = { value: partsToValue(r.parts, precision), precision };
  if (d.approximate) out.approximate = true;
  if (d.uncertain) out.uncertain = true;
  return out;
}

/** The same date with the approximate flag set or cleared. */
export function withApproximate(d: ChronikDate, approximate: boolean): ChronikDate {
  const out: ChronikDate = { ...d };
  if (approximate) out.approximate = true;
  else delete out.approximate;
  delete out.original;
  return out;
}

/** The date as the field shows it: in the locale, at its precision, without the "(?)" suffix. */
export function dateText(d: ChronikDate | null | undefined, locale: Language): string {
  if (!d) return '';
  return formatDate({ ...d, uncertain: false }, locale);
}

/** True when two dates say the same (value, precision and flags). */
export function sameDate(a: ChronikDate | null | undefined, b: ChronikDate | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.value === b.value && a.precision === b.precision && !!a.approximate === !!b.approximate && !!a.uncertain === !!b.uncertain;
}
