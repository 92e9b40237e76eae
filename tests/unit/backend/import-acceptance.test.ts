import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Candidate } from '../../../core/api';
import { tempBackend, value } from '../../helpers/backend';

// The shared article is for this acceptance check only: read from beside the repo, never copied in.
const SHARED = join(__dirname, '../../../../shared/fixtures/articles/nk-troops-russia-de.txt');
const available = existsSync(SHARED);

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

describe.skipIf(!available)('acceptance: the shared German article on North Korean troops', () => {
  it('proposes the six reported events, each quoted verbatim', async () => {
    const text = readFileSync(SHARED, 'utf8');
    const draft = value(await b.api.analyzeArticle({ input: { kind: 'text', text }, publishedAt: '2024-10-25' }));
    if (process.env.CHRONIK_PRINT) console.log(JSON.stringify(draft.candidates.map((c) => ({ title: c.title, start: c.start, end: c.end, score: c.score, datePhrase: c.datePhrase, quote: c.quote })), null, 1));
    const find = (re: RegExp): Candidate => {
      const c = draft.candidates.find((x) => re.test(x.quote));
      expect(c, `a candidate quoting ${re}`).toBeDefined();
      expect(draft.text.slice(c!.quoteStart, c!.quoteEnd)).toBe(c!.quote);
      expect(text).toContain(c!.quote);
      return c!;
    };
    const confirmation = find(/Vereinigten Staaten bestätigten in dieser Woche/);
    expect(confirmation.datePhrase).toMatch(/dieser Woche/);
    expect(confirmation.start!.value >= '2024-10-21' && (confirmation.end ?? confirmation.start)!.value <= '2024-10-27').toBe(true);
    find(/Interview mit der BBC beim BRICS-Gipfel/);
    find(/Xi .*warnte/);
    find(/John Kirby/);
    find(/11\.000 nordkoreanische Truppen.*Kursk/);
    find(/Desertionen/);
  });
});
