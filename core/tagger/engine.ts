import { sentenceStarts, sentenceTense } from './tense';
import type { Lang, Rule, RuleContext, Tense, Timex, Ymd } from './types';

interface Candidate extends Timex {
  priority: number;
  floating: boolean;
}

// How far back (in characters) an explicitly written year still anchors a date without a year.
const NEAR_YEAR = 120;

/**
 * Runs every rule over the text and keeps the longest non-overlapping matches
 * (ties broken by rule priority, then by position), sorted by start.
 */
export function runRules(text: string, rules: readonly Rule[], lang: Lang, dct: Ymd | null): Timex[] {
  let starts: number[] | null = null;
  const tenseCache = new Map<number, Tense>();
  const tenseAt = (index: number): Tense => {
    starts ??= sentenceStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1; // lo < mid <= hi, always an index of starts
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    let t = tenseCache.get(lo);
    if (!t) {
      t = sentenceTense(text.slice(starts[lo], starts[lo + 1] ?? text.length), lang);
      tenseCache.set(lo, t);
    }
    return t;
  };

  const cands: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const index = m.index;
      const ctx: RuleContext = { lang, text, dct, index, tense: () => tenseAt(index) };
      const hit = rule.hit(m, ctx);
      if (!hit) continue;
      const start = index + (hit.start ?? 0);
      const end = index + (hit.end ?? m[0].length);
      if (end <= start) continue;
      cands.push({ start, end, text: text.slice(start, end), type: hit.type, value: hit.value, priority: rule.priority ?? 0, floating: !!hit.floating });
    }
  }

  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of cands) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  anchorToNearbyYear(taken, dct, lang);
  return taken.map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));
}

/**
 * "Im Jahr 1992 … am 5. März" and narratives without a dct: a date written without a year takes
 * the year written shortly before it (any distance when there is no dct) instead of the dct's.
 */
function anchorToNearbyYear(taken: Candidate[], dct: Ymd | null, lang: Lang): void {
  // In English news a nearby year misleads more often than it helps (measured on TimeBank/AQUAINT).
  const withDct = lang === 'de';
  let last: { year: string; end: number } | null = null;
  for (const c of taken) {
    if (c.floating) {
      if (last && (!dct || (withDct && c.start - last.end < NEAR_YEAR && Math.abs(+last.year - dct.y) >= 2)) && /^(?:\d{4}|XXXX)-/.test(c.value)) {
        c.value = last.year + c.value.slice(4);
      }
    } else if (c.type === 'DATE' && /^\d{4}(?:-|$)/.test(c.value) && c.text.includes(c.value.slice(0, 4))) {
      last = { year: c.value.slice(0, 4), end: c.end };
    }
  }
}
