import { describe, expect, it } from 'vitest';
import { addDays, addMonths, civilFromDays, daysFromCivil, isoWeek, isoWeekday } from '../../../../core/dates';

describe('calendar day arithmetic', () => {
  it('round-trips days since the epoch', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays(2024, 10, 25, 0)).toEqual({ year: 2024, month: 10, day: 25 });
    expect(addDays(2024, 10, 25, 7)).toEqual({ year: 2024, month: 11, day: 1 });
    expect(addDays(2024, 2, 28, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays(2023, 2, 28, 1)).toEqual({ year: 2023, month: 3, day: 1 });
    expect(addDays(2025, 1, 1, -1)).toEqual({ year: 2024, month: 12, day: 31 });
    expect(addDays(2000, 3, 1, -366)).toEqual({ year: 1999, month: 3, day: 1 });
  });

  it('normalises an overflowing day of month', () => {
    expect(addDays(2024, 2, 30, 0)).toEqual({ year: 2024, month: 3, day: 1 });
  });

  it('handles years before 100 and before year 0 (no two-digit-year mapping)', () => {
    expect(addDays(50, 1, 1, 1)).toEqual({ year: 50, month: 1, day: 2 });
    expect(addDays(1, 1, 1, -1)).toEqual({ year: 0, month: 12, day: 31 });
    expect(addDays(0, 3, 1, -1)).toEqual({ year: 0, month: 2, day: 29 }); // year 0 is a leap year
  });

  it('agrees with day-by-day stepping over a long range', () => {
    let d = { year: 1899, month: 12, day: 25 };
    for (let i = 0; i < 1000; i++) {
      const next = addDays(d.year, d.month, d.day, 1);
      expect(daysFromCivil(next.year, next.month, next.day) - daysFromCivil(d.year, d.month, d.day)).toBe(1);
      d = next;
    }
    expect(addDays(1899, 12, 25, 1000)).toEqual(d);
  });
});

describe('calendar month arithmetic', () => {
  it('adds and subtracts months across year boundaries', () => {
    expect(addMonths(2024, 10, 25, 0)).toEqual({ year: 2024, month: 10, day: 25 });
    expect(addMonths(2024, 10, 25, 3)).toEqual({ year: 2025, month: 1, day: 25 });
    expect(addMonths(2024, 1, 15, -1)).toEqual({ year: 2023, month: 12, day: 15 });
    expect(addMonths(2024, 10, 25, -15)).toEqual({ year: 2023, month: 7, day: 25 });
    expect(addMonths(2024, 10, 25, 24)).toEqual({ year: 2026, month: 10, day: 25 });
  });

  it("clamps the day to the target month's length", () => {
    expect(addMonths(2024, 1, 31, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths(2023, 1, 31, 1)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(addMonths(2024, 3, 31, 1)).toEqual({ year: 2024, month: 4, day: 30 });
    expect(addMonths(2024, 5, 31, -3)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('keeps the month in 1…12 for years at and before 0', () => {
    expect(addMonths(0, 1, 10, -1)).toEqual({ year: -1, month: 12, day: 10 });
    expect(addMonths(-1, 12, 10, 1)).toEqual({ year: 0, month: 1, day: 10 });
  });
});

describe('ISO weeks', () => {
  it('numbers weekdays from Monday and weeks by their Thursday', () => {
    expect(isoWeekday(2024, 10, 25)).toBe(5);
    expect(isoWeekday(2024, 10, 27)).toBe(7);
    expect(isoWeek(2024, 10, 25)).toEqual({ year: 2024, week: 43 });
    expect(isoWeek(2024, 12, 30)).toEqual({ year: 2025, week: 1 });
    expect(isoWeek(2021, 1, 3)).toEqual({ year: 2020, week: 53 });
  });
});
