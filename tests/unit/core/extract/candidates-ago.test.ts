import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../core/extract/candidates';

describe('durations that point back from the publication date', () => {
  it('dates "vor drei Jahren" to the year three years before publication, approximately', () => {
    const text = 'Vor drei Jahren unterzeichneten beide Regierungen ein Abkommen über Rüstungskontrolle.';
    const [c] = extractCandidates(text, { lang: 'de', publishedAt: '2024-10-25' });
    expect(c).toMatchObject({ start: { value: '2021', precision: 'year', approximate: true }, datePhrase: 'drei Jahren' });
  });

  it('dates "two weeks ago" to the ISO week two weeks before publication', () => {
    const text = 'Two weeks ago the ministers signed a ceasefire agreement in Geneva.';
    const [c] = extractCandidates(text, { lang: 'en', publishedAt: '2024-10-25' });
    expect(c).toMatchObject({ start: { value: '2024-10-07' }, end: { value: '2024-10-13' } });
  });

  it('dates "vor zwei Monaten" to the month two months before publication', () => {
    const text = 'Vor zwei Monaten trafen sich die Delegationen erstmals in Wien.';
    const [c] = extractCandidates(text, { lang: 'de', publishedAt: '2024-10-25' });
    expect(c!.start).toMatchObject({ value: '2024-08', precision: 'month', approximate: true });
  });
});

describe('years before Christ', () => {
  it('dates "44 v. Chr." to the astronomical year -0043', () => {
    const [c] = extractCandidates('Im Jahr 44 v. Chr. unterzeichneten die Konsuln in Rom einen Vertrag.', { lang: 'de', publishedAt: null });
    expect(c!.start).toMatchObject({ value: '-0043', precision: 'year' });
  });
});

describe('narratives', () => {
  it('proposes the events of a history written without a publication date, each at its own date', () => {
    const text = 'Am 3. Mai 1921 besetzten Truppen die Stadt. Zwei Tage später erschossen Soldaten den Bürgermeister. Im Herbst desselben Jahres wurde ein Waffenstillstand geschlossen.';
    const list = extractCandidates(text, { lang: 'de', publishedAt: null });
    expect(list.map((c) => c.start?.value)).toEqual(['1921-05-03', '1921-05-05', '1921-09']);
  });
});
