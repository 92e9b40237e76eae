import { describe, expect, it } from 'vitest';
import { queryWords, snippetOf } from '../../../db/snippet';
import { tempBackend, value } from '../../helpers/backend';

describe('search snippets', () => {
  it('mark every word that starts like a query word, whatever its case or accents', () => {
    expect(snippetOf(['Brücke bei Kursk gesprengt'], queryWords('brucke'))).toBe('[[Brücke]] bei Kursk gesprengt');
    expect(snippetOf(['Talks in Genf; genfer Delegation'], queryWords('Genf'))).toBe('Talks in [[Genf]]; [[genfer]] Delegation');
  });

  it('come from the text that matches, cut to about a dozen words with an ellipsis', () => {
    const description = 'On the third day of the talks the delegations met again at the old harbour office of Velgrad, where the mayor read out the terms while observers from both sides took notes.';
    const s = snippetOf(['Talks resume', description, ''], queryWords('velgrad'));
    expect(s).toMatch(/^…/);
    expect(s).toMatch(/…$/);
    expect(s).toContain('[[Velgrad]]');
    expect(s.replace(/…|\[\[|\]\]/g, '').match(/[\p{L}\p{N}]+/gu)).toHaveLength(12);
    // A quote is searched too.
    expect(snippetOf(['Convoy', '', 'trucks seen crossing the Seim'], queryWords('seim'))).toBe('trucks seen crossing the [[Seim]]');
  });

  it('are what the search page shows, for a page of hits in time order', async () => {
    const b = tempBackend();
    try {
      const t = value(await b.api.createTimeline({ title: 'Harbour' }));
      value(await b.api.createEvent({ timelineId: t.id, title: 'Ferry to Čop', start: '2024-05-02' }));
      value(await b.api.createEvent({ timelineId: t.id, title: 'Strike at the docks', start: '2024-05-01', description: 'Dockers in Cop stopped work.' }));
      value(await b.api.createEvent({ timelineId: t.id, title: 'Council meets', start: '2024-05-03' }));
      const page = value(await b.api.searchPage({ timelineId: t.id, query: 'cop' }));
      expect(page.total).toBe(2);
      expect(page.hits.map((h) => [h.title, h.snippet])).toEqual([
        ['Strike at the docks', 'Dockers in [[Cop]] stopped work.'],
        ['Ferry to Čop', 'Ferry to [[Čop]]'],
      ]);
    } finally {
      b.cleanup();
    }
  });
});
