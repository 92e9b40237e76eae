import { describe, expect, it } from 'vitest';
import { extractCandidates, splitSentences } from '../../../../core/extract';

// Short articles written for these tests.
const find = (cs: ReturnType<typeof extractCandidates>, words: string) => {
  const c = cs.find((x) => x.quote.includes(words));
  expect(c, `no candidate with "${words}" in ${JSON.stringify(cs.map((x) => x.quote))}`).toBeDefined();
  return c!;
};

describe('sentence boundaries', () => {
  it('does not end a sentence at "p.m." before a weekday, at "Nr." or inside footnote markers', () => {
    const text = 'The meeting began at 5 p.m. Tuesday with a protest. Police said it ended at 7:30 p.m. Last year two libraries closed.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'The meeting began at 5 p.m. Tuesday with a protest.', 'Police said it ended at 7:30 p.m.', 'Last year two libraries closed.',
    ]);
    expect(splitSentences('Die Versammlung ist im Saal Nr. 2 am 3. Mai. Danach wird gewählt.', 'de').map((s) => s.text))
      .toEqual(['Die Versammlung ist im Saal Nr. 2 am 3. Mai.', 'Danach wird gewählt.']);
    expect(splitSentences('The town grew in 2016.[85][86] As at 2017, it had 5,000 people.', 'en').map((s) => s.text))
      .toEqual(['The town grew in 2016.[85][86]', 'As at 2017, it had 5,000 people.']);
  });
});

describe('what dates a candidate', () => {
  it('marks a candidate without a date phrase of its own as dated by publication, scores it low and lists it last', () => {
    const cs = extractCandidates('The union said its members were angry. The ferry company suspended crossings on Monday.', { lang: 'en', publishedAt: '2025-03-07' });
    expect(cs.map((c) => c.datedBy)).toEqual(['phrase', 'publication']);
    expect(cs[1]).toMatchObject({ datePhrase: '', start: { value: '2025-03-07' }, approximate: true });
    expect(cs[1]!.score).toBeLessThanOrEqual(0.2);
  });

  it('dates the entries of a liveblog by the time above them', () => {
    const text = 'Flooding live\n\n14:35 Uhr\n\nDie Ministerpräsidentin hat das Krisengebiet besucht.\n\n11:20 Uhr\n\nIn Werdohl ist ein Damm auf einer Länge von 30 Metern gebrochen.';
    const cs = extractCandidates(text, { lang: 'de', publishedAt: '2024-06-03' });
    expect(find(cs, 'Krisengebiet')).toMatchObject({ datedBy: 'context', start: { value: '2024-06-03T14:35' } });
    expect(find(cs, 'Damm')).toMatchObject({ datedBy: 'context', start: { value: '2024-06-03T11:20' } });
  });

  it('dates an undated clause of a history to the date the story has reached, not to the publication day', () => {
    const history = 'Am 2. April 1631 begann die Belagerung. Die Schweden beschossen die Festung zwei Wochen lang mit schweren Geschützen.';
    const c = find(extractCandidates(history, { lang: 'de', publishedAt: null }), 'beschossen');
    expect(c).toMatchObject({ datedBy: 'context', start: { value: '1631-04-02', approximate: true } });
  });

  it('gives a clock time without a day the day of its clause or paragraph', () => {
    const text = 'The meeting began at 5 p.m. Tuesday with a protest. Police said the protest ended peacefully at 7:30 p.m.';
    const cs = extractCandidates(text, { lang: 'en', publishedAt: '2025-03-12' });
    expect(find(cs, 'began')).toMatchObject({ start: { value: '2025-03-11T17:00' } });
    expect(find(cs, 'ended peacefully')).toMatchObject({ start: { value: '2025-03-11T19:30' } });
    const de = extractCandidates('Die nächste Versammlung findet am 18. April um 19 Uhr in der Stadthalle statt.', { lang: 'de', publishedAt: '2024-04-04' });
    expect(de[0]).toMatchObject({ start: { value: '2024-04-18T19:00' } });
  });

  it('reads "until" as the end of what the clause reports and a range as a period', () => {
    const text = '08:05 Uhr\n\nDie Bahn hat die Strecke zwischen Hagen und Siegen bis voraussichtlich Mittwoch gesperrt.';
    const c = extractCandidates(text, { lang: 'de', publishedAt: '2024-06-03' })[0]!;
    expect(c).toMatchObject({ start: { value: '2024-06-03T08:05' }, end: { value: '2024-06-05' } });
    const range = extractCandidates('Die Schleuse wurde zwischen 2015 und 2018 saniert.', { lang: 'de', publishedAt: '2024-01-10' })[0]!;
    expect(range).toMatchObject({ start: { value: '2015' }, end: { value: '2018' } });
  });

  it('does not date a clause by a possessive date that names a thing ("next year\'s budget")', () => {
    const cs = extractCandidates('Opposition members said next year\'s budget would close a library.', { lang: 'en', publishedAt: '2025-03-12' });
    expect(cs[0]).toMatchObject({ datedBy: 'publication' });
    const ballot = extractCandidates('82 percent of members backed the deal in Thursday\'s ballot.', { lang: 'en', publishedAt: '2025-03-07' });
    expect(ballot[0]).toMatchObject({ datedBy: 'phrase', start: { value: '2025-03-06' } });
  });

  it('splits ", and" between two dated clauses into two events', () => {
    const cs = extractCandidates('The Board of Trade inspected the structure on 28 February 1889, and the viaduct opened to traffic on 12 March 1889.', { lang: 'en', publishedAt: null });
    expect(cs.map((c) => c.start?.value)).toEqual(['1889-02-28', '1889-03-12']);
  });

  it('does not propose a timestamp line ("Updated 2:40 p.m.")', () => {
    const cs = extractCandidates('Tuesday 14 January 2025 · Updated 2:40 p.m.\n\nThe coastal road reopened at 2:15 p.m.', { lang: 'en', publishedAt: '2025-01-14' });
    expect(cs.map((c) => c.quote)).toEqual(['The coastal road reopened at 2:15 p.m.']);
  });
});
