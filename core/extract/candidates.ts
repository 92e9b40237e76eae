/**
 * Article text → candidate events: sentences and clauses with an event predicate, dated by their
 * own temporal expression (else the publication date, marked approximate), scored, titled.
 */
import type { Language } from '../language';
import type { Candidate } from '../api';
import type { ChronikDate } from '../dates';
import { tag, type Timex } from '../tagger';
import { findBackground } from './background';
import { splitClauses } from './clauses';
import { findCue, isHedged } from './cues';
import { splitSentences, type Span } from './sentences';
import { agoDate, specificity, timexToDate, type EventDate } from './timex-date';
import { proposeTitle } from './title';

export interface ExtractOptions {
  lang: Language;
  /** The publication day (`YYYY-MM-DD`) that anchors relative expressions; null when unknown. */
  publishedAt: string | null;
}

/** The date chosen for a clause and the phrase it came from. */
interface Dating {
  date: EventDate | null;
  phrase: string;
  /** The only time reference is background ("seit 2014", "seit dem Koreakrieg"). */
  background: boolean;
}

function dateClause(clause: Span, timexes: Timex[], lang: Language, dct: string | null): Dating {
  // A dateline ("ALDWICK, March 6, 2025 — …") dates the article, not the event reported after it.
  const inside = timexes.filter((t) => t.start >= clause.start && t.end <= clause.end &&
    !(t.start - clause.start < 50 && /^\s*[—–-]\s/.test(clause.text.slice(t.end - clause.start))));
  const bg = findBackground(clause.text, lang);
  const bgStart = bg ? clause.start + bg.index : -1;
  const bgEnd = bg ? bgStart + bg.text.length : -1;
  let best: { date: EventDate; timex: Timex; inBackground: boolean } | null = null;
  for (const t of inside) {
    const date = timexToDate(t.value, t.type, dct) ??
      (t.type === 'DURATION' ? agoDate(t.value, clause.text.slice(Math.max(0, t.start - clause.start - 25), t.start - clause.start), clause.text.slice(t.end - clause.start, t.end - clause.start + 12), lang, dct) : null);
    if (!date) continue;
    const inBackground = bg !== null && t.start >= bgStart && t.end <= bgEnd;
    // A date inside a background phrase counts only when nothing else dates the clause.
    const better = !best || (best.inBackground && !inBackground) ||
      (best.inBackground === inBackground && specificity(date) > specificity(best.date));
    if (better) best = { date, timex: t, inBackground };
  }
  if (best && !best.inBackground) return { date: best.date, phrase: best.timex.text, background: false };
  if (bg) return { date: best ? { ...best.date, approximate: true } : null, phrase: best?.timex.text ?? bg.text, background: true };
  return { date: null, phrase: '', background: false };
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A headline or subheading: a line of its own without closing punctuation ("Port strike ends after
 * three weeks"). It names the story rather than reporting one event, and repeats a sentence below.
 */
function isHeading(text: string, s: Span): boolean {
  if (/[.!?…:;"“”»«)]$/u.test(s.text.trimEnd())) return false;
  const after = text.slice(s.end, s.end + 2);
  return (s.end >= text.length || after.startsWith('\n') || after.startsWith('\r')) && wordCount(s.text) <= 20;
}

const round = (n: number) => Math.round(Math.min(0.99, Math.max(0.01, n)) * 100) / 100;

/**
 * Proposes candidate events for an article text; offsets are UTF-16 indices into `text`.
 * Duplicates are not marked here (see duplicates.ts).
 */
export function extractCandidates(text: string, opts: ExtractOptions): Candidate[] {
  const { lang, publishedAt } = opts;
  const timexes = tag(text, publishedAt ? { lang, dct: publishedAt } : { lang });
  const published: ChronikDate | null = publishedAt ? { value: publishedAt, precision: 'day', approximate: true } : null;
  const out: Candidate[] = [];
  // Each clause looks only at the expressions of its sentence: a long text has thousands of both.
  const sorted = timexes.every((t, i) => i === 0 || timexes[i - 1]!.start <= t.start);
  let first = 0;
  for (const sentence of splitSentences(text, lang)) {
    if (isHeading(text, sentence)) continue;
    let near = timexes;
    if (sorted) {
      while (first < timexes.length && timexes[first]!.start < sentence.start) first++;
      let last = first;
      while (last < timexes.length && timexes[last]!.start < sentence.end) last++;
      near = timexes.slice(first, last);
    }
    for (const clause of splitClauses(sentence, lang)) {
      const dating = dateClause(clause, near, lang, publishedAt);
      // Without a known event word, a clause with a date of its own still reports something
      // ("Bereits im Dezember 2024 war ein erster Entwurf gescheitert"), with a weaker score.
      // A dateline ("Port Aldwick, 7 March 2025.") is all date and place: it needs words besides the date.
      const cue = findCue(clause.text, lang) ?? (dating.date && !dating.background && !dating.date.approximate
        && wordCount(clause.text.replace(dating.phrase, '')) >= 5
        ? { kind: 'other' as const, weight: 0.3 }
        : null);
      if (!cue) continue;
      // Background without a date of its own is not news of the article's week: no candidate.
      if (dating.background && !dating.date) continue;
      let score = 0.25 + 0.35 * cue.weight;
      if (dating.date) score += dating.date.approximate ? 0.15 : 0.3;
      if (isHedged(clause.text, lang)) score -= 0.2;
      if (dating.background) score = Math.min(score, 0.15);
      const date = dating.date;
      const start: ChronikDate | null = date ? { ...date.start, ...(date.approximate ? { approximate: true } : {}) } : published;
      const end = date?.end ?? null;
      if (start && dating.phrase) start.original = dating.phrase;
      out.push({
        id: `c${out.length + 1}`,
        title: proposeTitle(clause.text, lang, dating.background ? '' : dating.phrase) || clause.text.slice(0, 80),
        description: '',
        kind: cue.kind,
        start,
        end,
        approximate: date ? date.approximate : true,
        quote: clause.text,
        quoteStart: clause.start,
        quoteEnd: clause.end,
        datePhrase: dating.phrase,
        score: round(score),
        background: dating.background,
        duplicateOf: null,
        duplicateOfCandidate: null,
      });
    }
  }
  return out;
}
