/**
 * Proposes a short, headline-like event title from a clause (≤ 70 chars where possible): drops
 * connectors, the date phrase, fronted adverbials, appositions and relative clauses, turns reported
 * speech into "Speaker: content" (German) or "Speaker says content" (English), and shortens at phrase
 * boundaries — an ellipsis only when nothing clean fits. The pipeline is here; the language rules
 * are in de.ts and en.ts.
 */
import type { Language } from '../../language';
import { letters, shorten, wordCut, type TitleLanguage } from './common';
import { GERMAN } from './de';
import { ENGLISH } from './en';

const RULES: Record<Language, TitleLanguage> = { de: GERMAN, en: ENGLISH };

// "ALDWICK, March 6, 2025 — …" / "München, 12.02.2025 – …": the place (and date) before a dash.
const DATELINE = /^\p{Lu}[\p{L} .'-]{1,40},\s*[^—–]{0,30}?\s*[—–-]\s+/u;

// "Der Sprecher …, John Kirby, deutete an" → "John Kirby deutete an"
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const ROLE_THEN_NAME = new RegExp(String.raw`^[^,]{3,120},\s+(${NAME}),\s+`, 'u');
// "Michael Butler, ein Politikwissenschaftler an der Clark University, bemerkte" → "Michael Butler bemerkte"
const NAME_THEN_ROLE = new RegExp(String.raw`^(${NAME}),\s+(?:ein|eine|der|die|a|an|the|\p{Ll})[^,]{2,120},\s+`, 'u');

/**
 * A short title for the event a clause reports: a grammatical short sentence from the clause, or,
 * when the rules leave something broken, the clause's own first part cut at a word boundary.
 * The date phrases are removed with their prepositions ("am 3. März", "between 1598 and 1604").
 */
export function proposeTitle(clause: string, lang: Language, datePhrases: string | readonly string[] = []): string {
  const L = RULES[lang];
  const source = clause.replace(/\s+/g, ' ').trim();
  const t = headline(removeDates(source, typeof datePhrases === 'string' ? [datePhrases] : datePhrases, L), L);
  return isSound(t, source, L) ? t : plainTitle(source, L);
}

/** The rules: connectors, datelines, relative clauses and attributions out, reported speech as a headline, shortened. */
function headline(text: string, L: TitleLanguage): string {
  let t = text.replace(DATELINE, '');
  t = t.replace(/\[[^\]]*\]/g, '').replace(/[„“”"«»]/g, '').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
  t = t.replace(/[.!?]+$/u, '');
  t = L.prepare(t);
  t = t.replace(L.relative, '').replace(/\s+/g, ' ');
  t = stripFront(t, L);
  t = L.reorder(t);
  t = t.replace(ROLE_THEN_NAME, '$1 ').replace(NAME_THEN_ROLE, '$1 ');
  t = t.replace(/\s+/g, ' ').trim();
  t = L.speech(t) ?? shorten(t, L);
  // Cleaning can leave too little ("werden"): the clause itself, cut, is the better title then.
  if (letters(t) < 12) t = wordCut(text, L);
  t = t.replace(/(?<!…)[\s,.;:!?–—-]+$/u, '');
  // Headlines drop a leading definite article ("Die Rebellen haben …" → "Rebellen haben …").
  if (t.split(' ').filter(Boolean).length >= 4) t = t.replace(L.article, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * Removes each date phrase with the prepositions, articles and adverbs before it ("bis voraussichtlich
 * Mittwoch", "in the summer of 2019") and a range's second date ("zwischen 2015 und 2018"); a phrase
 * between commas takes both commas ("the strike, in the summer of 2019, lasted"). A possessive date
 * ("in Thursday's ballot") stays: it names a thing.
 */
function removeDates(text: string, phrases: readonly string[], L: TitleLanguage): string {
  let t = text;
  const sorted = [...phrases].filter((p) => p && !/['’]s$/u.test(p)).sort((a, b) => b.length - a.length);
  // An end point stays: "und bis Ende 2026 dauern", "extended its warning until 6 p.m. Wednesday".
  const endPoint = new RegExp(`${L.until}\\s+(?:\\S+\\s+){0,2}$`, 'iu');
  for (const p of sorted) {
    const re = new RegExp(`(,\\s*)?(?<![\\p{L}\\d])${L.dateLead}${escape(p)}(?:\\s*${L.rangeJoin}\\s*(?:${sorted.map(escape).join('|')}))?(?![\\p{L}\\d]|['’]s)(\\s*,)?`, 'iu');
    const at = t.search(new RegExp(`(?<![\\p{L}\\d])${escape(p)}`, 'iu'));
    if (at < 0 || endPoint.test(t.slice(Math.max(0, at - 40), at))) continue;
    t = t.replace(re, (_m, before?: string, after?: string) => (before && after ? ' ' : before || after ? ',' : ' '));
  }
  return t.replace(/\s+([,.;:])/g, '$1').replace(/,\s*,/g, ',').replace(/\s+/g, ' ').replace(/^[,\s]+/, '').trim();
}

// Words a sound title does not end on, nor put two of side by side ("für in", "zwischen und").
const LOOSE_END: Record<Language, RegExp> = {
  // Separable particles ("kündigte … an", "legte … fest") may end a German sentence.
  de: /(?:^|\s)(?:der|die|das|den|dem|des|eine|einen|einem|einer|eines|und|oder|aber|dass|von|vom|zum|zur|für|bei|in|im|am|als|wie|bis|seit|zwischen|gegen|durch|während)$/iu,
  en: /(?:^|\s)(?:the|a|an|and|or|but|that|of|to|for|with|on|in|at|by|from|as|between|into|until|since|after|before|during|his|her|its|their)$/iu,
};
const BROKEN: Record<Language, RegExp> = {
  de: /\b(?:zwischen|von|vom|für|bis|seit|ab|am|im|um|an|auf|aus|in|mit|nach|zum|zur)\s+(?:und|oder|bis|in|im|am|an|auf|aus|für|mit|von|zwischen)\s/iu,
  en: /\b(?:between|from|for|in|on|at|of|to|by|since|until)\s+(?:and|or|to|in|on|at|of|for|by)\s/iu,
};

/**
 * A sound title: at least three words, each a word of the clause (or one the speech rules put in:
 * "says", "will", "USA"), no double punctuation, no preposition without its noun, no dangling end.
 */
function isSound(title: string, clause: string, L: TitleLanguage): boolean {
  const core = title.replace(/…$/u, '');
  if (core.split(/\s+/).filter(Boolean).length < 3 || /[,;:]\s*[,;:]|,,/.test(core) || BROKEN[L.lang].test(`${core} `) || LOOSE_END[L.lang].test(core)) return false;
  const tokens = (s: string) => (s.toLowerCase().match(/[\p{L}\d][\p{L}\d'’.*-]*/gu) ?? []).map((w) => w.replace(/[.'’-]+$/u, ''));
  const ws = tokens(core);
  const known = [...new Set(tokens(clause))];
  // German puts the verb second: a title that starts with a verb ("Brach in der Stadt die Pest aus")
  // is a question, not a statement. Its first word is lower case in the clause, and no noun follows it.
  if (L.lang === 'de') {
    const [w1, w2] = core.split(/\s+/);
    const lower = w1!.charAt(0).toLowerCase() + w1!.slice(1);
    if (new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(clause) && !/^(?:sie|er|es|wir|man|ein|eine|der|die|das|mit|in|im|am|an|auf|nach|vor|bei|zu|zum|zur|von|vom|\d.*)$/iu.test(w1!) && /^\p{Ll}/u.test(w2 ?? 'X')) return false;
  }
  // "announces" for "announced", "warns" for "warned": another form of a word of the clause.
  const sameStem = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i >= 3 && i >= Math.min(a.length, b.length) - 3;
  };
  return ws.every((k) => known.includes(k) || L.inserted.test(k) || known.some((q) => sameStem(q, k)));
}

/** The clause's first part (up to a comma or semicolon when that leaves a sentence), cut at a word boundary. */
function plainTitle(clause: string, L: TitleLanguage): string {
  const t = clause.replace(DATELINE, '').replace(/[„“”"«»]/g, '').replace(/[.!?]+$/u, '').trim();
  const first = /^(.{25,}?)(?:[,;]\s+|\s+[–—]\s+)/u.exec(t)?.[1];
  const out = wordCut(first && first.split(' ').length >= 4 ? first : t, L);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Removes what stands before the event (up to three rounds), then a trailing attribution (", the union said"). */
function stripFront(t: string, L: TitleLanguage): string {
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = L.stripFront(t.replace(L.leading, ''));
    if (t === before) break;
  }
  return t.replace(L.trailingAttribution, '').trim();
}
