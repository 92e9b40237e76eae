/** Sentence splitting with UTF-16 offsets: Intl.Segmenter where present, a rule-based fallback otherwise. */
import { LONGEST_ABBREVIATION, stopContinues } from '../tagger/sentence-breaks';

/** A stretch of the article text; `end` is exclusive, `text === article.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * How much text Intl.Segmenter sees at once. V8's segmenter slows down sharply on long strings
 * (each step costs time in proportion to the whole string past ~100k characters: 400k characters
 * took 10 s, 800k 41 s), so long texts are segmented in windows of this size.
 */
export const SEGMENT_WINDOW = 1024;

/** What segmentInWindows needs of Intl.Segmenter. */
type Segmenter = { segment(text: string): Iterable<{ index: number; segment: string }> };

/**
 * Sentence segments of `text`, exactly as one Segmenter pass over the whole text gives them, in
 * windows of `window` characters. A window starts at a break already found, and a break found in
 * it counts only when a letter, a line break or a . ! ? follows it inside the window: the sentence
 * rules (UAX #29, SB8) look back no further than the current sentence and ahead no further than
 * the next of these, so such a break is the same in the window as in the whole text. The last
 * unconfirmed stretch is segmented again in the next window; a window without a confirmed break
 * grows until it holds one.
 */
export function segmentInWindows(segmenter: Segmenter, text: string, window: number = SEGMENT_WINDOW): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let size = window;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    // The last letter or line break of the window: breaks up to it are confirmed.
    let confirmedUpTo = text.length;
    if (end < text.length) {
      confirmedUpTo = -1;
      for (let i = end - 1; i >= start; i--) {
        if (isLetterOrBreak(text, i)) {
          confirmedUpTo = i;
          break;
        }
      }
    }
    const chunk = text.slice(start, end);
    let at = start;
    for (const s of segmenter.segment(chunk)) {
      const segEnd = start + s.index + s.segment.length;
      if (segEnd > confirmedUpTo) break;
      out.push([at, segEnd]);
      at = segEnd;
    }
    if (at === start) size *= 2; // one sentence longer than the window: look further
    else [start, size] = [at, window];
  }
  return out;
}

// Letters, line and paragraph separators and sentence terminators end the rules' look-ahead.
const LETTER = /[\p{L}\n\r\u0085\u2028\u2029.!?]/u;

function isLetterOrBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // A low surrogate: test the whole code point.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return LETTER.test(text.slice(i - 1, i + 1));
  return LETTER.test(text[i]!);
}

function segmentRaw(text: string, lang: string): Array<[number, number]> {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) return segmentInWindows(new Segmenter(lang, { granularity: 'sentence' }), text);
  // Fallback: break after . ! ? (and closing quotes) followed by space, and at line breaks.
  const out: Array<[number, number]> = [];
  const re = /[.!?]+["“”„'’»«)\]]*\s+|\n+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push([last, end]);
    last = end;
  }
  if (last < text.length) out.push([last, text.length]);
  return out;
}

const isSpace = (ch: string) => /\s/.test(ch);
const WORD_CHAR = /^[\p{L}.]$/u;

/** The code point that ends at `end` (one or two UTF-16 units), not reaching before `start`. */
function codePointBefore(text: string, start: number, end: number): string {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= start) {
    const h = text.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1]!;
}

/** True when the text from `at` to `end`, after any whitespace, begins with a letter or digit. */
function startsWithWord(text: string, at: number, end: number): boolean {
  while (at < end && isSpace(text[at]!)) at++;
  return at < end && /^[\p{L}\d]/u.test(text.slice(at, Math.min(at + 2, end)));
}

/**
 * True when the break after text[start, end) is a false one: an abbreviation or a German ordinal
 * ("am 25. Oktober"); `next` is the segment after it. Looks only at the end of the sentence so far,
 * never at all of it, so merging many false breaks stays linear.
 */
function falseBreak(text: string, start: number, end: number, next: [number, number], lang: string): boolean {
  // Trailing whitespace that holds a line break: a real break.
  let t = end;
  while (t > start && isSpace(text[t - 1]!)) {
    if (text[t - 1] === '\n') return false;
    t--;
  }
  if (t === start || text[t - 1] !== '.') return false;
  // The word before the stop (letters and dots); longer than any abbreviation, it is none.
  const stop = t - 1;
  let w = stop;
  while (w > start && stop - w <= 2 * LONGEST_ABBREVIATION + 2) {
    const ch = codePointBefore(text, start, w);
    if (!WORD_CHAR.test(ch)) break;
    w -= ch.length;
  }
  if (w < stop && stop - w <= 2 * LONGEST_ABBREVIATION + 2 && stopContinues(text.slice(w, stop).toLowerCase(), text.slice(next[0], Math.min(next[1], next[0] + 12)))) return true;
  // "25. Oktober", "2. Weltkrieg": one or two digits and a stop are an ordinal in German (in
  // English "on April 2. Shipping…" ends a sentence).
  if (lang === 'de' && startsWithWord(text, next[0], next[1])) {
    let d = stop;
    while (d > start && stop - d <= 2 && text[d - 1]! >= '0' && text[d - 1]! <= '9') d--;
    const digits = stop - d;
    if (digits >= 1 && digits <= 2 && (d === start || !/[\d.]/.test(text[d - 1]!))) return true;
  }
  return false;
}

/**
 * Splits text into sentences, trimmed of surrounding whitespace (offsets still point into the
 * text). Paragraph breaks always end a sentence, so headlines stand alone. Linear in the length
 * of the text.
 */
export function splitSentences(text: string, lang: string = 'en'): Span[] {
  const merged: Array<[number, number]> = [];
  for (const raw of segmentRaw(text, lang)) {
    const s: [number, number] = [raw[0], raw[1]];
    const prev = merged[merged.length - 1];
    // "…in 2016.[85][86] As at 2017": the segmenter breaks inside the footnote markers; they end the sentence before.
    const lead = prev ? footnoteLead(text, s[0], s[1]) : 0;
    if (lead) {
      prev![1] = s[0] + lead;
      s[0] += lead;
      if (s[0] >= s[1]) continue;
    }
    if (prev && falseBreak(text, prev[0], prev[1], s, lang)) prev[1] = s[1];
    else merged.push(s);
  }
  // Segmenter keeps line breaks inside a segment when no punctuation precedes them: split there too.
  const out: Span[] = [];
  let nl = text.indexOf('\n'); // the next line break at or after the current segment (-1: none left)
  for (const [start, end] of merged) {
    let offset = start;
    if (nl >= 0 && nl < start) nl = text.indexOf('\n', start);
    for (; nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      pushTrimmed(out, text, offset, nl);
      offset = nl + 1;
    }
    pushTrimmed(out, text, offset, end);
  }
  return out;
}

// Footnote markers (or what the segmenter leaves of them) at the start of a segment: "85][86] ", "[3] ".
const FOOTNOTE_LEAD = /^(?:\d{1,3}\]|\[(?:\d{1,3}|[a-z]|Anm\.\s*\d{1,3})\])(?:\[(?:\d{1,3}|[a-z])\])*\s*/;

/** Length of the footnote markers that open text[start, end); 0 when there are none. */
function footnoteLead(text: string, start: number, end: number): number {
  return FOOTNOTE_LEAD.exec(text.slice(start, Math.min(end, start + 40)))?.[0].length ?? 0;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
