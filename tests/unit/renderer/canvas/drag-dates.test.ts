import { describe, expect, it } from 'vitest';
import { dateAt, movedDates, snapInstant } from '../../../../renderer/src/canvas/drag-dates';
import { toUtcDate } from '../../../../core/dates';

const d = (s: string) => new Date(s);

describe('dates from the canvas', () => {
  it('reads the period under an instant at a precision', () => {
    expect(dateAt(d('2024-10-23T17:45:00Z'), 'day')).toEqual({ value: '2024-10-23', precision: 'day' });
    expect(dateAt(d('2024-10-23T17:45:00Z'), 'month')).toEqual({ value: '2024-10', precision: 'month' });
    expect(dateAt(d('2024-10-23T17:45:00Z'), 'minute')).toEqual({ value: '2024-10-23T17:45', precision: 'minute' });
  });

  it('snaps to the nearest day, month or year boundary', () => {
    expect(snapInstant(d('2024-10-23T13:00:00Z'), 'day').toISOString()).toBe('2024-10-24T00:00:00.000Z');
    expect(snapInstant(d('2024-10-10T00:00:00Z'), 'month').toISOString()).toBe('2024-10-01T00:00:00.000Z');
    expect(snapInstant(d('2024-10-20T00:00:00Z'), 'month').toISOString()).toBe('2024-11-01T00:00:00.000Z');
    expect(snapInstant(d('2024-08-01T00:00:00Z'), 'year').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('moves a day range by whole days and keeps precision, flags and length', () => {
    const ev = { start: { value: '2024-10-22', precision: 'day' as const, approximate: true, original: '22.10.' }, end: { value: '2024-10-24', precision: 'day' as const } };
    const r = movedDates(ev, d('2024-10-24T00:00:00Z'), d('2024-10-27T00:00:00Z'), true);
    expect(r.start).toEqual({ value: '2024-10-24', precision: 'day', approximate: true });
    expect(r.end).toEqual({ value: '2024-10-26', precision: 'day' });
  });

  it('shifts the end with the start when a range is drawn as a box', () => {
    const ev = { start: { value: '2024-10-22', precision: 'day' as const }, end: { value: '2024-10-24', precision: 'day' as const } };
    const r = movedDates(ev, d('2024-10-25T00:00:00Z'), null, false);
    expect(r.end?.value).toBe('2024-10-27');
  });

  it('keeps a month without an end endless when moved, and gives it an end when resized', () => {
    const ev = { start: { value: '2024-10', precision: 'month' as const }, end: null };
    expect(movedDates(ev, d('2024-11-01T00:00:00Z'), d('2024-12-01T00:00:00Z'), true)).toEqual({ start: { value: '2024-11', precision: 'month' }, end: null });
    expect(movedDates(ev, d('2024-10-01T00:00:00Z'), d('2024-12-01T00:00:00Z'), true).end).toEqual({ value: '2024-11', precision: 'month' });
  });

  it('moves a point event to the day it was dropped on, BCE included', () => {
    const ev = { start: { value: '-0043-03-15', precision: 'day' as const }, end: null };
    const at = toUtcDate({ value: '-0043-03-17', precision: 'day' });
    expect(movedDates(ev, at, null, false)).toEqual({ start: { value: '-0043-03-17', precision: 'day' }, end: null });
  });
});
