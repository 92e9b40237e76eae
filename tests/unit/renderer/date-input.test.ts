import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../core/dates';
import { dateText, sameDate, withApproximate, withPrecision } from '../../../renderer/src/composables/date-input';

describe('date fields', () => {
  it('reads the German and English forms the panel accepts', () => {
    for (const [input, value, precision] of [
      ['23.10.2024', '2024-10-23', 'day'], ['Oct 23, 2024', '2024-10-23', 'day'], ['Oktober 2024', '2024-10', 'month'],
      ['2024-10-23T14:30', '2024-10-23T14:30', 'minute'], ['44 BC', '-0043', 'year'],
    ] as const) {
      const r = parseDate(input, { locale: 'de' });
      expect(r.ok && r.date).toMatchObject({ value, precision });
    }
    expect(parseDate('32.13.2024').ok).toBe(false);
  });

  it('shows a date back in the locale and reads its own text again', () => {
    const d = { value: '2024-10-23', precision: 'day' as const, approximate: true };
    for (const locale of ['en', 'de'] as const) {
      const text = dateText(d, locale);
      const r = parseDate(text, { locale });
      expect(r.ok && sameDate(r.date, d)).toBe(true);
    }
    expect(dateText(d, 'de')).toBe('ca. 23.10.2024');
  });

  it('changes precision by truncating or starting at the beginning of the period', () => {
    expect(withPrecision({ value: '2024-10-23', precision: 'day' }, 'month')).toEqual({ value: '2024-10', precision: 'month' });
    expect(withPrecision({ value: '2024-10', precision: 'month', approximate: true }, 'day')).toEqual({ value: '2024-10-01', precision: 'day', approximate: true });
  });

  it('sets and clears the approximate flag', () => {
    expect(withApproximate({ value: '2024', precision: 'year', original: '2024' }, true)).toEqual({ value: '2024', precision: 'year', approximate: true });
    expect(withApproximate({ value: '2024', precision: 'year', approximate: true }, false)).toEqual({ value: '2024', precision: 'year' });
  });
});
