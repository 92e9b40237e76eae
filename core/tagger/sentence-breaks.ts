/**
 * What a full stop after a word means, for the tagger's tense cues and the importer's sentences
 * alike: after an abbreviation ("Dr.", "Nr.", "Corp.", "z.B.") it does not end a sentence, after
 * "a.m."/"p.m." only when no weekday, month or lower-case word follows ("at 5 p.m. Tuesday").
 */

/** Abbreviations after which a full stop does not end a sentence (lower case, without the last stop). */
export const ABBREVIATIONS = new Set([
  'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'inc', 'corp', 'co',
  'ltd', 'vs', 'etc', 'no', 'nr', 'bzw', 'ca', 'vgl', 'usw', 'evtl', 'ggf', 'inkl', 'z', 'b', 'u', 'a', 'd', 'h', 's', 'e', 'v',
  'chr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'mio', 'mrd', 'abs',
  'u.s', 'u.k', 'u.n', 'z.b', 'u.a', 'd.h', 'v.a', 'o.ä', 'n.chr', 'v.chr', 'str', 'tel', 'ziff', 'bd', 'hrsg', 'jh', 'jhd',
]);

/** The longest abbreviation, for scanning back from a stop. */
export const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// After "a.m."/"p.m." the sentence goes on when a day, a month, a zone, "on"/"today" or a lower-case word follows.
const AFTER_CLOCK = /^\s*(?:\p{Ll}|\(|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|BST|CET|CEST)\b)/u;

/**
 * Whether a full stop after `word` (lower case, letters and inner dots: "p.m", "z.b", "corp") is
 * no sentence end, given the text after the stop.
 */
export function stopContinues(word: string, after: string): boolean {
  if (word === 'a.m' || word === 'p.m') return AFTER_CLOCK.test(after);
  return ABBREVIATIONS.has(word);
}
