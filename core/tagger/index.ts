import { parseDct } from './calendar';
import { runRules } from './engine';
import { DE_RULES } from './lang/de';
import { EN_RULES } from './lang/en';
import { isLanguage, type Language } from '../language';
import type { Rule, TagOptions, Timex } from './types';

export type { TagOptions, Timex, TimexType } from './types';
export { detectLanguage } from './detect-language';

const RULES: Record<Language, readonly Rule[]> = { de: DE_RULES, en: EN_RULES };

/** Finds temporal expressions in `text`, sorted by start and non-overlapping (UTF-16 offsets). */
export function tag(text: string, opts: TagOptions): Timex[] {
  return tagDocument(text, opts).timexes;
}

/**
 * The expressions of a text, and whether the tagger read it as a narrative of its own past (a
 * history whose dates anchor each other rather than the publication date).
 */
export function tagDocument(text: string, opts: TagOptions): { timexes: Timex[]; narrative: boolean } {
  const lang: Language = opts.lang === 'de' ? 'de' : 'en';
  return runRules(text, RULES[lang], lang, parseDct(opts.dct));
}

/** Converts UTF-16 offsets to code-point offsets (what Python's str indices count). */
export function toCodePointOffsets(text: string, timexes: Timex[]): Timex[] {
  if (!/[\uD800-\uDBFF]/.test(text)) return timexes.map((t) => ({ ...t }));
  const map = new Array<number>(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[++i] = cp;
    }
    cp++;
  }
  map[text.length] = cp;
  // Every index 0…text.length was assigned above.
  return timexes.map((t) => ({ ...t, start: map[t.start]!, end: map[t.end]! }));
}

/** Tags many documents at once in the scorer's system format (code-point offsets). */
export function tagBatch(
  docs: Record<string, { text: string; dct?: string | null; lang?: string }>,
  lang: Language,
): Record<string, Array<{ start: number; end: number; value: string; type: string; text: string }>> {
  const out: Record<string, Array<{ start: number; end: number; value: string; type: string; text: string }>> = {};
  for (const [id, doc] of Object.entries(docs)) {
    const l: Language = isLanguage(doc.lang) ? doc.lang : lang;
    const found = tag(doc.text, { lang: l, dct: doc.dct ?? undefined });
    out[id] = toCodePointOffsets(doc.text, found).map(({ start, end, value, type, text }) => ({ start, end, value, type, text }));
  }
  return out;
}
