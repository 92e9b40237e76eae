/** Turns a TIMEX3 value from core/tagger into the date model: a start, an optional end, a flag. */
import type { Language } from '../language';
import { addDays, addMonths, civilFromDays, daysInMonth, isoWeekStart, partsToValue, sortKey, type ChronikDate } from '../dates';

export interface EventDate {
  start: ChronikDate;
  end: ChronikDate | null;
  approximate: boolean;
}

const year = (y: number) => partsToValue({ year: y }, 'year');
const dayValue = (days: number) => partsToValue(civilFromDays(days), 'day');
const day = (value: string): ChronikDate => ({ value, precision: 'day' });
const month = (y: number, m: number): ChronikDate => ({ value: partsToValue({ year: y, month: m }, 'month'), precision: 'month' });

// "vor drei Jahren", "vor einer Woche" / "three years ago", "two weeks earlier": a duration back from the publication date.
// (English has no "ago" before the number; a pattern that matches nothing, not even an empty text.)
const AGO_BEFORE: Record<Language, RegExp> = { de: /\bvor\s+(?:(?:genau|fast|knapp|gut|rund|etwa|über|mehr als)\s+)?$/iu, en: /(?!)/u };
const AGO_AFTER: Record<Language, RegExp> = { de: /^\s+zuvor\b/iu, en: /^\s+(?:ago|back)\b/iu };
// "zwei Jahre später", "drei Tage danach" / "two years later", "a week afterwards", "ten years on,":
// a duration forward from the date the text mentioned last; "earlier", "zuvor" back from it.
const LATER: Record<Language, RegExp> = {
  de: /^(?:später|danach|darauf|hernach)(?![\p{L}])/iu,
  en: /^(?:later|afterwards?|after that|thereafter|on(?=\s*[,.;]))(?![\p{L}])/iu,
};
const EARLIER: Record<Language, RegExp> = {
  de: /^(?:zuvor|vorher|davor|früher)(?![\p{L}])/iu,
  en: /^(?:earlier|before that|previously)(?![\p{L}])/iu,
};

/**
 * The date a duration points to when the text says it lies back from the publication date
 * ("vor drei Jahren" in 2024 → 2021, approximate), at the precision of the duration's unit.
 */
export function agoDate(value: string, before: string, after: string, lang: Language, dct: string | null): EventDate | null {
  if (!dct || !(AGO_BEFORE[lang].test(before) || AGO_AFTER[lang].test(after))) return null;
  const m = /^P(\d+)([YMWD])$/.exec(value);
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  if (!m || !d) return null;
  const n = Number(m[1]);
  const [y, mo, dd] = [Number(d[1]), Number(d[2]), Number(d[3])];
  switch (m[2]) {
    case 'Y': return { start: { value: year(y - n), precision: 'year' }, end: null, approximate: true };
    case 'M': { const c = addMonths(y, mo, dd, -n); return { start: month(c.year, c.month), end: null, approximate: true }; }
    case 'W': return { start: day(partsToValue(addDays(y, mo, dd, -7 * n), 'day')), end: null, approximate: true };
    default: return { start: day(partsToValue(addDays(y, mo, dd, -n), 'day')), end: null, approximate: n > 2 };
  }
}

/** The word after a duration that makes it relative (" later", " afterwards"), as written; '' when none. */
export function relativeTail(after: string, lang: Language): string {
  const follows = after.trimStart();
  const m = LATER[lang].exec(follows) ?? EARLIER[lang].exec(follows);
  return m ? after.slice(0, after.length - follows.length) + m[0] : '';
}

/**
 * The date a duration points to from the date the text mentioned before it (`reference`, a TIMEX
 * value such as `1956`, `1961-10`, `1974-07-22`): "two years later" after 1956 is 1958. `text` is the
 * duration as tagged ("Zwei Jahre später" or "Two years"), `after` what follows it. Null when the
 * duration is not read from a mentioned date.
 */
export function relativeDate(value: string, text: string, after: string, lang: Language, reference: string | null): EventDate | null {
  const last = text.trim().split(/\s+/).pop() ?? '';
  const follows = after.trimStart();
  const sign = LATER[lang].test(last) || LATER[lang].test(follows) ? 1 : EARLIER[lang].test(last) || EARLIER[lang].test(follows) ? -1 : 0;
  const m = /^P(\d+)([YMWD])$/.exec(value);
  const r = reference ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dW])/.exec(reference) : null;
  if (!sign || !m || !r) return null;
  const n = sign * Number(m[1]);
  const [y, mo, d] = [Number(r[1]), r[2] ? Number(r[2]) : null, r[3] ? Number(r[3]) : null];
  // At the duration's own precision: "two years later" after 3 March 1956 is 1958, not 3 March 1958.
  if (m[2] === 'Y') return { start: { value: year(y + n), precision: 'year' }, end: null, approximate: false };
  if (m[2] === 'M' && mo) {
    const c = addMonths(y, mo, 1, n);
    return { start: month(c.year, c.month), end: null, approximate: false };
  }
  if ((m[2] === 'W' || m[2] === 'D') && mo && d) {
    return { start: day(partsToValue(addDays(y, mo, d, (m[2] === 'W' ? 7 : 1) * n), 'day')), end: null, approximate: false };
  }
  // A reference coarser than the unit ("three months after" a year): that year or month, approximate.
  const days = { M: 30, W: 7, D: 1 }[m[2] as 'M' | 'W' | 'D'] * n;
  if (mo) {
    const c = addDays(y, mo, 15, days);
    return { start: month(c.year, c.month), end: null, approximate: true };
  }
  return { start: { value: year(addDays(y, 7, 1, days).year), precision: 'year' }, end: null, approximate: true };
}

/**
 * The event date a TIMEX3 value denotes, or null when it is not a usable date: durations and
 * sets, unresolved values (`XXXX-10-23`), vague references (`PAST_REF`, `FUTURE_REF`).
 * `PRESENT_REF` ("derzeit", "now") is the publication day, marked approximate.
 */
export function timexToDate(value: string, type: string, dct: string | null): EventDate | null {
  if (type === 'DURATION' || type === 'SET') return null;
  if (value === 'PRESENT_REF') return dct ? { start: day(dct), end: null, approximate: true } : null;
  let m: RegExpExecArray | null;
  // Day, possibly with a time or a part of day: 2024-10-23, 2024-10-23T14:30, 2024-10-23TMO
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T[A-Z]{2})?/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    if (m[4] !== undefined && Number(m[4]) < 24 && Number(m[5]) < 60) {
      return { start: { value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`, precision: 'minute' }, end: null, approximate: false };
    }
    return { start: day(`${m[1]}-${m[2]}-${m[3]}`), end: null, approximate: false };
  }
  // ISO week, or its weekend: 2024-W43, 2024-W43-WE
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const first = isoWeekStart(Number(m[1]), Number(m[2]));
    const [a, b] = m[3] ? [first + 5, first + 6] : [first, first + 6];
    return { start: day(dayValue(a)), end: day(dayValue(b)), approximate: false };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? { start: month(Number(m[1]), mo), end: null, approximate: false } : null;
  }
  // Quarters, halves, seasons: month ranges; seasons are fuzzy at their edges.
  if ((m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const ranges: Record<string, [number, number, number, number]> = {
      Q1: [y, 1, y, 3], Q2: [y, 4, y, 6], Q3: [y, 7, y, 9], Q4: [y, 10, y, 12], H1: [y, 1, y, 6], H2: [y, 7, y, 12],
      SP: [y, 3, y, 5], SU: [y, 6, y, 8], FA: [y, 9, y, 11], AU: [y, 9, y, 11], WI: [y, 12, y + 1, 2],
    };
    const r = ranges[m[2]!]!;
    return { start: month(r[0], r[1]), end: month(r[2], r[3]), approximate: /SP|SU|FA|AU|WI/.test(m[2]!) };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: { value: m[1]!, precision: 'year' }, end: null, approximate: false };
  // Years before Christ as TIMEX2 writes them (BC0044 = 44 BCE = astronomical year -43).
  if ((m = /^BC(\d{4})$/.exec(value))) return { start: { value: year(1 - Number(m[1])), precision: 'year' }, end: null, approximate: false };
  // Decade (199) and century (19): year ranges.
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return { start: { value: year(y), precision: 'year' }, end: { value: year(y + 9), precision: 'year' }, approximate: true };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    return { start: { value: year(y), precision: 'year' }, end: { value: year(y + 99), precision: 'year' }, approximate: true };
  }
  return null;
}

/** How specific a date is, to prefer "am 23. Oktober" over "2024" in the same clause. */
export function specificity(d: EventDate): number {
  const p = { year: 1, month: 2, day: 4, minute: 5 }[d.start.precision];
  return d.end ? p - 1 : p;
}

/** The day value of a date at day precision or finer (`2024-10-25`), else null. */
export function dayOf(d: ChronikDate | null | undefined): string | null {
  return d && (d.precision === 'day' || d.precision === 'minute') ? d.value.slice(0, 10) : null;
}

/** Days between two dates, 0 when their periods overlap ("October 2024" and "23 Oct 2024"). */
export function dayDistance(a: ChronikDate, b: ChronikDate, aEnd?: ChronikDate | null, bEnd?: ChronikDate | null): number {
  const [a0, a1] = [sortKey(a, 'start'), sortKey(aEnd ?? a, 'end')];
  const [b0, b1] = [sortKey(b, 'start'), sortKey(bEnd ?? b, 'end')];
  const gap = Math.max(0, b0 - a1, a0 - b1);
  return Math.floor(gap / 1440);
}
