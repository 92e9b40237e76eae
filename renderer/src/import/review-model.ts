/**
 * The review's decisions as plain data, and the pure steps on them: the proposal for a
 * candidate, carrying decisions over a re-analysis, the payload of `importArticles`, and the
 * highlight segments of a text. No Vue, no API: the store and the views use these.
 */
import type { ArticleDraft, ArticleInput, Candidate, Confidence, EventKind, Input } from '../../../core/api';
import { sortKey, type ChronikDate } from '../../../core/dates';

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
  /** A lane of the target timeline (null: no lane). */
  laneId: number | null;
  confidence: Confidence;
  tags: string[];
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

/** What an accepted candidate gets that the analysis does not propose: no lane, "reported", no tags. */
export const EVENT_DEFAULTS = { laneId: null, confidence: 'reported', tags: [] } as const satisfies Pick<CandidateEdit, 'laneId' | 'confidence' | 'tags'>;

/** A candidate as the review shows and stores it: the analysis' proposal with the analyst's edit applied. */
export type EffectiveCandidate = Candidate & Pick<CandidateEdit, 'laneId' | 'confidence' | 'tags'>;

/** The candidate as it would be stored: its edit applied. */
export function effective(c: Candidate, d: Decision | undefined): EffectiveCandidate {
  return d?.edit ? { ...c, ...d.edit } : { ...c, ...EVENT_DEFAULTS, tags: [] };
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
      laneId: cand.laneId, confidence: cand.confidence, tags: cand.tags,
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

// ---------------------------------------------------------------- the list's order and filter

export type ReviewSort = 'position' | 'date' | 'score';
export type ReviewFilter = 'all' | 'open' | 'dated' | 'duplicates';
export const REVIEW_SORTS: readonly ReviewSort[] = ['position', 'date', 'score'];
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['all', 'open', 'dated', 'duplicates'];

/** What sorting and filtering need of a row of the review. */
export interface RowLike {
  articleIndex: number;
  candidate: Candidate;
}

/** Does a row pass the filter? "dated": a date phrase of its own (not only the publication day or the context). */
export function passes<R extends RowLike>(r: R, d: Decision, filter: ReviewFilter): boolean {
  switch (filter) {
    case 'all': return true;
    case 'open': return d.action === 'pending';
    case 'dated': return r.candidate.datedBy === 'phrase';
    case 'duplicates': return !!(d.mergeInto || r.candidate.duplicateOf || r.candidate.duplicateOfCandidate);
  }
}

/** How many rows each filter lets through (shown beside the filter's name). */
export function filterCounts<R extends RowLike>(rows: readonly R[], decisionOf: (r: R) => Decision): Record<ReviewFilter, number> {
  const n = { all: 0, open: 0, dated: 0, duplicates: 0 };
  for (const r of rows) for (const f of REVIEW_FILTERS) if (passes(r, decisionOf(r), f)) n[f]++;
  return n;
}

/**
 * The rows in the order the list shows them: by position (article by article, in text order),
 * by date (undated last) or by score (best first); ties keep the analysis' order. Keys walk this order.
 */
export function visibleRows<R extends RowLike>(rows: readonly R[], decisionOf: (r: R) => Decision, sort: ReviewSort, filter: ReviewFilter): R[] {
  const kept = rows.filter((r) => passes(r, decisionOf(r), filter));
  const key = (r: R): number => {
    // The analysis lists candidates dated only by the publication day last; "position" is the text's order.
    if (sort === 'position') return r.articleIndex * 1e12 + r.candidate.quoteStart;
    if (sort === 'score') return -r.candidate.score;
    const start = effective(r.candidate, decisionOf(r)).start;
    return start ? sortKey(start, 'start') : Number.POSITIVE_INFINITY;
  };
  const order = new Map(kept.map((r, i) => [r, i]));
  return [...kept].sort((a, b) => key(a) - key(b) || order.get(a)! - order.get(b)!);
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
