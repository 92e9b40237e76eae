import { describe, expect, it } from 'vitest';
import { detectLanguage, tag, tagBatch, toCodePointOffsets } from '../../../../core/tagger';

describe('tagger API', () => {
  it('returns sorted, non-overlapping expressions whose text matches the offsets', () => {
    const text = 'On Monday, March 3, 2025, the plan was approved; work starts next year.';
    const found = tag(text, { lang: 'en', dct: '2025-03-05' });
    expect(found.map((t) => t.value)).toEqual(['2025-03-03', '2026']);
    for (const [i, t] of found.entries()) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (i > 0) expect(t.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('accepts a full ISO timestamp as publication date', () => {
    expect(tag('It rained yesterday.', { lang: 'en', dct: '2024-10-25T08:15:00Z' })[0]?.value).toBe('2024-10-24');
  });

  it('converts offsets after astral characters to code points', () => {
    const text = '🎉 Am 1. Mai 2024 wurde gefeiert.';
    const t = tag(text, { lang: 'de' })[0]!;
    const cp = toCodePointOffsets(text, [t])[0]!;
    expect(cp.start).toBe(t.start - 1);
    expect([...text].slice(cp.start, cp.end).join('')).toBe('1. Mai 2024');
  });

  it('tags a batch in the scorer format', () => {
    const out = tagBatch({ a: { text: 'Gestern regnete es.', dct: '2024-10-25' }, b: { text: 'Nothing here.', dct: null } }, 'de');
    expect(out.a).toEqual([{ start: 0, end: 7, value: '2024-10-24', type: 'DATE', text: 'Gestern' }]);
    expect(out.b).toEqual([]);
  });

  it('tells German from English by stop words', () => {
    expect(detectLanguage('Die Regierung hat am Montag einen neuen Plan vorgestellt.')).toBe('de');
    expect(detectLanguage('The government presented a new plan on Monday.')).toBe('en');
  });
});
