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

/** A short title for the event a clause reports; `datePhrase` is removed with its preposition. */
export function proposeTitle(clause: string, lang: Language, datePhrase = ''): string {
  const L = RULES[lang];
  let t = clause.replace(/\s+/g, ' ').trim();
  if (datePhrase) {
    const esc = datePhrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s*${L.datePrepositions}${esc}(\\s*,)?`, 'iu'), (_m, comma?: string) => (comma ? ',' : ' ')).replace(/\s+/g, ' ').replace(/^,\s*/, '').trim();
  }
  t = t.replace(DATELINE, '');
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
  if (letters(t) < 12) t = wordCut(clause.replace(/\s+/g, ' ').trim(), L);
  t = t.replace(/(?<!…)[\s,.;:!?–—-]+$/u, '');
  // Headlines drop a leading definite article ("Die Rebellen haben …" → "Rebellen haben …").
  if (t.split(' ').filter(Boolean).length >= 4) t = t.replace(L.article, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
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
