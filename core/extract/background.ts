/**
 * Background phrases: time references that place a sentence in the past at large ("seit dem
 * Koreakrieg", "seit Jahren", "historically"). They do not date an event, and a sentence dated only
 * by them is background, not news of the article's week.
 */
import type { Language } from '../language';

// "seit dem Mittag", "since the weekend", "seit dem 3. März": a recent start, not background.
const RECENT = {
  de: '(?!(?:frühen\\s+|späten\\s+)?(?:mittag|morgen|vormittag|nachmittag|abend|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\\d))',
  en: '(?!(?:early\\s+|late\\s+)?(?:morning|afternoon|evening|night|weekend|start\\s+of\\s+the\\s+week|\\d))',
};

const PATTERNS: Record<Language, RegExp> = {
  de: new RegExp(String.raw`\b(seit\s+(?:(?:dem|der|den)\s+${RECENT.de}|(?:jahren|jahrzehnten|langem|jeher|generationen|menschengedenken|ende|beginn|anfang)\b)[^,.;]*|seit\s+\d{4}|historisch(e|en|er)?\b|traditionell|in\s+der\s+vergangenheit|früher|einst|damals|jahrzehntelang|jahrelang|schon\s+immer|im\s+(zweiten|ersten)\s+weltkrieg|im\s+kalten\s+krieg)`, 'iu'),
  en: new RegExp(String.raw`\b(since\s+(?:the\s+${RECENT.en}|(?:world|decades|years|centuries|then)\b)[^,.;]*|since\s+\d{4}|historically|traditionally|in\s+the\s+past|for\s+(years|decades|centuries|generations)|long\s+(been|since)|once\s+again|during\s+the\s+(cold|korean|second|first)\s+war|in\s+the\s+(cold|korean)\s+war)`, 'iu'),
};

/** The first background phrase in a clause, with its offset, or null. */
export function findBackground(clause: string, lang: Language): { index: number; text: string } | null {
  const m = PATTERNS[lang].exec(clause);
  return m ? { index: m.index, text: m[0].trim() } : null;
}
