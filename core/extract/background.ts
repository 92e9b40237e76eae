/**
 * Background phrases: time references that place a sentence in the past at large ("seit dem
 * Koreakrieg", "seit Jahren", "historically"). They do not date an event, and a sentence dated only
 * by them is background, not news of the article's week.
 */
import type { Language } from '../language';
const PATTERNS: Record<Language, RegExp> = {
  de: /\b(seit\s+(dem|der|den|jahren|jahrzehnten|langem|jeher|generationen|menschengedenken|ende|beginn|anfang)\b[^,.;]*|seit\s+\d{4}|historisch(e|en|er)?\b|traditionell|in\s+der\s+vergangenheit|früher|einst|damals|jahrzehntelang|jahrelang|schon\s+immer|im\s+(zweiten|ersten)\s+weltkrieg|im\s+kalten\s+krieg)/iu,
  en: /\b(since\s+(the|world|decades|years|centuries|then)\b[^,.;]*|since\s+\d{4}|historically|traditionally|in\s+the\s+past|for\s+(years|decades|centuries|generations)|long\s+(been|since)|once\s+again|during\s+the\s+(cold|korean|second|first)\s+war|in\s+the\s+(cold|korean)\s+war)/iu,
};

/** The first background phrase in a clause, with its offset, or null. */
export function findBackground(clause: string, lang: Language): { index: number; text: string } | null {
  const m = PATTERNS[lang].exec(clause);
  return m ? { index: m.index, text: m[0].trim() } : null;
}
