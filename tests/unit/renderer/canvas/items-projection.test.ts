import { describe, expect, it } from 'vitest';
import { testEvent } from '../../../helpers/events';
import { MIN_BAR_PX, toItem } from '../../../../renderer/src/canvas/timeline-items';
import { calendarProjection, deepProjection, deepTicks, DEEP_BOUNDS, needsDeepTime } from '../../../../core/canvas/projection';
import { yearStartKey } from '../../../../core/dates';

const DAY = 86_400_000;
const year = yearStartKey;

describe('points and ranges', () => {
  it('draws a moment as a point and an event with an end, a month or a year as a range', () => {
    const opts = { locale: 'en' as const, hasLanes: false, msPerPixel: DAY / 200 };
    expect(toItem({ ...testEvent({ id: 1, title: 'Statement', start: '2024-10-23' }), sourceCount: 1 }, opts).type).toBe('point');
    expect(toItem({ ...testEvent({ id: 2, title: 'Talks at noon', start: '2024-10-23T12:00' }), sourceCount: 1 }, opts).type).toBe('point');
    const range = toItem({ ...testEvent({ id: 3, title: 'Summit', start: '2024-10-22', end: { value: '2024-10-24', precision: 'day' } }), sourceCount: 1 }, opts);
    expect(range.type).toBe('range');
    expect(range.end!.getTime() - range.start.getTime()).toBeCloseTo(3 * DAY, -4);
    expect(toItem({ ...testEvent({ id: 4, title: 'Drill', start: '2024-10' }), sourceCount: 1 }, opts).type).toBe('range');
  });

  it('keeps a range of a few pixels as a bar of a minimum width', () => {
    const e = { ...testEvent({ id: 5, title: 'One-day strike', start: '2024-10-22', end: { value: '2024-10-22', precision: 'day' } }), sourceCount: 1 };
    const tiny = toItem(e, { locale: 'en', hasLanes: false, msPerPixel: DAY });
    expect(tiny.type).toBe('box');
    expect(tiny.barPx).toBe(MIN_BAR_PX);
  });

  it('draws a short range as a real range while it is selected, so its edges can be dragged', () => {
    const e = { ...testEvent({ id: 6, title: 'One-day strike', start: '2024-10-22', end: { value: '2024-10-22', precision: 'day' } }), sourceCount: 1 };
    const selected = toItem(e, { locale: 'en', hasLanes: false, msPerPixel: DAY / 10, selected: new Set([6]) });
    expect(selected.type).toBe('range');
    expect(selected.className).toContain('short-range-selected');
    expect(selected.end!.getTime() - selected.start.getTime()).toBeCloseTo(DAY, -4);
    expect(toItem(e, { locale: 'en', hasLanes: false, msPerPixel: DAY / 10, selected: new Set([7]) }).type).toBe('box');
  });
});

describe('the deep-time projection', () => {
  it('is chosen for deep-time years and for spans of more than 5,000 years, not for ordinary history', () => {
    expect(needsDeepTime(year(-13_799_999_999), year(2024))).toBe(true);
    expect(needsDeepTime(year(-11_999), year(2024))).toBe(true);
    expect(needsDeepTime(year(-43), year(2024))).toBe(false);
    expect(needsDeepTime(year(1914), year(2024))).toBe(false);
  });

  it('places years linearly, in order, inside what a JS Date can hold', () => {
    const bigBang = deepProjection.start({ value: '-13799999999', precision: 'year' });
    const dinosaurs = deepProjection.start({ value: '-65999999', precision: 'year' });
    const now = deepProjection.start({ value: '2024', precision: 'year' });
    expect(bigBang).toBeLessThan(dinosaurs);
    expect(dinosaurs).toBeLessThan(now);
    // Linear: 66 million years ago is 66/13,800 of the way back from now.
    expect((now - dinosaurs) / (now - bigBang)).toBeCloseTo(66e6 / 13.8e9, 6);
    expect(Number.isNaN(new Date(bigBang).getTime())).toBe(false);
    expect(Number.isNaN(new Date(DEEP_BOUNDS.min).getTime())).toBe(false);
    expect(deepProjection.msToKey(-9e15)).toBe(DEEP_BOUNDS.min);
    // The calendar projection stays exact in ordinary time.
    expect(new Date(calendarProjection.start({ value: '2024-10-23', precision: 'day' })).toISOString()).toBe('2024-10-23T00:00:00.000Z');
  });

  it('labels the axis with round counts of years in one unit, placed where those years are', () => {
    const from = deepProjection.keyToMs(year(-13_999_999_999));
    const to = deepProjection.keyToMs(year(2024));
    const ticks = deepTicks(from, to, 900, 'en');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(9);
    expect(ticks.map((t) => t.label)).toContain('10 Ga');
    expect(ticks.every((t) => / Ga$/.test(t.label))).toBe(true);
    const ten = ticks.find((t) => t.label === '10 Ga')!;
    expect(ten.x / 900).toBeCloseTo(4 / 14, 2);
    const zoomed = deepTicks(deepProjection.keyToMs(year(-80_000_000)), deepProjection.keyToMs(year(-50_000_000)), 900, 'de');
    expect(zoomed.map((t) => t.label)).toEqual(['80 Mio. J.', '75 Mio. J.', '70 Mio. J.', '65 Mio. J.', '60 Mio. J.', '55 Mio. J.']);
  });
});
