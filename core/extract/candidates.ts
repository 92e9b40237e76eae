/**
 * Article text → candidate events: sentences and clauses with an event predicate, dated by their
 * own temporal expression, else by their context (the time of a liveblog entry, the date a
 * narrative has reached), else by the publication day (scored low, listed last), titled.
 */
import type { Language } from '../language';
import type { Candidate, DatedBy, EventKind } from '../api';
import type { ChronikDate } from '../dates';
import { tagDocument, type Timex } from '../tagger';
import { findBackground } from './background';
import { splitClauses, splitDatedCoordination } from './clauses';
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
  /** The value of the expression the date came from ("PRESENT_REF" for "derzeit"). */
  value: string;
  /** The only time reference is background ("seit 2014", "seit dem Koreakrieg"). */
  background: boolean;
  /** The phrase names when something ends ("until Wednesday", "bis 1947"): the event starts before it. */
  until: boolean;
}

// "until Wednesday", "bis voraussichtlich Mittwoch", "bis Ende des Jahres": the end of what the clause reports.
const UNTIL_BEFORE: Record<Language, RegExp> = {
  de: /\bbis\s+(?:(?:voraussichtlich|mindestens|spätestens|zum|zur|in\s+die|ins)\s+)*$/iu,
  en: /\b(?:until|till|through)\s+(?:(?:at\s+least|at|the\s+end\s+of)\s+)*$/iu,
};
// "from 1598 to 1604", "zwischen 1598 und 1604", "vom 5. bis 9. Juni": the second date ends the first one's period.
const RANGE_BETWEEN = /^\s*(?:bis(?:\s+zum|\s+zur)?|und|to|and|until|through|[-–])\s*$/iu;
// "next year's budget would…": a possessive date describes a thing, not when the clause happened;
// after a preposition it does ("in Thursday's ballot").
const POSSESSIVE_AFTER = /^['’]s\b/u;
const PREPOSITION_BEFORE = /\b(?:in|at|on|for|during|since|before|after|until|by|from|of|over|ahead of)\s+$/iu;

/** The date of one timex within a clause, or null when it names no date (durations, "recently"). */
function dateOf(t: Timex, clause: Span, lang: Language, dct: string | null): EventDate | null {
  const rel = (a: number, b: number) => clause.text.slice(Math.max(0, a - clause.start), Math.max(0, b - clause.start));
  return timexToDate(t.value, t.type, dct) ??
    (t.type === 'DURATION' ? agoDate(t.value, rel(t.start - 25, t.start), rel(t.end, t.end + 12), lang, dct) : null);
}

/** A clock time's date moved to another day (`YYYY-MM-DD`), when there is one. */
function onDay<D extends EventDate | null>(date: D, day: string | null | undefined): D {
  if (!date || !day || date.start.precision !== 'minute') return date;
  const move = (d: ChronikDate): ChronikDate => (d.precision === 'minute' ? { ...d, value: day + d.value.slice(10) } : d);
  return { ...date, start: move(date.start), end: date.end ? move(date.end) : null } as D;
}

function dateClause(clause: Span, timexes: Timex[], lang: Language, dct: string | null, day: string | null): Dating {
  const text = clause.text;
  const at = (i: number) => i - clause.start;
  // A dateline ("ALDWICK, March 6, 2025 — …") dates the article, not the event reported after it.
  const possessive = (t: Timex) => (/['’]s$/u.test(t.text) || POSSESSIVE_AFTER.test(text.slice(at(t.end)))) && !PREPOSITION_BEFORE.test(text.slice(0, at(t.start)));
  const inside = timexes.filter((t) => t.start >= clause.start && t.end <= clause.end && !possessive(t) &&
    !(at(t.start) < 50 && /^\s*[—–-]\s/.test(text.slice(at(t.end)))));
  const bg = findBackground(text, lang);
  const bgStart = bg ? clause.start + bg.index : -1;
  const bgEnd = bg ? bgStart + bg.text.length : -1;
  // A clock time without a day takes the clause's own day ("am 18. April um 19 Uhr"), else the one
  // the paragraph is about ("began at 5 p.m. Tuesday … ended at 7:30 p.m.").
  const clauseDay = inside.map((t) => (t.timeOnly ? null : dateOf(t, clause, lang, dct))).map((d) => d && !d.approximate && (d.start.precision === 'day' || d.start.precision === 'minute') ? d.start.value.slice(0, 10) : null).find(Boolean);
  const timeDay = clauseDay ?? day;
  const isUntil = (t: Timex) => UNTIL_BEFORE[lang].test(text.slice(Math.max(0, at(t.start) - 40), at(t.start)));
  let best: { date: EventDate; timex: Timex; inBackground: boolean; until: boolean; index: number } | null = null;
  let until: { date: EventDate } | null = null;
  for (const [index, t] of inside.entries()) {
    const found = dateOf(t, clause, lang, dct);
    if (!found) continue;
    const date = t.timeOnly ? onDay(found, timeDay) : found;
    const inBackground = bg !== null && t.start >= bgStart && t.end <= bgEnd;
    const u = isUntil(t);
    if (u && !inBackground) until ??= { date };
    // A date inside a background phrase counts only when nothing else dates the clause, an end point
    // ("bis Ende 2026") only when nothing names the start; among the rest the most specific wins, and
    // an exact one beats a vague one of the same precision ("am heutigen Mittwoch").
    const rank = (x: { inBackground: boolean; until: boolean }) => (x.inBackground ? 2 : 0) + (x.until ? 1 : 0);
    const cand = { date, timex: t, inBackground, until: u, index };
    const better = !best || rank(cand) < rank(best) ||
      (rank(cand) === rank(best) && (specificity(date) > specificity(best.date) ||
        (specificity(date) === specificity(best.date) && best.timex.value === 'PRESENT_REF' && !date.approximate)));
    if (better) best = cand;
  }
  const none: Dating = { date: null, phrase: '', value: '', background: false, until: false };
  if (!best) return bg ? { ...none, phrase: bg.text, background: true } : none;
  if (best.inBackground) return { date: { ...best.date, approximate: true }, phrase: best.timex.text, value: best.timex.value, background: true, until: false };
  const t = best.timex;
  let date = best.date;
  // A range: the next expression, joined by "bis", "to", "und", "–", ends this one's period; so does
  // an end point later in the clause ("sollen im Frühjahr 2025 beginnen und bis Ende 2026 dauern").
  const next = inside[best.index + 1];
  if (next && RANGE_BETWEEN.test(text.slice(at(t.end), at(next.start)))) {
    const endDate = next.timeOnly ? onDay(dateOf(next, clause, lang, dct), timeDay) : dateOf(next, clause, lang, dct);
    if (endDate) date = { ...date, end: endDate.end ?? endDate.start };
  } else if (!best.until && until) date = { ...date, end: until.date.end ?? until.date.start };
  return { date, phrase: t.text, value: t.value, background: false, until: best.until };
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/**
 * A headline or subheading: a line of its own without closing punctuation ("Port strike ends after
 * three weeks"). It names the story rather than reporting one event, and repeats a sentence below.
 */
function isHeading(text: string, s: Span): boolean {
  if (/[.!?…:;"“”»«)]$/u.test(s.text.trimEnd()) && !/^\d{1,2}[:.]\d{2}\s*(?:Uhr|[ap]\.m\.)?$/iu.test(s.text)) return false;
  const after = text.slice(s.end, s.end + 2);
  return (s.end >= text.length || after.startsWith('\n') || after.startsWith('\r')) && wordCount(s.text) <= 20;
}

// A liveblog entry's heading: a clock time on a line of its own ("2:40 p.m.", "17:10 Uhr", "14.35").
const ENTRY_TIME = /^(?:(?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4},?\s+)?(\d{1,2})[:.](\d{2})\s*(?:Uhr|(a\.m\.|p\.m\.|am|pm))?$/iu;

/** The time a liveblog heading names, on the given day; null when the heading is none. */
function entryTime(heading: string, day: string | null): ChronikDate | null {
  const m = ENTRY_TIME.exec(heading.trim());
  if (!m || !day) return null;
  let h = +m[1]!;
  const ap = (m[3] ?? '').toLowerCase().replace(/\W/g, '');
  if (ap === 'pm' && h < 12) h += 12;
  if (ap === 'am' && h === 12) h = 0;
  if (h > 23 || +m[2]! > 59) return null;
  return { value: `${day}T${String(h).padStart(2, '0')}:${m[2]}`, precision: 'minute' };
}

const round = (n: number) => Math.round(Math.min(0.99, Math.max(0.01, n)) * 100) / 100;

/** The day (`YYYY-MM-DD`) of a date at day precision or finer, else null. */
const dayOf = (d: ChronikDate | null | undefined): string | null => d && (d.precision === 'day' || d.precision === 'minute') ? d.value.slice(0, 10) : null;

/**
 * Proposes candidate events for an article text; offsets are UTF-16 indices into `text`.
 * Candidates dated only by the publication day come last. Duplicates are not marked here (see duplicates.ts).
 */
export function extractCandidates(text: string, opts: ExtractOptions): Candidate[] {
  const { lang, publishedAt } = opts;
  const tagged = tagDocument(text, publishedAt ? { lang, dct: publishedAt } : { lang });
  const timexes = tagged.timexes;
  // In a narrative, or a text without a publication date, an undated clause happened when the story is.
  const storyDates = tagged.narrative || !publishedAt;
  const published: ChronikDate | null = publishedAt ? { value: publishedAt, precision: 'day', approximate: true } : null;
  const out: Candidate[] = [];
  // What dates a clause without a date of its own: the liveblog entry it stands in, the story's last date.
  let entry: ChronikDate | null = null;
  let story: ChronikDate | null = null;
  // The day the current paragraph is about, for clock times without a day.
  let paragraphDay: { day: string; paragraph: number } | null = null;
  const paragraphStarts = [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
  let paragraph = 0;
  // Each clause looks only at the expressions of its sentence: a long text has thousands of both.
  const sorted = timexes.every((t, i) => i === 0 || timexes[i - 1]!.start <= t.start);
  let first = 0;
  for (const sentence of splitSentences(text, lang)) {
    while (paragraph + 1 < paragraphStarts.length && paragraphStarts[paragraph + 1]! <= sentence.start) paragraph++;
    if (paragraphDay && paragraphDay.paragraph !== paragraph) paragraphDay = null;
    if (isHeading(text, sentence)) {
      // A liveblog entry's time dates what follows it; any other heading ends the entry.
      entry = entryTime(sentence.text, paragraphDay?.day ?? publishedAt) ?? (ENTRY_TIME.test(sentence.text.trim()) ? entry : null);
      continue;
    }
    let near = timexes;
    if (sorted) {
      while (first < timexes.length && timexes[first]!.start < sentence.start) first++;
      let last = first;
      while (last < timexes.length && timexes[last]!.start < sentence.end) last++;
      near = timexes.slice(first, last);
    }
    const hasDate = (a: number, b: number) => near.some((t) => t.start >= a && t.end <= b && t.type !== 'DURATION' && t.type !== 'SET' && /^(?:\d|BC)/.test(t.value));
    for (const clause of splitClauses(sentence, lang).flatMap((c) => splitDatedCoordination(c, lang, hasDate))) {
      let dating = dateClause(clause, near, lang, publishedAt, paragraphDay?.day ?? null);
      // In a liveblog entry a background phrase ("den höchsten Stand seit dem Juli-Hochwasser 2021") is
      // incidental: the entry's time dates the clause.
      if (entry && dating.background) dating = { date: null, phrase: '', value: '', background: false, until: false };
      const words = wordCount(near.filter((t) => t.start >= clause.start && t.end <= clause.end)
        .reduceRight((s, t) => s.slice(0, t.start - clause.start) + s.slice(t.end - clause.start), clause.text));
      const cue = cueOf(clause.text, lang, dating, words, entry !== null);
      if (!cue) continue;
      // Background without a date of its own is not news of the article's week: no candidate.
      if (dating.background && !dating.date) continue;
      let date = dating.date;
      let datedBy: DatedBy = date ? 'phrase' : null;
      const context: ChronikDate | null = entry ?? (storyDates ? story : null);
      if (date && dating.until) {
        // "extended the warning until 6 p.m. Wednesday": from the context (or the publication day) until then.
        const from: ChronikDate | null = context ?? published;
        if (from) date = { start: { ...from }, end: date.end ?? date.start, approximate: from === published };
      }
      let start: ChronikDate | null;
      if (date) start = { ...date.start, ...(date.approximate ? { approximate: true } : {}) };
      else if (context) [start, datedBy] = [{ ...context, approximate: context !== entry || undefined }, 'context'];
      else [start, datedBy] = [published ? { ...published } : null, published ? 'publication' : null];
      if (start && !start.approximate) delete start.approximate;
      const end = date?.end ?? null;
      if (start && dating.phrase && datedBy === 'phrase') start.original = dating.phrase;
      let score = 0.25 + 0.35 * cue.weight;
      if (datedBy === 'phrase') score += date!.approximate ? 0.15 : 0.3;
      else if (datedBy === 'context') score += entry ? 0.2 : 0.1;
      if (isHedged(clause.text, lang)) score -= 0.2;
      if (dating.background) score = Math.min(score, 0.15);
      if (datedBy === 'publication') score = Math.min(score, 0.2);
      if (datedBy === 'phrase' && !dating.background && start) {
        story = { value: start.value, precision: start.precision };
        const d = dayOf(start);
        if (d) paragraphDay = { day: d, paragraph };
      }
      out.push({
        id: `c${out.length + 1}`,
        title: proposeTitle(clause.text, lang, near.filter((t) => t.start >= clause.start && t.end <= clause.end && t.type !== 'DURATION' && !(dating.background && t.text === dating.phrase)).map((t) => t.text)),
        description: '',
        kind: cue.kind,
        start,
        end,
        approximate: datedBy !== 'phrase' || !!date?.approximate,
        quote: clause.text,
        quoteStart: clause.start,
        quoteEnd: clause.end,
        datePhrase: datedBy === 'phrase' ? dating.phrase : '',
        datedBy,
        score: round(score),
        background: dating.background,
        duplicateOf: null,
        duplicateOfCandidate: null,
      });
    }
  }
  // Dated by the publication day only: listed last (in text order among themselves).
  return [...out.filter((c) => c.datedBy !== 'publication'), ...out.filter((c) => c.datedBy === 'publication')];
}

/**
 * The event cue of a clause: an event word, else (with a date phrase of its own, explicit, and words
 * besides the dates) a weak "other" cue, else in a liveblog entry any sentence of some length. A
 * dateline ("Port Aldwick, 7 March 2025.") or a timestamp line is all date: it has no cue.
 */
function cueOf(clause: string, lang: Language, dating: Dating, words: number, inEntry: boolean): { kind: EventKind; weight: number } | null {
  const cue = findCue(clause, lang);
  if (cue) return cue;
  if (dating.date && dating.value !== 'PRESENT_REF' && words >= 5) return { kind: 'other', weight: 0.3 };
  if (inEntry && words >= 5) return { kind: 'other', weight: 0.5 };
  return null;
}
