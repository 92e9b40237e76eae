/**
 * Deep time: geological and cosmological years ("66 million years ago", "13.8 Ga"). Such years
 * are kept like any other year (astronomical numbering, integer sort keys in minutes since 1970)
 * and are known to the year at best. Here they are read from what people write, labelled for
 * readers, and laid out on an axis — without ever building a JS Date, which ends at ±271,821.
 *
 * "Years ago" counts years before the common era, as TimelineJS does: the two thousand years
 * between that and "before present" are far below what a deep-time date can know, so the forms
 * that say "ago" are read only from 100,000 years on (below that, give a year: "12,000 BC").
 */
import { isDeepYear, DEEP_YEAR, MAX_YEAR } from './model';
import type { Language } from '../language';
import { yearStartKey, yearOfKey } from './calendar';

const SEP: Record<Language, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
};

/** Digits grouped by thousands in the locale's way: 13,800,000 (en), 13.800.000 (de). */
export function groupDigits(n: number, locale: Language): string {
  const s = String(Math.abs(Math.trunc(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, SEP[locale].group);
  return n < 0 ? `-${grouped}` : grouped;
}

/** A number with up to `decimals` decimals, trailing zeros dropped, in the locale's notation. */
function decimal(n: number, decimals: number, locale: Language): string {
  const fixed = n.toFixed(decimals).replace(/\.?0+$/, '');
  const [int, frac] = fixed.split('.');
  return frac ? `${groupDigits(Number(int), locale)}${SEP[locale].decimal}${frac}` : groupDigits(Number(int), locale);
}

/** Years before the common era of an astronomical year (year 0 is 1 BCE). */
export const yearsBce = (year: number): number => 1 - year;

const LONG_UNITS: Record<Language, { billion: [string, string]; million: [string, string] }> = {
  en: { billion: ['billion', 'billion'], million: ['million', 'million'] },
  de: { billion: ['Milliarde', 'Milliarden'], million: ['Million', 'Millionen'] },
};

/**
 * A deep-time year for readers: "13.8 billion years ago", "66 million years ago",
 * "250,000 years ago" (German "vor 13,8 Milliarden Jahren"). A count that the rounded forms
 * cannot carry exactly is written out in full ("66,038,123 years ago"). Years of the far
 * future ("250,000 CE") are written as numbers.
 */
export function deepYearLabel(year: number, locale: Language = 'en'): string {
  if (year > 0) return locale === 'de' ? `${groupDigits(year, locale)} n. Chr.` : `${groupDigits(year, locale)} CE`;
  const n = yearsBce(year);
  const U = LONG_UNITS[locale];
  let amount: string;
  if (n >= 1e9 && n % 1e6 === 0) {
    const v = n / 1e9;
    amount = `${decimal(v, 3, locale)} ${U.billion[v === 1 ? 0 : 1]}`;
  } else if (n >= 1e6 && n % 1e3 === 0) {
    const v = n / 1e6;
    amount = `${decimal(v, 3, locale)} ${U.million[v === 1 ? 0 : 1]}`;
  } else {
    amount = groupDigits(n, locale);
  }
  return locale === 'de' ? `vor ${amount} Jahren` : `${amount} years ago`;
}

/** A calendar year as a label: "2024", "44 BC", "12,000 BC"; deep years as deepYearLabel. */
export function yearLabel(year: number, locale: Language = 'en'): string {
  if (isDeepYear(year)) return deepYearLabel(year, locale);
  if (year >= 1) return String(year);
  const bce = yearsBce(year);
  const n = bce >= 10_000 ? groupDigits(bce, locale) : String(bce);
  return locale === 'de' ? `${n} v. Chr.` : `${n} BC`;
}

// ---------------------------------------------------------------- reading

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(?:thousand|tausend|tsd\.?|k)$/i, 1e3],
  [/^(?:million|millions|millionen|mio\.?|m)$/i, 1e6],
  [/^(?:billion|billions|milliarde|milliarden|mrd\.?|bn|b)$/i, 1e9],
];
/** Geologists' compact units, which already say "ago": 66 Ma, 13.8 Ga, 250 ka. */
const COMPACT: Array<[RegExp, number]> = [
  [/^(?:ka|kya|kyr|kyrs)$/i, 1e3],
  [/^(?:ma|mya|myr|myrs)$/i, 1e6],
  [/^(?:ga|bya|gyr|gyrs)$/i, 1e9],
];

/** Reads "13.8", "13,8", "250,000", "250.000" with the locale deciding what a lone separator means. */
function readNumber(text: string, locale: Language): number | null {
  const t = text.replace(/[\u00a0\u202f ']/g, (c) => (c === "'" ? SEP[locale].group : ''));
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const seps = [...t.matchAll(/[.,]/g)].map((m) => m[0]);
  let intPart = t;
  let frac = '';
  if (seps.length) {
    const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
    const kinds = new Set(seps);
    const tail = t.slice(last + 1);
    // The last separator is a decimal point when both kinds occur, or when it cannot group thousands.
    const isDecimal = kinds.size > 1 || tail.length !== 3 || (seps.length === 1 && t[last] === SEP[locale].decimal);
    if (isDecimal) {
      intPart = t.slice(0, last);
      frac = tail;
    }
    intPart = intPart.replace(/[.,]/g, '');
    if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  }
  return Number(`${intPart}${frac ? '.' + frac : ''}`);
}

export type YearsAgo = { ok: true; year: number } | { ok: false; why: 'tooRecent' | 'yearRange' } | null;

/**
 * Reads a deep-time phrase: "13.8 billion years ago", "vor 66 Millionen Jahren", "66 Ma",
 * "2.5 Ga", "250 ka", "300,000 years ago", "66 mya". Null when the text is not such a phrase.
 */
export function parseYearsAgo(input: string, locale: Language = 'en'): YearsAgo {
  const s = input.trim().replace(/\s+/g, ' ');
  let m = /^vor (.+?) jahren$/i.exec(s);
  let body: string | null = m ? m[1]! : null;
  let compact = false;
  if (!body) {
    m = /^(.+?) (?:years|yrs|year|jahre)(?: ago| before present| bp| vor heute)$/i.exec(s) ?? /^(.+?) (?:ago|bp)$/i.exec(s);
    body = m ? m[1]! : null;
  }
  if (!body) {
    body = s;
    compact = true;
  }
  const words = body.split(' ');
  let mult = 1;
  let numberText = body;
  const unitWord = words.length > 1 ? words[words.length - 1]! : null;
  const glued = /^([\d.,]+)([a-z]+\.?)$/i.exec(body);
  const unit = unitWord ?? glued?.[2] ?? null;
  if (unit) {
    const table = compact ? COMPACT : [...MULTIPLIERS, ...COMPACT];
    const hit = table.find(([re]) => re.test(unit));
    if (!hit) return null;
    mult = hit[1];
    numberText = unitWord ? words.slice(0, -1).join(' ') : glued![1]!;
  } else if (compact) {
    return null;
  }
  const n = readNumber(numberText, locale);
  if (n === null) return null;
  const years = Math.round(n * mult);
  if (years < DEEP_YEAR) return { ok: false, why: 'tooRecent' };
  if (years > MAX_YEAR) return { ok: false, why: 'yearRange' };
  return { ok: true, year: 1 - years };
}

// ---------------------------------------------------------------- the axis

/** The unit an axis writes its labels in, chosen from its tick step so every label uses the same one. */
type AxisUnit = 'Ga' | 'Ma' | 'ka' | 'year';
const SHORT: Record<Language, Record<Exclude<AxisUnit, 'year'>, string>> = {
  en: { Ga: 'Ga', Ma: 'Ma', ka: 'ka' },
  de: { Ga: 'Mrd. J.', Ma: 'Mio. J.', ka: 'Tsd. J.' },
};
const UNIT_SIZE = { Ga: 1e9, Ma: 1e6, ka: 1e3 } as const;

function axisUnit(stepYears: number): AxisUnit {
  if (stepYears >= 1e8) return 'Ga';
  if (stepYears >= 1e5) return 'Ma';
  if (stepYears >= 1e4) return 'ka';
  return 'year';
}

/**
 * A short axis label for a tick year, in a unit that suits the tick step, so one axis speaks one
 * unit: steps of 100 million years and more in Ga, of 100,000 in Ma, of 10,000 in ka (German
 * "13,8 Mrd. J.", "66 Mio. J.", "250 Tsd. J."), finer steps as years ("12,000 BC", "44 BC", "2024").
 * Pure, for the canvas and the briefing figure alike.
 */
export function formatAxisLabel(year: number, stepYears: number, locale: Language = 'en'): string {
  const unit = axisUnit(stepYears);
  if (unit === 'year') {
    if (!isDeepYear(year)) return yearLabel(year, locale);
    // Short even in deep time: "150,000 BC" rather than "150,000 years ago".
    if (year > 0) return groupDigits(year, locale);
    return `${groupDigits(yearsBce(year), locale)} ${locale === 'de' ? 'v. Chr.' : 'BC'}`;
  }
  // Both sides count as readers number years: 20,000 BC is "20 ka", the year 20,000 "in 20 ka"
  // (counting the years elapsed since the start of year 1 would label the tick on the year 20,000
  // "in 19.999 ka"). The tick at the boundary of the eras (the start of year 1) reads as 0.
  const ago = year > 1 ? -year : year === 1 ? 0 : yearsBce(year);
  const v = Math.abs(ago) / UNIT_SIZE[unit];
  // The future side of a deep-time axis (room beside the last event) counts forward: "in 5 Ga".
  return `${ago < 0 ? 'in ' : ''}${decimal(v, 3, locale)} ${SHORT[locale][unit]}`;
}

export interface AxisTick {
  /** Sort key (minutes since 1970) of the tick: the first minute of its year. */
  key: number;
  /** Astronomical year of the tick. */
  year: number;
  label: string;
  /** Ticks on a round power of ten (every 10th, 5th or 2nd tick), drawn stronger. */
  major: boolean;
}

const NICE = [1, 2, 5];

/**
 * Year ticks for any span of sort keys, from a decade to the age of the universe: the finest
 * step of 1, 2 or 5 × 10^k years that gives at most `maxTicks` ticks, placed on round counts of
 * years before or after the common era, with labels from formatAxisLabel. Never builds a JS Date.
 */
export function yearScale(fromKey: number, toKey: number, maxTicks: number, locale: Language = 'en'): { stepYears: number; ticks: AxisTick[] } {
  const a = Math.min(fromKey, toKey);
  const b = Math.max(fromKey, toKey);
  // Historical counting (…, -2 = 2 BCE, -1 = 1 BCE, 1 = 1 CE): round numbers are round for readers.
  const hist = (astro: number) => (astro <= 0 ? astro - 1 : astro);
  const astro = (h: number) => (h < 0 ? h + 1 : Math.max(h, 1));
  const h0 = hist(yearOfKey(a));
  const h1 = hist(yearOfKey(b)) + 1;
  let step = 1;
  let decade = 10;
  search: for (let p = 1; p <= 1e10; p *= 10) {
    for (const n of NICE) {
      step = n * p;
      decade = 10 * p;
      if ((h1 - h0) / step <= Math.max(1, maxTicks)) break search;
    }
  }
  const ticks: AxisTick[] = [];
  for (let h = Math.ceil(h0 / step) * step; h <= h1; h += step) {
    const year = astro(h);
    const key = yearStartKey(year);
    if (key < a || key > b) continue;
    ticks.push({ key, year, label: formatAxisLabel(year, step, locale), major: h % decade === 0 });
  }
  return { stepYears: step, ticks };
}
