import { describe, expect, it } from 'vitest';
import {
  checkDate, compareDates, formatAxisLabel, formatDate, fromSortKey, parseDate, sortKey, toEdtf, toUtcDate, yearScale, type ChronikDate,
} from '../../../../core/dates';

const parsed = (s: string, locale?: 'de' | 'en') => {
  const r = parseDate(s, { locale });
  if (!r.ok) throw new Error(r.message);
  return r.date;
};
const year = (value: string): ChronikDate => ({ value, precision: 'year' });

describe('deep time: cosmological and geological years', () => {
  it.each([
    ['13.8 billion years ago', 'en', '-13799999999'],
    ['vor 13,8 Milliarden Jahren', 'de', '-13799999999'],
    ['13,8 Mrd. Jahre vor heute', 'de', '-13799999999'],
    ['66 Ma', 'en', '-65999999'],
    ['66 mya', 'en', '-65999999'],
    ['66 million years ago', 'en', '-65999999'],
    ['vor 66 Millionen Jahren', 'de', '-65999999'],
    ['2.5 Ga', 'en', '-2499999999'],
    ['300,000 years ago', 'en', '-299999'],
    ['vor 300.000 Jahren', 'de', '-299999'],
    ['12,000 BC', 'en', '-11999'],
    ['12.000 v. Chr.', 'de', '-11999'],
    ['-13799999999', 'en', '-13799999999'],
    ['Y-13799999999', 'en', '-13799999999'],
  ] as const)('reads “%s” (%s) as the year %s', (input, locale, value) => {
    expect(parsed(input, locale)).toMatchObject({ value, precision: 'year', original: input });
  });

  it('shows deep years as a reader says them, in English and German', () => {
    expect(formatDate(year('-13799999999'), 'en')).toBe('13.8 billion years ago');
    expect(formatDate(year('-13799999999'), 'de')).toBe('vor 13,8 Milliarden Jahren');
    expect(formatDate(year('-65999999'), 'en')).toBe('66 million years ago');
    expect(formatDate(year('-999999'), 'de')).toBe('vor 1 Million Jahren');
    expect(formatDate(year('-999999999'), 'de')).toBe('vor 1 Milliarde Jahren');
    expect(formatDate(year('-299999'), 'en')).toBe('300,000 years ago');
    expect(formatDate(year('-11999'), 'en')).toBe('12,000 BC');
    expect(formatDate(year('-11999'), 'de')).toBe('12.000 v. Chr.');
    // A count the rounded forms cannot carry is written out in full.
    expect(formatDate(year('-66038122'), 'en')).toBe('66,038,123 years ago');
    expect(formatDate({ ...year('-65999999'), approximate: true }, 'de')).toBe('vor ca. 66 Millionen Jahren');
    expect(formatDate({ ...year('-65999999'), approximate: true }, 'en')).toBe('c. 66 million years ago');
  });

  it('keeps deep years to year precision and within ±16 billion years', () => {
    const r = parseDate('-65999999-03');
    expect(!r.ok && r.message).toMatch(/known to the year only/);
    expect(checkDate({ value: '-65999999-03', precision: 'month' })).toMatch(/Malformed/);
    expect(parseDate('20 billion years ago').ok).toBe(false);
    const recent = parseDate('12 ka');
    expect(!recent.ok && recent.message).toMatch(/from 100,000 years on/);
    expect(parseDate('vor 5.000 Jahren', { locale: 'de' }).ok).toBe(false);
  });

  it('sorts the Big Bang before the dinosaurs before Caesar, with exact integer keys', () => {
    const list = [parsed('44 BC'), parsed('66 Ma'), parsed('2024-10-23'), parsed('13.8 billion years ago'), parsed('300,000 years ago')];
    expect([...list].sort(compareDates).map((d) => d.value)).toEqual(['-13799999999', '-65999999', '-299999', '-0043', '2024-10-23']);
    const k = sortKey(parsed('13.8 billion years ago'));
    expect(Number.isSafeInteger(k)).toBe(true);
    expect(Number.isSafeInteger(sortKey(year('-15999999999'), 'end'))).toBe(true);
    // One year more is one year of minutes more, exactly.
    expect(sortKey(year('-13799999998')) - k).toBe(365 * 1440); // not a leap year
    expect(fromSortKey(k)).toEqual({ value: '-13799999999', precision: 'year' });
  });

  it('never hands a JS Date an impossible instant: deep time is squeezed, in order, just beyond 100,000 BC', () => {
    const instants = ['13.8 billion years ago', '66 Ma', '300,000 years ago'].map((s) => toUtcDate(parsed(s)));
    for (const d of instants) {
      expect(Number.isNaN(d.getTime())).toBe(false);
      expect(d.getUTCFullYear()).toBeLessThan(-99_999);
      expect(d.getUTCFullYear()).toBeGreaterThan(-110_000);
    }
    expect(instants.map((d) => d.getTime())).toEqual([...instants.map((d) => d.getTime())].sort((a, b) => a - b));
    expect(toUtcDate(parsed('90,000 BC')).getTime()).toBeGreaterThan(instants[2]!.getTime());
    // Other dates stay exact.
    expect(toUtcDate(parsed('12,000 BC')).getUTCFullYear()).toBe(-11999);
  });

  it('writes long years in EDTF with the Y prefix', () => {
    expect(toEdtf(year('-65999999'))).toBe('Y-65999999');
    expect(toEdtf({ ...year('-0043'), approximate: true })).toBe('-0043~');
  });
});

describe('the deep-time axis', () => {
  const key = (v: string, edge: 'start' | 'end' = 'start') => sortKey(year(v), edge);

  it('labels one axis in one unit: Ga, Ma or ka, by its step', () => {
    expect(formatAxisLabel(-13799999999, 1e9, 'en')).toBe('13.8 Ga');
    expect(formatAxisLabel(-65999999, 1e7, 'en')).toBe('66 Ma');
    expect(formatAxisLabel(-65999999, 1e7, 'de')).toBe('66 Mio. J.');
    expect(formatAxisLabel(-249999, 5e4, 'en')).toBe('250 ka');
    expect(formatAxisLabel(-43, 10, 'en')).toBe('44 BC');
    expect(formatAxisLabel(2024, 1, 'de')).toBe('2024');
  });

  it('counts forward on the future side of a deep-time axis instead of showing negative ages', () => {
    expect(formatAxisLabel(5_000_000_000, 1e9, 'en')).toBe('in 5 Ga');
    expect(formatAxisLabel(5_000_000_000, 1e9, 'de')).toMatch(/^in 5 Mrd\. J\.$/);
    expect(formatAxisLabel(1, 1e9, 'en')).toBe('0 Ga');
  });

  it('finds round ticks from the Big Bang to today, and from the dinosaurs to today', () => {
    const cosmos = yearScale(key('-13799999999'), key('2024', 'end'), 8, 'en');
    expect(cosmos.stepYears).toBe(2e9);
    expect(cosmos.ticks.map((t) => t.label)).toEqual(['12 Ga', '10 Ga', '8 Ga', '6 Ga', '4 Ga', '2 Ga', '0 Ga']);
    const dinos = yearScale(key('-65999999'), key('2024', 'end'), 8, 'de');
    expect(dinos.ticks.map((t) => t.label)).toEqual(['60 Mio. J.', '50 Mio. J.', '40 Mio. J.', '30 Mio. J.', '20 Mio. J.', '10 Mio. J.', '0 Mio. J.']);
    for (const t of dinos.ticks) expect(t.key).toBeGreaterThanOrEqual(key('-65999999'));
    const recent = yearScale(key('1900'), key('2024', 'end'), 8, 'en');
    expect(recent.ticks.map((t) => t.label)).toEqual(['1900', '1920', '1940', '1960', '1980', '2000', '2020']);
  });

  it('gives round ticks round labels on both sides of the era boundary, in ka, Ma and Ga', () => {
    const labels = (from: string, to: string, maxTicks: number, locale: 'en' | 'de' = 'en') =>
      yearScale(key(from), key(to, 'end'), maxTicks, locale).ticks.map((t) => t.label);
    // 50,000 BC to the year 10,000: ka ticks in the past and "in … ka" in the future, never "in 19.999 ka".
    expect(labels('-49999', '20000', 8)).toEqual(['50 ka', '40 ka', '30 ka', '20 ka', '10 ka', '0 ka', 'in 10 ka', 'in 20 ka']);
    expect(labels('-49999', '40000', 5, 'de')).toEqual(['40 Tsd. J.', '20 Tsd. J.', '0 Tsd. J.', 'in 20 Tsd. J.', 'in 40 Tsd. J.']);
    // 66 million years ago to 40 million years ahead.
    expect(labels('-65999999', '40000001', 6)).toEqual(['60 Ma', '40 Ma', '20 Ma', '0 Ma', 'in 20 Ma', 'in 40 Ma']);
    expect(labels('-1999999999', '3000000001', 6)).toEqual(['2 Ga', '1 Ga', '0 Ga', 'in 1 Ga', 'in 2 Ga', 'in 3 Ga']);
    // "in 10 ka" stands where the year 10,000 begins, as "10 ka" stands where 10,000 BC begins.
    const ticks = yearScale(key('-49999'), key('20000', 'end'), 8, 'en').ticks;
    const at = (label: string) => ticks.find((t) => t.label === label)?.key;
    expect(at('in 10 ka')).toBe(key('10000'));
    expect(at('10 ka')).toBe(key('-9999'));
    expect(formatAxisLabel(20000, 1e4, 'en')).toBe('in 20 ka');
    expect(formatAxisLabel(40_000_000, 1e7, 'en')).toBe('in 40 Ma');
  });
});
