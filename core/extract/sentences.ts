/** Sentence splitting with UTF-16 offsets: Intl.Segmenter where present, a rule-based fallback otherwise. */

/** A stretch of the article text; `end` is exclusive, `text === article.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a full stop does not end a sentence (lower-cased, without the stop).
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jr', 'sr', 'inc', 'corp', 'co',
  'vs', 'etc', 'no', 'nr', 'bzw', 'ca', 'vgl', 'usw', 'evtl', 'ggf', 'inkl', 'z', 'b', 'u', 'a', 'd', 'h', 's', 'e', 'v', 'chr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'mio', 'mrd', 'bzw', 'abs',
  'u.s', 'u.k', 'z.b', 'u.a', 'd.h', 'v.a', 'o.ä', 'n.chr', 'v.chr',
]);

function segmentRaw(text: string, lang: string): Span[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    const out: Span[] = [];
    for (const s of new Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
      out.push({ start: s.index, end: s.index + s.segment.length, text: s.segment });
    }
    return out;
  }
  // Fallback: break after . ! ? (and closing quotes) followed by space, and at line breaks.
  const out: Span[] = [];
  const re = /[.!?]+["“”„'’»«)\]]*\s+|\n+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: last, end, text: text.slice(last, end) });
    last = end;
  }
  if (last < text.length) out.push({ start: last, end: text.length, text: text.slice(last) });
  return out;
}

/** True when the break after `prev` is a false one: an abbreviation or a German ordinal ("am 25. Oktober"). */
function falseBreak(prev: string, next: string, lang: string): boolean {
  if (/\n\s*$/.test(prev)) return false;
  const t = prev.trimEnd();
  if (!t.endsWith('.')) return false;
  const word = /([\p{L}.]+)\.$/u.exec(t)?.[1]?.toLowerCase();
  if (word && ABBREVIATIONS.has(word)) return true;
  // "25. Oktober", "2. Weltkrieg": one or two digits and a stop are an ordinal in German (in
  // English "on April 2. Shipping…" ends a sentence).
  if (lang === 'de' && /(^|[^\d.])\d{1,2}\.$/.test(t) && /^\s*[\p{L}\d]/u.test(next)) return true;
  return false;
}

/**
 * Splits text into sentences, trimmed of surrounding whitespace (offsets still point into the
 * text). Paragraph breaks always end a sentence, so headlines stand alone.
 */
export function splitSentences(text: string, lang: string = 'en'): Span[] {
  const raw = segmentRaw(text, lang);
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && falseBreak(prev.text, s.text, lang)) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
    } else merged.push({ ...s });
  }
  // Segmenter keeps line breaks inside a segment when no punctuation precedes them: split there too.
  const out: Span[] = [];
  for (const s of merged) {
    let offset = s.start;
    for (const part of s.text.split(/(\n\s*\n|\n)/)) {
      if (!/^\s*$/.test(part) || part === '') pushTrimmed(out, text, offset, offset + part.length);
      offset += part.length;
    }
  }
  return out;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
