import { describe, expect, it } from 'vitest';
import { extractCandidates, markDuplicates, proposeTitle, splitSentences } from '../../../../core/extract';

describe('sentences', () => {
  it('does not end a sentence at a German ordinal date or an abbreviation', () => {
    const text = 'Am 25. Oktober traf Dr. Müller den Minister. Danach reiste er ab.';
    const s = splitSentences(text, 'de');
    expect(s.map((x) => x.text)).toEqual(['Am 25. Oktober traf Dr. Müller den Minister.', 'Danach reiste er ab.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('candidates', () => {
  it('proposes the confirmation dated to the ISO week of the publication date', () => {
    const text = 'Das Ministerium bestätigte in dieser Woche, dass die Brigade nach Litauen verlegt wurde.';
    const [c] = extractCandidates(text, { lang: 'de', publishedAt: '2025-03-06' });
    expect(c).toMatchObject({ start: { value: '2025-03-03' }, end: { value: '2025-03-09' }, approximate: false, datePhrase: 'dieser Woche' });
    expect(text.slice(c!.quoteStart, c!.quoteEnd)).toBe(c!.quote);
  });

  it('dates a sentence without a date expression to the publication day, approximate and scored lower', () => {
    const cs = extractCandidates('The minister met the union on Tuesday. The union said the strike was over.', { lang: 'en', publishedAt: '2025-03-06' });
    expect(cs[0]).toMatchObject({ start: { value: '2025-03-04' }, approximate: false });
    expect(cs[1]).toMatchObject({ start: { value: '2025-03-06', approximate: true }, approximate: true, datePhrase: '' });
    expect(cs[1]!.score).toBeLessThan(cs[0]!.score);
  });

  it('does not date background sentences to the article’s week', () => {
    const cs = extractCandidates('Seit dem Koreakrieg hat die Armee nicht gekämpft und keine Truppen entsandt. Historically, the port was attacked often.', { lang: 'de', publishedAt: '2024-10-25' });
    expect(cs.filter((c) => c.start?.value === '2024-10-25')).toEqual([]);
  });

  it('keeps a background sentence with a year of its own, marked and scored low', () => {
    const [c] = extractCandidates('Since 2014 the rebels have attacked the airport.', { lang: 'en', publishedAt: '2024-10-25' });
    expect(c).toMatchObject({ background: true, start: { value: '2014' } });
    expect(c!.score).toBeLessThanOrEqual(0.15);
  });

  it('does not take a duration or a dateline as the event date', () => {
    const [c] = extractCandidates('ALDWICK, March 6, 2025 — Dock workers staged a two-hour strike on Monday, the union said.', { lang: 'en', publishedAt: '2025-03-06' });
    expect(c).toMatchObject({ start: { value: '2025-03-03' }, datePhrase: 'Monday' });
    expect(c!.title).not.toMatch(/ALDWICK/);
  });

  it('proposes titles without the date phrase, connectors or trailing punctuation', () => {
    expect(proposeTitle('Berichten zufolge trainieren derzeit etwa 11.000 Soldaten im Osten.', 'de', 'derzeit')).toBe('Etwa 11.000 Soldaten trainieren im Osten');
    expect(proposeTitle('Der Sprecher des Rates, John Kirby, sagte am Montag, die Lage sei ernst.', 'de', 'Montag')).toBe('Kirby: Die Lage sei ernst');
    const long = proposeTitle('The port authority confirmed on Wednesday that the last of the four container cranes had arrived from the shipyard in Gdańsk after a long delay.', 'en', 'Wednesday');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/[.,;:]$/);
  });
});

describe('duplicates', () => {
  it('proposes a merge when an existing event has a nearby date and similar words', () => {
    const cs = extractCandidates('The harbour master met union representatives on 4 March 2025 to agree new shift patterns.', { lang: 'en', publishedAt: '2025-03-06' });
    const marked = markDuplicates(cs, [
      { id: 7, title: 'Harbour master meets union representatives on shift patterns', start: { value: '2025-03-05', precision: 'day' }, end: null, text: '' },
      { id: 8, title: 'Harbour master meets union representatives on shift patterns', start: { value: '2024-01-05', precision: 'day' }, end: null, text: '' },
      { id: 9, title: 'Cranes arrive from Gdańsk', start: { value: '2025-03-04', precision: 'day' }, end: null, text: '' },
    ]);
    expect(marked[0]!.duplicateOf).toEqual({ eventId: 7, title: 'Harbour master meets union representatives on shift patterns' });
  });

  it('marks a repeat of an earlier candidate in the same batch', () => {
    const cs = extractCandidates('Die Minister unterzeichneten am Dienstag in Vilnius das Abkommen.', { lang: 'de', publishedAt: '2025-03-06' });
    const marked = markDuplicates(cs, [], [{ ref: '1:c2', title: 'Minister unterzeichnen Abkommen in Vilnius', start: { value: '2025-03-04', precision: 'day' }, quote: 'Am Dienstag unterzeichneten die Minister in Vilnius ein Abkommen.' }]);
    expect(marked[0]!.duplicateOfCandidate?.ref).toBe('1:c2');
  });
});
