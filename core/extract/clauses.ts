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
