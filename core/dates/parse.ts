import { daysInMonth, partsToValue, valueToParts } from './calendar';
import { parseYearsAgo } from './deep-time';
import { isDeepYear, MAX_YEAR, type ChronikDate, type DateParts, type Precision } from './model';
import type { Language } from '../language';
import { APPROX_WORDS, MONTH_LOOKUP } from './names';

export type ParseResult = { ok: true; date: ChronikDate } | { ok: false; message: string };

/** Which comes first in a numeric date with slashes: day (03/04/2024 = 3 April) or month (March 4). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Numeric dates with slashes, as the parser reads them: first number, second number. */
export const SLASH_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/;

export interface ParseOptions {
  /** Decides `10/11/2024` (month first in English, day first in German) and the language of messages. */
  locale?: Language;
  /** Reads every slash date in this order (a file's dates), instead of by language and value. */
  slashOrder?: DateOrder;
}

const EXAMPLES = '2024-10-23, 23.10.2024, Oct 23, 2024, Oktober 2024, 44 BC';

/** Why a date cannot be read; the message follows the locale asked for (English by default). */
type Why =
  | { key: 'yearRange' } | { key: 'noMonth'; n: number } | { key: 'noDay'; n: number } | { key: 'noHour'; n: number }
  | { key: 'noMinute'; n: number } | { key: 'unknownMonth'; word: string } | { key: 'bceYear' }
  | { key: 'deepPrecision' } | { key: 'tooRecent' };

const MESSAGES: Record<Language, { malformed: string; required: string; why: { [K in Why['key']]: string } }> = {
  en: {
    malformed: 'Malformed date "{input}"{why} (expected e.g. {examples})',
    required: 'A date is required (expected e.g. {examples})',
    why: {
      yearRange: 'the year is out of range', noMonth: 'there is no month {n}', noDay: 'day {n} does not exist in that month',
      noHour: 'there is no hour {n}', noMinute: 'there is no minute {n}', unknownMonth: 'unknown month "{word}"',
      bceYear: 'a BCE year must be 1 or more',
      deepPrecision: 'years before 100,000 BC (or after 99,999) are known to the year only',
      tooRecent: '“years ago” is read from 100,000 years on; give a year such as 12,000 BC',
    },
  },
  de: {
    malformed: 'Kein gültiges Datum: „{input}“{why} (erwartet z. B. {examples})',
    required: 'Ein Datum ist nötig (z. B. {examples})',
    why: {
      yearRange: 'das Jahr liegt außerhalb des Bereichs', noMonth: 'einen Monat {n} gibt es nicht', noDay: 'den Tag {n} gibt es in diesem Monat nicht',
      noHour: 'eine Stunde {n} gibt es nicht', noMinute: 'eine Minute {n} gibt es nicht', unknownMonth: 'unbekannter Monat „{word}“',
      bceYear: 'ein Jahr v. Chr. muss 1 oder größer sein',
      deepPrecision: 'Jahre vor 100.000 v. Chr. (oder nach 99.999) gibt es nur als Jahr',
      tooRecent: '„vor … Jahren“ gilt ab 100.000 Jahren; sonst ein Jahr angeben, z. B. 12.000 v. Chr.',
    },
  },
};

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

function fail(input: string, locale: Language, why?: Why): ParseResult {
  const m = MESSAGES[locale];
  const reason = why ? `: ${fill(m.why[why.key], why as unknown as Record<string, string | number>)}` : '';
  return { ok: false, message: fill(m.malformed, { input, why: reason, examples: EXAMPLES }) };
}

function build(input: string, locale: Language, parts: DateParts, precision: Precision, approximate: boolean, uncertain: boolean): ParseResult {
  const { year, month, day, hour, minute } = parts;
  if (!Number.isInteger(year) || Math.abs(year) > MAX_YEAR) return fail(input, locale, { key: 'yearRange' });
  if (isDeepYear(year) && precision !== 'year') return fail(input, locale, { key: 'deepPrecision' });
  if (month !== undefined && (month < 1 || month > 12)) return fail(input, locale, { key: 'noMonth', n: month });
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) {
    return fail(input, locale, { key: 'noDay', n: day });
  }
  if (hour !== undefined && (hour < 0 || hour > 23)) return fail(input, locale, { key: 'noHour', n: hour });
  if (minute !== undefined && (minute < 0 || minute > 59)) return fail(input, locale, { key: 'noMinute', n: minute });
  const date: ChronikDate = { value: partsToValue(parts, precision), precision };
  if (approximate) date.approximate = true;
  if (uncertain) date.uncertain = true;
  date.original = input;
  return { ok: true, date };
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function monthNumber(word: string): number | undefined {
  return MONTH_LOOKUP.get(word.toLowerCase().replace(/\.$/, ''));
}

function time(h?: string, m?: string, ampm?: string): { hour: number; minute: number } | undefined {
  if (h === undefined) return undefined;
  let hour = Number(h);
  const minute = Number(m ?? 0);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return { hour, minute };
}

const TIME = String.raw`(?:,?\s*(?:um\s+|at\s+)?(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.|uhr)?)?`;
const MONTH_WORD = String.raw`([A-Za-zÄÖÜäöüß]{3,10}\.?)`;

type Rule = (m: RegExpExecArray, o: ParseOptions) => { parts: DateParts; precision: Precision } | Why | null;

/** Tried in order; each matches the whole (trimmed, flag-stripped) input. */
const RULES: Array<[RegExp, Rule]> = [
  // EDTF long years: Y-13799999999, Y170000002 (astronomical, like ISO)
  [/^Y(-?\d{5,11})$/, (m) => ({ parts: { year: Number(m[1]) }, precision: 'year' })],
  // ISO 8601 / EDTF: 2024, 2024-10, 2024-10-23, 2024-10-23T14:30[:ss][Z|±hh:mm], -0043, -65999999
  [/^(-?\d{4,11})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/, (m) => {
    const year = Number(m[1]);
    if (m[2] === undefined) return { parts: { year }, precision: 'year' };
    if (m[3] === undefined) return { parts: { year, month: Number(m[2]) }, precision: 'month' };
    if (m[4] === undefined) return { parts: { year, month: Number(m[2]), day: Number(m[3]) }, precision: 'day' };
    return { parts: { year, month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) }, precision: 'minute' };
  }],
  // German numeric: 23.10.2024, 23.10.24, 23.10.2024 14:30
  [new RegExp(String.raw`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})${TIME}$`, 'i'), (m) => {
    const t = time(m[4], m[5], m[6]?.toLowerCase() === 'uhr' ? undefined : m[6]);
    const parts: DateParts = { year: twoDigitYear(m[3]!), month: Number(m[2]), day: Number(m[1]), ...t };
    return { parts, precision: t ? 'minute' : 'day' };
  }],
  // Slashes: 10/23/2024 (en) or 23/10/2024 (de, or when the first number cannot be a month)
  [new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`, 'i'), (m, o) => {
    let a = Number(m[1]);
    let b = Number(m[2]);
    const dayFirst = o.slashOrder ? o.slashOrder === 'dmy' : o.locale === 'de' || a > 12;
    if (!dayFirst) [a, b] = [b, a];
    const t = time(m[4], m[5], m[6]);
    return { parts: { year: twoDigitYear(m[3]!), month: b, day: a, ...t }, precision: t ? 'minute' : 'day' };
  }],
  // 23. Oktober 2024, 23 October 2024, 23 Oct. 2024 [14:30]
  [new RegExp(String.raw`^(\d{1,2})\.?\s+${MONTH_WORD}\s+(\d{1,5})${TIME}$`, 'i'), (m) => {
    const month = monthNumber(m[2]!);
    if (!month) return { key: 'unknownMonth', word: m[2]! };
    const t = time(m[4], m[5], m[6]);
    return { parts: { year: Number(m[3]), month, day: Number(m[1]), ...t }, precision: t ? 'minute' : 'day' };
  }],
  // Oct 23, 2024 / October 23rd 2024 [2:30 pm]
  [new RegExp(String.raw`^${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,5})${TIME}$`, 'i'), (m) => {
    const month = monthNumber(m[1]!);
    if (!month) return { key: 'unknownMonth', word: m[1]! };
    const t = time(m[4], m[5], m[6]);
    return { parts: { year: Number(m[3]), month, day: Number(m[2]), ...t }, precision: t ? 'minute' : 'day' };
  }],
  // Oktober 2024, Oct. 2024, October, 2024
  [new RegExp(String.raw`^${MONTH_WORD},?\s+(\d{1,5})$`, 'i'), (m) => {
    const month = monthNumber(m[1]!);
    if (!month) return { key: 'unknownMonth', word: m[1]! };
    return { parts: { year: Number(m[2]), month }, precision: 'month' };
  }],
  // a bare year of 1–3 digits (AD 79); four-digit years are handled by the ISO rule
  [/^(\d{1,3})$/, (m) => ({ parts: { year: Number(m[1]) }, precision: 'year' })],
  // a year with thousands separators, as in "12,000 BC", "12.000 v. Chr.", "13,800,000,000 BC"
  [/^(\d{1,3}(?:([,.\u00a0\u202f ])\d{3})(?:\2\d{3})*)$/, (m) => ({ parts: { year: Number(m[1]!.replace(/\D/g, '')) }, precision: 'year' })],
];

const BCE_RE = /\s*(?:v\.\s?Chr\.?|vor Christus|v\.\s?u\.\s?Z\.?|BCE|B\.C\.E\.|BC|B\.C\.)$/i;
const CE_RE = /\s*(?:n\.\s?Chr\.?|nach Christus|CE|AD|A\.D\.)$|^(?:AD|A\.D\.)\s+/i;

/**
 * Reads a date as a user types it or an article writes it: ISO 8601 / EDTF (`2024-10-23`,
 * `2024-10~`, `-0043`, `Y-13799999999`), German (`23.10.2024`, `23. Oktober 2024`, `Oktober 2024`),
 * English (`Oct 23, 2024`, `23 October 2024`, `October 2024`), with BCE markers (`44 BC`,
 * `12.000 v. Chr.`), deep time (`13.8 billion years ago`, `vor 66 Millionen Jahren`, `66 Ma`)
 * and approximation words (`ca.`, `about`, `~`). The input is kept as `original`.
 */
export function parseDate(input: string, options: ParseOptions = {}): ParseResult {
  const original = input;
  const locale = options.locale ?? 'en';
  let s = input.trim().replace(/\s+/g, ' ');
  if (!s) return { ok: false, message: fill(MESSAGES[locale].required, { examples: EXAMPLES }) };
  let approximate = false;
  let uncertain = false;
  // EDTF qualifiers at the end: ~ approximate, ? uncertain, % both
  const q = /([~?%])$/.exec(s);
  if (q) {
    s = s.slice(0, -1).trim();
    if (q[1] !== '?') approximate = true;
    if (q[1] !== '~') uncertain = true;
  }
  const lower = s.toLowerCase();
  for (const w of APPROX_WORDS) {
    if (lower.startsWith(w + ' ') || (w === '~' && lower.startsWith('~'))) {
      approximate = true;
      s = s.slice(w.length).trim();
      break;
    }
  }
  const ago = parseYearsAgo(s, locale);
  if (ago) {
    if (!ago.ok) return fail(original, locale, { key: ago.why });
    return build(original.trim(), locale, { year: ago.year }, 'year', approximate, uncertain);
  }
  let bce = false;
  if (BCE_RE.test(s)) {
    bce = true;
    s = s.replace(BCE_RE, '').trim();
  } else if (CE_RE.test(s)) {
    s = s.replace(CE_RE, '').trim();
  }
  for (const [re, rule] of RULES) {
    const m = re.exec(s);
    if (!m) continue;
    const r = rule(m, options);
    if (r === null) continue;
    if ('key' in r) return fail(original, locale, r);
    if (bce) {
      if (r.parts.year < 1) return fail(original, locale, { key: 'bceYear' });
      r.parts.year = 1 - r.parts.year; // 1 BCE is astronomical year 0
    }
    return build(original.trim(), locale, r.parts, r.precision, approximate, uncertain);
  }
  return fail(original, locale);
}

/** Checks a ChronikDate object that arrived as data: its value must be well-formed at its precision. */
export function checkDate(date: ChronikDate): string | null {
  const r = valueToParts(date.value);
  if (!r) return `Malformed date value "${date.value}" (expected e.g. ${EXAMPLES})`;
  if (r.precision !== date.precision) return `Date "${date.value}" does not have precision "${date.precision}"`;
  return null;
}

/** A plain copy of a date with only the fields that are set, in a fixed order. */
export function cleanDate(d: ChronikDate): ChronikDate {
  const out: ChronikDate = { value: d.value, precision: d.precision };
  if (d.approximate) out.approximate = true;
  if (d.uncertain) out.uncertain = true;
  if (d.original) out.original = d.original;
  return out;
}
