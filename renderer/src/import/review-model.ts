/**
 * The review's decisions as plain data, and the pure steps on them: the proposal for a
 * candidate, carrying decisions over a re-analysis, the payload of `importArticles`, and the
 * highlight segments of a text. No Vue, no API: the store and the views use these.
 */
import type { ArticleDraft, ArticleInput, Candidate, EventKind, Input } from '../../../core/api';
import type { ChronikDate } from '../../../core/dates';

export type Action = 'pending' | 'accept' | 'merge' | 'reject';

/** Where a merge goes: a stored event, or a candidate of an earlier article of the batch. */
export type MergeTarget = { kind: 'event'; id: number; title: string } | { kind: 'candidate'; ref: string; title: string };

/** What the analyst changed on a candidate before accepting it. */
export interface CandidateEdit {
  title: string;
  start: ChronikDate | null;
  end: ChronikDate | null;
  kind: EventKind;
  description: string;
}

export interface Decision {
  action: Action;
  edit: CandidateEdit | null;
  /** The merge target: proposed from the duplicate finder, or chosen. */
  mergeInto: MergeTarget | null;
}

export interface ReviewArticle {
  /** Stable within the batch: 'a1', 'a2'… (candidate refs are `${key}/${candidate.id}`). */
  key: string;
  label: string;
  input: ArticleInput;
  draft: ArticleDraft;
  decisions: Record<string, Decision>;
}

export const candidateRef = (a: Pick<ReviewArticle, 'key'>, c: Pick<Candidate, 'id'>): string => `${a.key}/${c.id}`;

/** The proposal for a fresh candidate: undecided, with the duplicate (if any) as merge target. */
export function proposal(c: Candidate): Decision {
  let mergeInto: MergeTarget | null = null;
  if (c.duplicateOf) mergeInto = { kind: 'event', id: c.duplicateOf.eventId, title: c.duplicateOf.title };
  else if (c.duplicateOfCandidate) mergeInto = { kind: 'candidate', ref: c.duplicateOfCandidate.ref, title: c.duplicateOfCandidate.title };
  return { action: 'pending', edit: null, mergeInto };
}

/** What "confirm" (Enter, accept-all) does with a candidate: merge when a duplicate is known, else accept. */
export function proposedAction(d: Decision): 'accept' | 'merge' {
  return d.mergeInto ? 'merge' : 'accept';
}

/** The candidate as it would be stored: its edit applied. */
export function effective(c: Candidate, d: Decision | undefined): Candidate {
  return d?.edit ? { ...c, ...d.edit } : c;
}

/** A candidate can become an event only with a start date (from the text, the publication date or an edit). */
export function hasDate(c: Candidate, d: Decision | undefined): boolean {
  return !!effective(c, d).start;
}

/**
 * Decisions for the candidates of a new analysis of the same article (another publication date):
 * a decision moves to the candidate with the same quote; dates of unedited candidates are the new ones.
 */
export function carryDecisions(old: ReviewArticle, next: ArticleDraft): Record<string, Decision> {
  const byQuote = new Map<string, Decision>();
  for (const c of old.draft.candidates) {
    const d = old.decisions[c.id];
    if (d) byQuote.set(`${c.quoteStart}:${c.quote}`, d);
  }
  const out: Record<string, Decision> = {};
  for (const c of next.candidates) {
    const kept = byQuote.get(`${c.quoteStart}:${c.quote}`);
    const fresh = proposal(c);
    out[c.id] = kept ? { ...kept, mergeInto: kept.mergeInto ?? fresh.mergeInto } : fresh;
  }
  return out;
}

type BatchArticle = Input<'importArticles'>['articles'][number];

/**
 * One article's part of the `importArticles` batch, or null when nothing in it is accepted or
 * merged. Undecided candidates are sent as rejected. `batchIndex` maps the keys of the articles
 * sent before this one to their place in the batch: a merge into one of their candidates becomes
 * a reference the backend resolves to the event that candidate became (or a new event when it was
 * not accepted).
 */
export function importPayload(a: ReviewArticle, batchIndex: ReadonlyMap<string, number>): BatchArticle | null {
  const decisions: BatchArticle['decisions'] = a.draft.candidates.map((c) => {
    const d = a.decisions[c.id] ?? proposal(c);
    const cand = effective(c, d);
    const candidate = {
      id: c.id, title: cand.title, description: cand.description, kind: cand.kind, start: cand.start, end: cand.end,
      quote: c.quote, quoteStart: c.quoteStart, quoteEnd: c.quoteEnd, datePhrase: c.datePhrase,
    };
    if (d.action === 'accept') return { candidate, action: 'accept' };
    if (d.action === 'merge' && d.mergeInto) {
      if (d.mergeInto.kind === 'event') return { candidate, action: 'merge', mergeInto: d.mergeInto.id };
      const slash = d.mergeInto.ref.lastIndexOf('/');
      const article = batchIndex.get(d.mergeInto.ref.slice(0, slash));
      if (article !== undefined) return { candidate, action: 'merge', mergeIntoCandidate: { article, candidateId: d.mergeInto.ref.slice(slash + 1) } };
      if (cand.start) return { candidate, action: 'accept' };
    }
    return { candidate, action: 'reject' };
  });
  if (!decisions.some((d) => d.action !== 'reject')) return null;
  const { meta } = a.draft;
  return {
    article: {
      meta: { title: meta.title, byline: meta.byline, publisher: meta.publisher, url: meta.url, language: meta.language, publishedAt: meta.publishedAt },
      text: a.draft.text,
      html: a.draft.html,
    },
    decisions,
  };
}

export interface Mark {
  start: number;
  end: number;
  id: string;
  className: string;
  title?: string;
}

export interface Segment {
  text: string;
  mark: Mark | null;
}

/** Where a quote sits in a text: its offsets when they point at it, else its first occurrence. */
export function locate(text: string, quote: string, start: number | null, end: number | null): { start: number; end: number } | null {
  if (!quote) return null;
  if (start != null && end != null && text.slice(start, end) === quote) return { start, end };
  const at = text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

/** Cuts a text into plain and marked segments; a mark overlapping an earlier one is left out. */
export function segments(text: string, marks: Mark[]): Segment[] {
  const sorted = [...marks].filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ text: text.slice(pos, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}
