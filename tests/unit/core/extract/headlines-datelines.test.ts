import { describe, expect, it } from 'vitest';
import { extractCandidates, findPublicationDate } from '../../../../core/extract';

describe('headlines, datelines and sentences without a known event word', () => {
  it('does not propose the headline, which only names the story', () => {
    const text = 'Ferry strike ends after ten days\nCrews of the island ferries ended their strike on 4 June 2025 after a new pay deal.';
    const list = extractCandidates(text, { lang: 'en', publishedAt: '2025-06-05' });
    expect(list.map((c) => c.quote)).toEqual(['Crews of the island ferries ended their strike on 4 June 2025 after a new pay deal.']);
  });

  it('takes a date in the story’s first sentence as an event date, not as the publication date', () => {
    expect(findPublicationDate('Ferry strike ends\nThe walkout had begun on March 3, 2025, and stopped all crossings.', 'en')).toBeNull();
    expect(findPublicationDate('Ferry strike ends\nKIEL, March 26, 2025 — The walkout is over.', 'en')).toMatchObject({ value: '2025-03-26' });
    expect(findPublicationDate('Fähren fahren wieder\nKiel, 26.03.2025\nDer Streik ist vorbei.', 'de')).toMatchObject({ value: '2025-03-26' });
    const dateline = 'Port Aldwick, 7 March 2025. The dock workers ended their strike on Monday.';
    expect(findPublicationDate(dateline, 'en')).toMatchObject({ value: '2025-03-07' });
    expect(extractCandidates(dateline, { lang: 'en', publishedAt: '2025-03-07' }).map((c) => c.start?.value)).toEqual(['2025-03-03']);
  });

  it('ends an English sentence after "April 2." and dates each sentence on its own', () => {
    const text = 'The union said members would vote on the deal on April 2. Shipping companies expect crossings to resume on April 7.';
    const list = extractCandidates(text, { lang: 'en', publishedAt: '2025-03-26' });
    expect(list.map((c) => c.start?.value)).toEqual(['2025-04-02', '2025-04-07']);
  });

  it('proposes a sentence with a date of its own even without a known event word', () => {
    const text = 'Bereits im Dezember 2024 war ein erster Entwurf im Ausschuss gescheitert.';
    const [c] = extractCandidates(text, { lang: 'de', publishedAt: '2025-02-01' });
    expect(c).toMatchObject({ start: { value: '2024-12', precision: 'month' }, kind: 'other' });
  });
});
