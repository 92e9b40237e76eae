/**
 * Splits a sentence into main clauses at coordinating boundaries ("…, doch …", "…; …",
 * "…, but …"), so one sentence can report two events. Subordinate clauses ("…, dass …",
 * "…, wobei …") stay with their main clause: they usually carry the event's content.
 */
import type { Language } from '../language';
import type { Span } from './sentences';

const BOUNDARY: Record<Language, RegExp> = {
  de: /;\s+|,\s+(?=(?:doch|aber|jedoch|sondern|während)\s)/giu,
  en: /;\s+|,\s+(?=(?:but|whereas|while|yet)\s)/giu,
};

/** Clauses of a sentence with offsets into the article; a part shorter than four words is not split off. */
export function splitClauses(sentence: Span, lang: Language): Span[] {
  const parts: Span[] = [];
  const re = new RegExp(BOUNDARY[lang].source, BOUNDARY[lang].flags);
  let last = 0;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    parts.push(slice(sentence, last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(slice(sentence, last, sentence.text.length));
  // Glue short fragments back to their neighbour: "Er kam, sah und siegte" stays whole.
  const out: Span[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && (words(p.text) < 4 || words(prev.text) < 4)) out[out.length - 1] = slice(sentence, prev.start - sentence.start, p.end - sentence.start);
    else out.push(p);
  }
  return out;
}

function slice(s: Span, from: number, to: number): Span {
  return { start: s.start + from, end: s.start + to, text: s.text.slice(from, to) };
}

const words = (t: string) => (t.match(/[\p{L}\d]+/gu) ?? []).length;

const AND: Record<Language, RegExp> = { de: /,\s+und\s+/gu, en: /,\s+and\s+/gu };

/**
 * "…was completed in 2012, and the viaduct reopened on 21 April 2013": at ", and" / ", und" a
 * clause splits when both sides have a date of their own (`hasDate` over article offsets) — two
 * events, each with its date. Otherwise it stays whole ("closed the road, and police said …").
 */
export function splitDatedCoordination(clause: Span, lang: Language, hasDate: (start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  let from = 0;
  const re = new RegExp(AND[lang].source, AND[lang].flags);
  for (let m = re.exec(clause.text); m; m = re.exec(clause.text)) {
    const left = slice(clause, from, m.index);
    const right = slice(clause, m.index + m[0].length, clause.text.length);
    if (words(left.text) >= 4 && words(right.text) >= 4 && hasDate(left.start, left.end) && hasDate(right.start, right.end)) {
      out.push(left);
      from = m.index + m[0].length;
    }
  }
  out.push(slice(clause, from, clause.text.length));
  return out;
}
