/**
 * Duplicates across languages: a German report and an English one of the same event share few
 * words, but the day, figures and names. Texts are our own, about invented places.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, ChronikDate } from '../../../../core/api';
import { anchors, sharedAnchors } from '../../../../core/extract/anchors';
import { markDuplicates, type KnownEvent } from '../../../../core/extract';

const day = (value: string, approximate = false): ChronikDate => ({ value, precision: 'day', ...(approximate ? { approximate } : {}) });

function cand(id: string, title: string, quote: string, start: ChronikDate | null): Candidate {
  return {
    id, title, description: '', kind: 'other', start, end: null, approximate: !!start?.approximate, quote, quoteStart: 0, quoteEnd: quote.length,
    datePhrase: '', datedBy: 'phrase', score: 0.8, background: false, duplicateOf: null, duplicateOfCandidate: null,
  };
}
const known = (id: number, title: string, text: string, start: ChronikDate): KnownEvent => ({ id, title, text, start, end: null });

const STRIKE_EN = 'On 4 March 2025, 11,000 workers of Halvorsen Shipyards in Tarnmouth walked out over pay.';
const STRIKE_DE = 'Am 4. März 2025 legten in Tarnmouth 11.000 Beschäftigte der Halvorsen-Werft die Arbeit nieder.';

describe('anchors of a report', () => {
  it('reads "11,000", "11.000" and "11 000" as one number, decimals in either convention, and leaves out days, years and times', () => {
    expect([...anchors('Am 4. März 2025 um 16.30 Uhr: 11.000 Menschen, 3,5 Prozent, 240 Busse').numbers]).toEqual(['11000', '3.5', '240']);
    expect([...anchors('On 4 March 2025 at 4:45 p.m.: 11,000 people, 3.5 percent, 240 buses').numbers]).toEqual(['11000', '3.5', '240']);
    expect([...anchors('Rund 11 000 Menschen und 11\u202f000 weitere').numbers]).toEqual(['11000']);
  });

  it('takes capitalised words that do not begin a sentence as names, not weekdays or months', () => {
    const a = anchors('On Monday the mayor of Tarnmouth met Ines Okafor. Talks ended in March.');
    expect([...a.names].sort()).toEqual(['Ines', 'Okafor', 'Tarnmouth']);
    expect(a.german).toBe(false);
    expect(anchors('Am Montag traf der Bürgermeister von Tarnmouth die Gewerkschaft.').german).toBe(true);
  });

  it('counts a German genitive as the same name and names between German and English only', () => {
    expect(sharedAnchors(anchors('The mayor of Tarnmouth met Putin on Friday.'), anchors('Am Freitag sprach der Bürgermeister mit Putins Beratern in Tarnmouth.'))).toBe(2);
    // Two German texts: every noun is capitalised, so only the numbers count.
    expect(sharedAnchors(anchors('Der Stadtrat von Tarnmouth tagte im Rathaus über die Werft.'), anchors('Vor dem Rathaus in Tarnmouth protestierten Anwohner gegen den Stadtrat.'))).toBe(0);
  });
});

describe('duplicates across languages', () => {
  it('proposes a German candidate as a merge into an English event of the same day with the same figure and names', () => {
    const [c] = markDuplicates([cand('c1', 'Streik auf der Halvorsen-Werft', STRIKE_DE, day('2025-03-04'))], [
      known(7, 'Shipyard workers strike in Tarnmouth', STRIKE_EN, day('2025-03-04')),
    ]);
    expect(c!.duplicateOf).toEqual({ eventId: 7, title: 'Shipyard workers strike in Tarnmouth' });
  });

  it('finds the English twin of a German candidate across the articles of a batch', () => {
    const [c] = markDuplicates([cand('c1', 'Streik auf der Halvorsen-Werft', STRIKE_DE, day('2025-03-04'))], [], [
      { ref: 'a1/c2', title: 'Shipyard workers walk out', start: day('2025-03-04'), quote: STRIKE_EN },
    ]);
    expect(c!.duplicateOfCandidate).toEqual({ ref: 'a1/c2', title: 'Shipyard workers walk out' });
  });

  it('does not propose the same day with only one shared name (a different event in the same town)', () => {
    const [c] = markDuplicates([cand('c1', 'Lagerhalle brennt', 'Am 4. März 2025 brannte in Tarnmouth eine Lagerhalle; 60 Feuerwehrleute waren im Einsatz.', day('2025-03-04'))], [
      known(7, 'Council approves budget', 'On 4 March 2025 the council of Tarnmouth approved a budget of 240 million pounds.', day('2025-03-04')),
    ]);
    expect(c!.duplicateOf).toBeNull();
  });

  it('does not propose the same day when only the date, weekday and month are shared', () => {
    const [c] = markDuplicates([cand('c1', 'Minister tritt zurück', 'Am Dienstag, dem 4. März 2025, trat der Minister zurück.', day('2025-03-04'))], [
      known(7, 'Harbour reopens', 'On Tuesday, 4 March 2025, the harbour reopened after the storm.', day('2025-03-04')),
    ]);
    expect(c!.duplicateOf).toBeNull();
  });

  it('does not propose shared figures and names on another day, nor when a side is dated only by the publication day', () => {
    const ev = known(7, 'Shipyard workers strike in Tarnmouth', STRIKE_EN, day('2025-03-04'));
    expect(markDuplicates([cand('c1', 'Streik', STRIKE_DE.replace('4. März', '9. März'), day('2025-03-09'))], [ev])[0]!.duplicateOf).toBeNull();
    expect(markDuplicates([cand('c1', 'Streik', STRIKE_DE, day('2025-03-04', true))], [ev])[0]!.duplicateOf).toBeNull();
  });

  it('does not take two sentences of one article about the same day and people for one event', () => {
    const out = markDuplicates([
      cand('c1', 'Talks at the harbour', 'On 4 March 2025 Ines Okafor met Per Lund in Tarnmouth.', day('2025-03-04')),
      cand('c2', 'Fishing treaty signed', 'Later that day Okafor and Lund signed a fishing treaty.', day('2025-03-04')),
    ], []);
    expect(out[1]!.duplicateOfCandidate).toBeNull();
  });
});
