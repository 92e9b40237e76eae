import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../core/api';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

const ARTICLE_A = 'Am 14. März 2025 unterzeichneten die Verteidigungsminister in Vilnius ein Abkommen über die Stationierung einer Brigade.';
const ARTICLE_B = 'Die Minister unterzeichneten am 14. März 2025 in Vilnius das Abkommen zur Stationierung der Brigade, berichtete die Agentur.';

async function draft(text: string): Promise<ArticleDraft> {
  return value(await b.api.analyzeArticle({ input: { kind: 'text', text }, publishedAt: '2025-03-15' }));
}
const part = (d: ArticleDraft) => ({ meta: d.meta, text: d.text, html: d.html });

describe('importing a batch of articles', () => {
  it('stores the whole batch as one undo step, the second article merged into the first one’s event', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Batch' }));
    const [a, c] = [await draft(ARTICLE_A), await draft(ARTICLE_B)];
    const results = value(await b.api.importArticles({
      timelineId: tl.id,
      articles: [
        { article: part(a), decisions: [{ candidate: a.candidates[0]!, action: 'accept' }] },
        { article: part(c), decisions: [{ candidate: c.candidates[0]!, action: 'merge', mergeIntoCandidate: { article: 0, candidateId: a.candidates[0]!.id } }] },
      ],
    }));
    expect(results.map((r) => [r.created.length, r.merged.length])).toEqual([[1, 0], [0, 1]]);
    const [ev] = value(await b.api.listEvents({ timelineId: tl.id }));
    expect(ev!.sources.map((s) => s.quote)).toEqual([ARTICLE_A, ARTICLE_B]);
    expect(value(await b.api.undoState({ timelineId: tl.id })).undoLabel).toBe('Import 2 articles');
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
    expect(value(await b.api.listSources())).toHaveLength(0);
  });

  it('imports nothing of a batch when one of its articles is refused', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Batch' }));
    const [a, c] = [await draft(ARTICLE_A), await draft(ARTICLE_B)];
    const forged = { ...c.candidates[0]!, quote: 'Dieser Satz steht nicht im Artikel.', quoteStart: null, quoteEnd: null };
    const r = await b.api.importArticles({
      timelineId: tl.id,
      articles: [
        { article: part(a), decisions: [{ candidate: a.candidates[0]!, action: 'accept' }] },
        { article: part(c), decisions: [{ candidate: forged, action: 'accept' }] },
      ],
    });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('the quote is not in the article text') });
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
    expect(value(await b.api.listSources())).toHaveLength(0);
  });

  it('refuses a merge into a candidate of a later article', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Batch' }));
    const a = await draft(ARTICLE_A);
    const r = await b.api.importArticles({
      timelineId: tl.id,
      articles: [{ article: part(a), decisions: [{ candidate: a.candidates[0]!, action: 'merge', mergeIntoCandidate: { article: 0, candidateId: 'c1' } }] }],
    });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', field: 'articles.0.decisions.0.mergeIntoCandidate' });
  });
});
