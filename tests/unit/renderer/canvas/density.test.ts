import { describe, expect, it } from 'vitest';
import { bucketAt, bucketLabel, countIn, pickLabels, shortCount } from '../../../../renderer/src/canvas/density';
import { needsLoad } from '../../../../renderer/src/canvas/window-loader';
import { spanFor } from '../../../../core/canvas/first-view';

const DAY = 1440;
const b = { origin: 0, width: 7 * DAY, counts: [3, 0, 5, 1] };

describe('count bars', () => {
  it('find the bucket under a time and count the buckets that overlap a view', () => {
    expect(bucketAt(b, 0)).toBe(0);
    expect(bucketAt(b, 7 * DAY - 1)).toBe(0);
    expect(bucketAt(b, 14 * DAY)).toBe(2);
    expect(bucketAt(b, -1)).toBe(-1);
    expect(bucketAt(b, 28 * DAY)).toBe(-1);
    expect(countIn(b, 8 * DAY, 15 * DAY)).toBe(5);
    expect(countIn(b, 0, 28 * DAY)).toBe(9);
  });

  it('name their period and write large counts short', () => {
    const week = { origin: 28_000_000 - (28_000_000 % (7 * DAY)), width: 7 * DAY, counts: [1] };
    expect(bucketLabel(week, 0, 'en')).toMatch(/^\d+ \w+ \d{4} – \d+ \w+ \d{4}$/);
    expect(bucketLabel({ origin: 26150400, width: 57600, counts: [1] }, 0, 'en')).toBe('September 2019 – October 2019');
    expect([999, 1234, 12_345, 2_500_000].map(shortCount)).toEqual(['999', '1.2k', '12k', '2.5M']);
  });

  it('label the best events that fit beside each other', () => {
    const c = [{ id: 1, x: 100, width: 80 }, { id: 2, x: 150, width: 80 }, { id: 3, x: 300, width: 50 }, { id: 4, x: 10, width: 50 }];
    expect(pickLabels(c, 10).map((x) => x.id)).toEqual([1, 3, 4]);
    expect(pickLabels(c, 2).map((x) => x.id)).toEqual([1, 3]);
  });
});

describe('the loaded window', () => {
  it('spans three views and is asked for again when the view leaves it, the zoom changes much, or the question does', () => {
    expect(spanFor(1000, 2000)).toEqual({ fromMs: 0, toMs: 3000 });
    const loaded = { fromMs: 0, toMs: 3000, scale: 10, context: 'a' };
    expect(needsLoad(null, 1000, 2000, 10, 'a')).toBe(true);
    expect(needsLoad(loaded, 1500, 2500, 10, 'a')).toBe(false);
    expect(needsLoad(loaded, 2500, 3500, 10, 'a')).toBe(true);
    expect(needsLoad(loaded, 1000, 2000, 12, 'a')).toBe(false);
    expect(needsLoad(loaded, 1000, 2000, 20, 'a')).toBe(true);
    expect(needsLoad(loaded, 1000, 2000, 10, 'b')).toBe(true);
  });
});
