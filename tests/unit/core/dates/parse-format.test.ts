import { describe, expect, it } from 'vitest';
import { checkRange, compareDates, formatDate, formatRange, parseDate, sortKey, toEdtf, toUtcDate, type ChronikDate } from '../../../../core/dates';
import type { Language } from '../../../../core/language';

const parsed = (s: string, locale?: Language) => {
  const r = parseDate(s, { locale });
  if (!r.ok) throw new Error(r.message);
  return r.date;
};

describe('parseDate reads what users type', () => {
  it.each([
    ['2024-10-23', '2024-10-23', 'day'],
    ['2024-10', '2024-10', 'month'],
    ['2024', '2024', 'year'],
    ['2024-10-23T14:30', '2024-10-23T14:30', 'minute'],
    ['2024-10-23 14:30:15Z', '2024-10-23T14:30', 'minute'],
    ['23.10.2024', '2024-10-23', 'day'],
    ['23.10.2024 14:30', '2024-10-23T14:30', 'minute'],
    ['23. Oktober 2024', '2024-10-23', 'day'],
    ['23. Okt. 2024', '2024-10-23', 'day'],
    ['Oktober 2024', '2024-10', 'month'],
    ['März 2022', '2022-03', 'month'],
    ['Oct 23, 2024', '2024-10-23', 'day'],
    ['October 23rd, 2024', '2024-10-23', 'day'],
    ['23 October 2024', '2024-10-23', 'day'],
    ['Oct 23, 2024 2:30 pm', '2024-10-23T14:30', 'minute'],
    ['October 2024', '2024-10', 'month'],
    ['10/23/2024', '2024-10-23', 'day'],
  ])('%s → %s (%s)', (input, value, precision) => {
    expect(parsed(input)).toMatchObject({ value, precision, original: input });
  });

  it('reads day-first slashes in German and when the first number cannot be a month', () => {
    expect(parsed('11/10/2024', 'de').value).toBe('2024-10-11');
    expect(parsed('23/10/2024').value).toBe('2024-10-23');
  });

  it('marks approximate and uncertain dates', () => {
    expect(parsed('ca. Oktober 2024')).toMatchObject({ value: '2024-10', approximate: true });
    expect(parsed('about 1990')).toMatchObject({ value: '1990', approximate: true });
    expect(parsed('2024-10~')).toMatchObject({ approximate: true });
    expect(parsed('2024-10?')).toMatchObject({ uncertain: true });
    expect(parsed('2024-10%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('reads years before the common era in astronomical numbering', () => {
    expect(parsed('44 BC').value).toBe('-0043');
    expect(parsed('15. März 44 v. Chr.')).toMatchObject({ value: '-0043-03-15', precision: 'day' });
    expect(parsed('AD 79').value).toBe('0079');
    expect(parsed('-0043').value).toBe('-0043');
  });

  it('refuses impossible and malformed dates with a message that shows the expected forms', () => {
    for (const bad of ['31.02.2024', '2024-13', '32.10.2024', 'next tuesday-ish', '', '2024-10-23T25:00']) {
      const r = parseDate(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/2024-10-23/);
    }
    const r = parseDate('29.02.2023');
    expect(!r.ok && r.message).toMatch(/day 29 does not exist/);
  });
});

describe('formatDate shows a date at its precision in the locale', () => {
  const d = (value: string, precision: ChronikDate['precision'], extra: Partial<ChronikDate> = {}): ChronikDate => ({ value, precision, ...extra });
  it.each([
    [d('2024-10-23', 'day'), 'de', '23.10.2024'],
    [d('2024-10-23', 'day'), 'en', '23 Oct 2024'],
    [d('2024-10', 'month'), 'de', 'Oktober 2024'],
    [d('2024-10', 'month'), 'en', 'October 2024'],
    [d('2024', 'year'), 'en', '2024'],
    [d('2024-10-23T09:05', 'minute'), 'de', '23.10.2024, 09:05'],
    [d('2024-10', 'month', { approximate: true }), 'de', 'ca. Oktober 2024'],
    [d('2024-10', 'month', { approximate: true }), 'en', 'c. October 2024'],
    [d('-0043', 'year'), 'en', '44 BC'],
    [d('-0043-03-15', 'day'), 'de', '15. März 44 v. Chr.'],
  ] as const)('%o in %s → %s', (date, locale, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });

  it('joins a range and writes EDTF', () => {
    expect(formatRange(d('2024-10-22', 'day'), d('2024-10-24', 'day'), 'en')).toBe('22 Oct 2024 – 24 Oct 2024');
    expect(toEdtf(d('2024-10', 'month', { approximate: true }))).toBe('2024-10~');
  });
});

describe('sort keys and ranges', () => {
  it('orders BCE, early and modern dates correctly', () => {
    const list = ['2024-10-23', '-0043', '0079', '2024-10', '1999-12-31T23:59'].map((v) => parsed(v));
    expect([...list].sort(compareDates).map((x) => x.value)).toEqual(['-0043', '0079', '1999-12-31T23:59', '2024-10', '2024-10-23']);
  });

  it('spans a month from its first to its last minute', () => {
    const m = parsed('2024-02');
    expect(sortKey(m, 'end') - sortKey(m, 'start')).toBe(29 * 1440 - 1);
    expect(toUtcDate(m, 'start').toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(toUtcDate(parsed('0079'), 'start').getUTCFullYear()).toBe(79);
  });

  it('refuses an end before the start but allows an end inside the start period', () => {
    expect(checkRange(parsed('2024-10-23'), parsed('2024-10-01'))).toMatch(/before the start/);
    expect(checkRange(parsed('2024-10'), parsed('2024-10-05'))).toBeNull();
  });
});

describe('messages in the user’s language', () => {
  it('says in German what is wrong with a date typed in the German UI', () => {
    const r = parseDate('31.02.2024', { locale: 'de' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('Kein gültiges Datum: „31.02.2024“: den Tag 31 gibt es in diesem Monat nicht (erwartet z. B. 2024-10-23, 23.10.2024, Oct 23, 2024, Oktober 2024, 44 BC)');
    const m = parseDate('23. Brumaire 2024', { locale: 'de' });
    if (!m.ok) expect(m.message).toContain('unbekannter Monat „Brumaire“');
  });
});
