/**
 * Slash dates in a CSV file (03/04/2024) are day first or month first for the whole file, never
 * value by value: a file of European dates lost every day up to the 12th to the English reading
 * (01/02/2021 became 2 January while 14/05/2022 was 14 May).
 */
import { describe, expect, it } from 'vitest';
import { CsvStreamReader, ImportError, readCsv, slashDateOrder, type BundlePieces } from '../../../../core/exchange';

const MAPPING = { event_date: 'start', notes: 'title' } as const;
const csv = (...rows: string[]) => `event_date,notes\r\n${rows.join('\r\n')}\r\n`;
const dates = (p: Pick<BundlePieces, 'events'>) => p.events.map((e) => e.start.value);

describe('slash dates in a CSV file', () => {
  it('are read in the order the file shows, before and after the date that shows it (whole file)', () => {
    const text = csv('14/05/2022,second', '01/02/2021,first', '03/04/2020,fourth');
    expect(dates(readCsv(text, MAPPING, { locale: 'en' }))).toEqual(['2022-05-14', '2021-02-01', '2020-04-03']);
    expect(slashDateOrder(text, MAPPING)).toEqual({ slashDates: true, order: 'dmy', example: { line: 2, value: '14/05/2022' } });
    expect(slashDateOrder(csv('2021-02-01,iso'), MAPPING)).toEqual({ slashDates: false, order: null });
    expect(slashDateOrder(csv('01/02/2021,either way'), MAPPING)).toEqual({ slashDates: true, order: null });
    // Read a megabyte at a time: the date that decides may come late, past a quoted cell over the cut.
    const long = csv(...Array.from({ length: 60_000 }, (_, i) => `01/02/2021,"Bericht ${i},\nzweite Zeile"`), '25/12/2021,decides');
    expect(long.length).toBeGreaterThan(2 * (1 << 20));
    expect(slashDateOrder(long, MAPPING)).toEqual({ slashDates: true, order: 'dmy', example: { line: 120_002, value: '25/12/2021' } });
  });

  it('stop the file when dates already read the language’s way turn out to be the other way round, naming both', () => {
    const reader = new CsvStreamReader(MAPPING, { locale: 'en', skipBad: true });
    expect(dates(reader.push(csv('01/02/2021,first')))).toEqual(['2021-01-02']);
    let error: unknown;
    try {
      reader.push('14/05/2022,second\r\n');
    } catch (e) {
      error = e;
    }
    // Not a bad row to leave out: the rows before it may have been misread.
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe('CSV line 3, column "event_date": "14/05/2022" has the day first, so dates like "01/02/2021" (line 2) were read the wrong way round; choose day first for this file\'s dates and import it again (nothing was imported)');
  });

  it('follow the order chosen for the file; a date that cannot be read so is a bad row', () => {
    expect(dates(readCsv(csv('01/02/2021,first', '03/04/2020,fourth'), MAPPING, { locale: 'en', dateOrder: 'dmy' }))).toEqual(['2021-02-01', '2020-04-03']);
    const reader = new CsvStreamReader(MAPPING, { locale: 'de', dateOrder: 'mdy', skipBad: true });
    const p = reader.push(csv('01/02/2021,first', '14/05/2022,second', '12/31/2020,last'));
    expect(dates(p)).toEqual(['2021-01-02', '2020-12-31']);
    expect(p.refused.map((e) => e.message)).toEqual(['CSV line 3, column "event_date": "14/05/2022" cannot be read with the month first, the order chosen for this file\'s dates']);
  });

  it('without a date that shows the order follow the language, and a later contradiction is refused as a row', () => {
    expect(dates(readCsv(csv('01/02/2021,first'), MAPPING, { locale: 'de' }))).toEqual(['2021-02-01']);
    expect(dates(readCsv(csv('01/02/2021,first'), MAPPING, { locale: 'en' }))).toEqual(['2021-01-02']);
    // Once a date has shown month first, a day-first date is a bad row, not a reason to doubt the others.
    expect(() => readCsv(csv('05/14/2022,first', '01/02/2021,second', '14/05/2022,third'), MAPPING, { locale: 'en' }))
      .toThrow('CSV line 4, column "event_date": "14/05/2022" has the day first, but line 2 ("05/14/2022") has the month first');
  });
});
