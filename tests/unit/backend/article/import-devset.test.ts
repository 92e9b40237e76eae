/**
 * Issue 10: candidate precision and recall on the import dev set (tests/fixtures/articles/devset:
 * news pages, liveblogs, press releases, encyclopaedia pages and a history written for the
 * project). Prints the figures; fails when they fall below what the importer reached when the set
 * was written (see core/extract/README.md).
 */
import { describe, expect, it } from 'vitest';
import { formatScore, scoreDevSet } from '../../../fixtures/articles/devset/evaluate';

describe('the import dev set', () => {
  const score = scoreDevSet();

  it('reports candidate precision and recall', () => {
    console.log(`\n${formatScore(score)}\n`);
    expect(score.precisionDated).toBeGreaterThanOrEqual(0.95);
    expect(score.precisionAll).toBeGreaterThanOrEqual(0.85);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the publication date on every page that declares one', () => {
    expect(score.articles.filter((a) => !a.publishedOk).map((a) => `${a.file}: ${a.published}`)).toEqual([]);
  });

  it('never proposes a caption, a credit, a byline, navigation, a footnote or an edit link', () => {
    expect(score.articles.filter((a) => a.forbidden.length).map((a) => `${a.file}: ${a.forbidden.join(', ')}`)).toEqual([]);
  });
});
