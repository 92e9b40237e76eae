/** What the title rules of both languages share: the language interface, word helpers, shortening and the word cut. */
import type { Language } from '../../language';

/** Titles aim at this many characters. */
export const MAX = 70;

/** The language-specific steps of the title pipeline (see index.ts for the order). */
export interface TitleLanguage {
  lang: Language;
  /** What stands before a date phrase and leaves with it: prepositions, articles, adverbs ("bis voraussichtlich", "in the"). */
  dateLead: string;
  /** What joins the two dates of a range ("bis", "und", "to", "–"). */
  rangeJoin: string;
  /** What makes a date an end point that stays in the title ("bis", "until"). */
  until: string;
  /** Words the rules put into a title that the clause need not contain ("says", "will", "USA"). */
  inserted: RegExp;
  /** Connectors and attributions at the start ("Darüber hinaus", "According to officials,"). */
  leading: RegExp;
  /** Non-restrictive relative clauses between commas. */
  relative: RegExp;
  /** Before relative clauses go (German: the agent of a demonstrative passive becomes the subject). */
  prepare(t: string): string;
  /** One round of front-stripping beyond the connectors: reported "that" clauses, fronted phrases. */
  stripFront(t: string): string;
  /** A trailing attribution (", the union said"). */
  trailingAttribution: RegExp;
  /** After the front is gone (German: the subject back before the verb). */
  reorder(t: string): string;
  /** Reported speech as a headline ("Sprecher: Inhalt", "X says Y"); null when the clause is none. */
  speech(t: string): string | null;
  /** A second predicate joined by "und"/"and". */
  coordination: RegExp;
  /** Adverbs a headline can do without. */
  filler: RegExp;
  /** The last clean shortening before a word cut; returns the text unchanged when nothing applies. */
  shortenFurther(t: string): string;
  /** A dangling word left at the end of a word cut (German: an adjective waiting for its noun). */
  trimCut(t: string): string;
  /** A leading definite article headlines drop. */
  article: RegExp;
}

export const words = (s: string): string[] => s.split(' ').filter(Boolean);
export const isUpper = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
export const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;

/** "Der Sprecher John Kirby" → "Kirby", "Die Vereinigten Staaten" → "USA", "Das Ministerium" → "Ministerium". */
export function shortSpeaker(s: string, lang: Language): string {
  s = s.replace(/[,;:]+$/u, '').trim();
  if (/^(?:die\s+)?vereinigten\s+staaten$/iu.test(s) || /^(?:the\s+)?united\s+states$/iu.test(s)) return lang === 'de' ? 'USA' : 'US';
  if (/^(?:das\s+)?vereinigte\s+königreich$/iu.test(s) || /^(?:the\s+)?united\s+kingdom$/iu.test(s)) return lang === 'de' ? 'Großbritannien' : 'UK';
  // "Markus Garlauskas vom Atlantic Council" → "Markus Garlauskas"
  s = s.replace(/^((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+(?:vom|von|der|des|aus|of|from|at)\s.+$/u, '$1');
  // "Sprecher Jörg Albers", "Wladimir Putin": a first name and a surname at the end; the surname stands for the person.
  const person = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+)?(\p{Lu}[\p{Ll}'’-]+)$/u.exec(s);
  const named = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)$/u.exec(s);
  // "Mr Johnson", "Herr Albers": the surname.
  if (person && /^(?:Mr|Mrs|Ms|Dr|Herr|Frau|Prof)$/u.test(person[1]!)) return person[2]!;
  if (person && !/(?:e|en|er|es|ic|al|an|isch|ische[nrs]?)$/u.test(person[1]!)) return person[1]!.length <= 2 ? person[1]! : person[2]!;
  if (named && s.split(/\s+/).length > 2 && !/(?:e|en|er|es|ic|al|an|isch|ische[nrs]?|ium|amt|ung|heit|keit|schaft)$/u.test(named[1]!)) return named[2]!;
  return s.replace(/^(?:der|die|das|the)\s+/iu, '');
}

/**
 * Fits a title into MAX characters: the first clause, without a second predicate or filler adverbs,
 * then the language's own clean steps, and only then a word cut with an ellipsis.
 */
export function shorten(t: string, L: TitleLanguage): string {
  t = t.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX) return t;
  // A parenthesis is an aside ("in der Stadthalle (Saal Nr. 2)").
  t = t.replace(/\s*\([^()]{1,60}\)/gu, '');
  if (t.length <= MAX) return t;
  // A later clause after a comma or semicolon is an addition.
  const clause = /^(.{20,}?)(?:[,;]\s+|\s+[–—]\s+)/u.exec(t);
  if (clause) t = clause[1]!;
  if (t.length <= MAX) return t;
  t = t.replace(L.coordination, '$1');
  if (t.length <= MAX) return t;
  t = (' ' + t + ' ').replace(L.filler, '').trim();
  if (t.length <= MAX) return t;
  t = L.shortenFurther(t);
  if (t.length <= MAX) return t;
  return wordCut(t, L);
}

// Words a cut title must not end on: "… nach Russland" reads as a title, "… bestätigte, dass der" does not.
export const DANGLING = /\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|dass|von|vom|mit|zu|zum|zur|für|auf|aus|bei|nach|in|im|an|am|über|unter|vor|als|wie|sich|seine[nmrs]?|ihre[nmrs]?|wobei|während|bezüglich|hinsichtlich|the|a|an|and|or|but|that|of|to|for|with|on|in|at|by|from|as|his|her|its|their|which|who|while)$/iu;

/** Cuts at the last word that fits, sheds dangling function words (and the language's dangling words), ends with an ellipsis. */
export function wordCut(t: string, L: TitleLanguage): string {
  if (t.length <= MAX) return t;
  const head = t.slice(0, MAX + 1);
  const comma = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  if (comma >= 40) return head.slice(0, comma);
  const space = head.lastIndexOf(' ');
  let out = head.slice(0, space > 20 ? space : MAX).replace(/[\s,;:–—-]+$/u, '');
  for (let i = 0; i < 4; i++) {
    const before = out;
    out = L.trimCut(out.replace(DANGLING, ''));
    if (out === before) break;
  }
  return `${out.replace(/[\s,;:–—-]+$/u, '')}…`;
}
