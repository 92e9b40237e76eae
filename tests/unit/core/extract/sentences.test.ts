import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentInWindows, splitSentences } from '../../../../core/extract/sentences';

const PIECES = ['Dr. ', 'z.B. ', 'am 25. Oktober ', '3. ', '123. ', 'Er sagte. ', 'Sie kam! ', 'Wer? ', '\n', '\n\n', '  ', '"Ja." ', '(so.) ',
  'etc. und', 'a.', '.', 'Ü', '𝐀b. ', '1.', 'x', 'Y', '...', '?!', '», ', 'No. 5 ', '\r\n', '\u2029', '\u0301', '。', '12.5 ', 'A. ', 'b. c', ': '];

describe('sentence splitting of long texts', () => {
  it('segments in windows exactly as one pass of Intl.Segmenter over the whole text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 150 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.constantFrom('de', 'en'), fc.integer({ min: 1, max: 40 }), (t, lang, window) => {
      const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
      const whole = [...seg.segment(t)].map((s) => [s.index, s.index + s.segment.length]);
      expect(segmentInWindows(seg, t, window)).toEqual(whole);
    }), { numRuns: 3000, seed: 8 });
  });

  it('splits 800,000 characters of prose in well under the time a user waits (it took 41 s)', { timeout: 10_000 }, () => {
    const sentence = 'Der Sprecher des Ministeriums erklärte am 25. Oktober, man prüfe die Berichte. ';
    const text = sentence.repeat(Math.ceil(800_000 / sentence.length));
    const s = splitSentences(text, 'de');
    expect(s).toHaveLength(Math.ceil(800_000 / sentence.length));
    expect(s.at(-1)!.text).toBe(sentence.trim());
    expect(text.slice(s[500]!.start, s[500]!.end)).toBe(s[500]!.text);
  });

  it('keeps a long run of German ordinals one sentence without slowing down (200k characters took 2 min)', { timeout: 10_000 }, () => {
    const text = '1. 2. 3. 4. 5. 6. 7. 8. 9. 10. '.repeat(200_000 / 31);
    const s = splitSentences(text, 'de');
    expect(s).toHaveLength(1);
    expect(s[0]!.end).toBe(text.trimEnd().length);
  });
});
