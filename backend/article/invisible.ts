/** Characters that show nothing but can hide or reorder text: kept out of titles, not counted as text. */

// Soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul and Khmer fillers, Mongolian
// vowel separator, zero-width spaces and joiners, direction marks, bidi embeddings, overrides and
// isolates, invisible operators, the byte order mark.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/g;

/** `s` without invisible characters. */
export function withoutInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** True when `s` has nothing visible: only whitespace and invisible characters. */
export function isBlank(s: string): boolean {
  return !withoutInvisible(s).trim();
}

/** A title, byline or name as shown: invisible characters removed, whitespace collapsed. */
export function cleanLabel(s: string): string {
  return withoutInvisible(s).replace(/\s+/g, ' ').trim();
}
