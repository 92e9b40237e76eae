import { describe, expect, it } from 'vitest';
import { instantToSortKey, parseDate, sortKey, sortKeyToInstant, toUtcDate, type ChronikDate } from '../../../../core/dates';

const d = (s: string): ChronikDate => {
  const r = parseDate(s);
  if (!r.ok) throw new Error(r.message);
  return r.date;
};

describe('the sort key of a canvas instant', () => {
  it('is the exact minute in ordinary time, and the deep year back again beyond the edges', () => {
    for (const s of ['2024-10-23', '44 BC', '12,000 BC', '1 AD']) {
      const date = d(s);
      expect(instantToSortKey(toUtcDate(date, 'start').getTime()), s).toBe(sortKey(date, 'start'));
    }
    for (const s of ['66 Ma', '13.8 billion years ago', '300,000 years ago']) {
      const date = d(s);
      const back = instantToSortKey(toUtcDate(date, 'start').getTime());
      // The stand-in instant is rounded to a millisecond: the year comes back within a hair.
      expect(Math.abs(back - sortKey(date, 'start')) / Math.abs(sortKey(date, 'start')), s).toBeLessThan(1e-6);
    }
  });

  it('maps sort keys to the instants toUtcDate draws', () => {
    for (const s of ['2024-10-23', '44 BC', '66 Ma']) expect(sortKeyToInstant(sortKey(d(s), 'start')), s).toBe(toUtcDate(d(s), 'start').getTime());
  });

  it('keeps the order of instants', () => {
    const xs = [-4e15, -3.2e15, -3.16e15, 0, 1.7e12, 3.16e15, 3.3e15].map(instantToSortKey);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});
