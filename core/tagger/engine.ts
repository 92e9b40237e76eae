import { quoteSpans, sentenceStarts, tenseCues, tenseNear, type TenseCue } from './tense';
import type { Language } from '../language';
import type { AnchorKind, Granularity, Rule, RuleContext, Tense, Timex, Ymd } from './types';

interface Candidate extends Timex {
  priority: number;
  floating: boolean;
  timeOnly: boolean;
  anchor?: AnchorKind;
  quarterOffset?: number;
  need: Granularity;
  rule: Rule;
  m: RegExpExecArray;
  ctx: RuleContext;
}

/** A reference date and how much of it is known (a year, a month or a day). */
interface Ref {
  ymd: Ymd;
  gran: Granularity;
}

const GRAN_RANK: Record<Granularity, number> = { Y: 0, M: 1, D: 2 };

// How far back (in characters) an explicitly written year still anchors a date without a year.
const NEAR_YEAR = 120;

/**
 * Runs every rule over the text and keeps the longest non-overlapping matches
 * (ties broken by rule priority, then by position), sorted by start. A text that tells of its own
 * past (a history: many years of its own, none near the publication date) is read as a narrative,
 * as if it had no publication date: its own dates are the reference.
 */
export function runRules(text: string, rules: readonly Rule[], lang: Language, dct: Ymd | null): { timexes: Timex[]; narrative: boolean } {
  const tenseAt = tenseReader(text, lang);
  const matches = matchAll(text, rules);
  let taken = select(matches, text, lang, dct, tenseAt);
  let ref = dct;
  if (dct && isNarrative(taken, dct)) {
    ref = null;
    taken = select(matches, text, lang, null, tenseAt);
  }
  anchorToContext(taken, ref, lang);
  const timexes = taken.map(({ start, end, text: t, type, value, timeOnly }) => ({ start, end, text: t, type, value, ...(timeOnly ? { timeOnly } : {}) }));
  return { timexes, narrative: !!dct && ref === null };
}

// A narrative names at least this many years of its own at least FAR_YEARS before the publication
// date, and at most one near it for every NEAR_RATIO far ones (a news story that recalls history
// names the present too). Measured: the WikiWarsDE histories name 14–86 far years and none near;
// news in KRAUTS, TimeBank and AQUAINT at most 10 far ones, most of them beside near ones.
const NARRATIVE_MIN_YEARS = 8;
const FAR_YEARS = 3;
const NEAR_RATIO = 20;

/** Whether the explicitly written years of a text make it a narrative of its own past. */
function isNarrative(taken: readonly Candidate[], dct: Ymd): boolean {
  let far = 0;
  let near = 0;
  for (const c of taken) {
    if (c.type !== 'DATE' || c.floating || c.anchor) continue;
    const bc = /^BC\d{4}$/.test(c.value);
    const y = /^(\d{4})(?:-|$)/.exec(c.value)?.[1];
    if (bc) far++;
    else if (y && c.text.includes(y)) {
      if (+y <= dct.y - FAR_YEARS) far++;
      else if (Math.abs(+y - dct.y) < FAR_YEARS) near++;
    }
  }
  return far >= NARRATIVE_MIN_YEARS && near * NEAR_RATIO <= far;
}

/** The tense reader of a text: the tense of the verb nearest to [from, to) in its sentence (cues cached per sentence). */
function tenseReader(text: string, lang: Language): (from: number, to: number) => Tense {
  let starts: number[] | null = null;
  const cueCache = new Map<number, { cues: TenseCue[]; quotes: Array<[number, number]> }>();
  return (from, to) => {
    starts ??= sentenceStarts(text, lang);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1; // lo < mid <= hi, always an index of starts
      if (starts[mid]! <= from) lo = mid;
      else hi = mid - 1;
    }
    const s0 = starts[lo]!;
    let cached = cueCache.get(lo);
    if (!cached) {
      const sentence = text.slice(s0, starts[lo + 1] ?? text.length);
      cached = { cues: tenseCues(sentence, lang), quotes: quoteSpans(sentence) };
      cueCache.set(lo, cached);
    }
    return tenseNear(cached.cues, from - s0, to - s0, cached.quotes);
  };
}

/** Every match of every rule's pattern (the patterns do not depend on the reference date). */
function matchAll(text: string, rules: readonly Rule[]): Array<{ rule: Rule; m: RegExpExecArray }> {
  const out: Array<{ rule: Rule; m: RegExpExecArray }> = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      if (m[0].length === 0) rule.re.lastIndex++;
      else out.push({ rule, m });
    }
  }
  return out;
}

/** The rules' values for their matches against one reference date, then the longest non-overlapping ones in text order. */
function select(matches: ReadonlyArray<{ rule: Rule; m: RegExpExecArray }>, text: string, lang: Language, dct: Ymd | null, tenseAt: (from: number, to: number) => Tense): Candidate[] {
  const cands: Candidate[] = [];
  for (const { rule, m } of matches) {
    const index = m.index;
    const end0 = index + m[0].length;
    const ctx: RuleContext = { lang, text, dct, index, tense: () => tenseAt(index, end0) };
    const hit = rule.hit(m, ctx);
    if (!hit) continue;
    const start = index + (hit.start ?? 0);
    const end = index + (hit.end ?? m[0].length);
    if (end <= start) continue;
    cands.push({
      start, end, text: text.slice(start, end), type: hit.type, value: hit.value, priority: rule.priority ?? 0,
      floating: !!hit.floating, timeOnly: !!hit.timeOnly, anchor: hit.anchor, quarterOffset: hit.quarterOffset, need: hit.need ?? 'D', rule, m, ctx,
    });
  }
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Candidate[] = [];
  // Characters already covered by a kept match: linear in the text, however many candidates there are.
  const covered = new Uint8Array(text.length);
  for (const c of cands) {
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    covered.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

// A year as an end point, a start of background or an attribute does not move the story's time:
// "bis 1915", "seit 1912", "die Deklaration von 1856", "until 1990", "since 1945" (a month or a day
// does: "Bis zum März 1776 hatte er …").
const NOT_REFERENCE_BEFORE: Record<Language, RegExp> = {
  de: /(?:\bseit\s+(?:(?:Ende|Anfang|Mitte)\s+)?|\bvon\s+|\()(?:(?:das|dem|des)\s+)?(?:Jahre?s?\s+)?$/iu,
  en: /(?:\bsince\s+|\()(?:the\s+)?(?:(?:end|beginning|start)\s+of\s+)?$/iu,
};
// "bis 1915" after "am 21. August 1914": a look ahead to where something ends, not the story's new time.
const UNTIL_BEFORE: Record<Language, RegExp> = {
  de: /\bbis\s+(?:(?:zum|zur|Ende|Anfang|Mitte)\s+)?(?:(?:das|dem|des)\s+)?(?:Jahre?s?\s+)?$/iu,
  en: /\b(?:until|till|through)\s+(?:the\s+)?(?:(?:end|beginning|start)\s+of\s+)?$/iu,
};

/** Whether a date moves the reference time of the text (see NOT_REFERENCE_BEFORE); "von 1914 bis 1918" starts a period and does. */
function setsReferenceTime(c: Candidate, lang: Language): boolean {
  const before = c.ctx.text.slice(Math.max(0, c.start - 30), c.start);
  if (!NOT_REFERENCE_BEFORE[lang].test(before)) return true;
  return /\bvon\s+(?:(?:das|dem|des)\s+)?(?:Jahre?s?\s+)?$/iu.test(before) && /^\s*(?:bis|[-–])/u.test(c.ctx.text.slice(c.end, c.end + 6));
}

/** The date a TIMEX value names, with its precision; null for vague, week-less or BC values. */
export function refOf(value: string): Ref | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dX])/.exec(value);
  if (!m) return null;
  const y = +m[1]!;
  if (!m[2]) return { ymd: { y, m: 1, d: 1 }, gran: 'Y' };
  if (!m[3]) return { ymd: { y, m: +m[2], d: 1 }, gran: 'M' };
  return { ymd: { y, m: +m[2], d: +m[3] }, gran: 'D' };
}

/**
 * Second pass, in text order, keeping the last mentioned date as the narrative's reference time:
 * - anchored rules ("zwei Tage später", "the next day", "im selben Jahr") are re-run against it
 *   (see AnchorKind);
 * - a date written without a year ("am 22. Juni", "im Herbst") takes the reference year when there
 *   is no dct (narratives), and in German news the year written before it in the same paragraph when
 *   that is far from the dct, shortly before it or in a past-tense sentence ("Im Jahr 1992 … am 5. März");
 * - in quarterly reports, "the latest quarter" and "a year earlier" follow the quarter named last.
 * A coarser mention of the same year or month ("1941" after "22. Juni 1941") keeps the finer reference;
 * an end point or an attribute ("bis 1915", "seit 1912", "von 1856") does not move it.
 */
function anchorToContext(taken: Candidate[], dct: Ymd | null, lang: Language): void {
  // In English news a nearby year misleads more often than it helps (measured on TimeBank/AQUAINT).
  const withDct = lang === 'de';
  const dctRef: Ref | null = dct ? { ymd: dct, gran: 'D' } : null;
  let lastYear: { year: string; end: number } | null = null;
  let last: Ref | null = null;
  let lastQuarter: number | null = null; // year * 4 + quarter - 1
  const paragraphEnds = [...(taken[0]?.ctx.text ?? '').matchAll(/\n\s*\n/g)].map((m) => m.index);
  const paragraphOf = (i: number) => paragraphEnds.filter((e) => e < i).length;
  /**
   * A news paragraph that turns to its own past ("Im Koreakrieg 1950 … Im Herbst kamen …"): the last
   * explicit year, when it is far from the dct and written in the candidate's paragraph. Only dates
   * without a year follow it; "im vergangenen Jahr", "gestern" and weekdays stay the reporter's.
   */
  const passageYear = (c: Candidate): { year: string; end: number } | null =>
    dct && lastYear && Math.abs(+lastYear.year - dct.y) >= 2 && paragraphOf(lastYear.end) === paragraphOf(c.start) ? lastYear : null;
  for (const c of taken) {
    if (c.quarterOffset !== undefined && lastQuarter !== null && dct) {
      const q = lastQuarter + c.quarterOffset;
      c.value = `${String(Math.floor(q / 4)).padStart(4, '0')}-Q${(q % 4) + 1}`;
    } else if (c.anchor) {
      const ref = c.anchor === 'anaphoric' ? last ?? dctRef : dct ? (c.anchor === 'deictic' ? dctRef : null) : last;
      if (ref && GRAN_RANK[ref.gran] >= GRAN_RANK[c.need] && !(c.anchor === 'deictic' && dct)) {
        const h = c.rule.hit(c.m, { ...c.ctx, dct: ref.ymd, anchored: true });
        if (h) {
          c.type = h.type;
          c.value = h.value;
          // The re-run may widen the extent ("[two days] later" → "[two days later]") if that overlaps nothing.
          const start = c.m.index + (h.start ?? 0);
          const end = c.m.index + (h.end ?? c.m[0].length);
          if (end > start && taken.every((t) => t === c || end <= t.start || start >= t.end)) {
            c.start = start;
            c.end = end;
            c.text = c.ctx.text.slice(start, end);
          }
        }
      }
    } else if (c.floating && /^(?:\d{4}|XXXX)-/.test(c.value)) {
      if (!dct && last) c.value = String(last.ymd.y).padStart(4, '0') + c.value.slice(4);
      else if (dct && withDct) {
        const story = passageYear(c);
        const tense = story ? c.ctx.tense() : 'present';
        if (story && tense !== 'future' && (c.start - story.end < NEAR_YEAR || tense === 'past')) c.value = story.year + c.value.slice(4);
      }
    }
    if (c.type !== 'DATE' && c.type !== 'TIME') continue;
    const quarter = /^(\d{4})-Q([1-4])$/.exec(c.value);
    // Only a quarter the text names itself is the report's quarter; "a year earlier" is not.
    if (quarter && !c.quarterOffset) lastQuarter = +quarter[1]! * 4 + +quarter[2]! - 1;
    if (c.type === 'DATE' && !c.floating && /^\d{4}(?:-|$)/.test(c.value) && c.text.includes(c.value.slice(0, 4))) {
      lastYear = { year: c.value.slice(0, 4), end: c.end };
    }
    const r = refOf(c.value);
    if (!r) continue;
    if (r.gran === 'Y' && (!setsReferenceTime(c, lang) || (last && last.gran !== 'Y' && UNTIL_BEFORE[lang].test(c.ctx.text.slice(Math.max(0, c.start - 30), c.start))))) continue;
    const coarser = last && last.ymd.y === r.ymd.y && GRAN_RANK[r.gran] < GRAN_RANK[last.gran] && (r.gran === 'Y' || last.ymd.m === r.ymd.m);
    if (!coarser) last = r;
  }
}
