/**
 * Duplicate detection: a candidate repeats an event (or an earlier candidate) when their dates
 * are close and their words similar. Works across articles, within one language.
 */
import type { Candidate, ChronikDate } from '../api';
import { contentTokens, jaccard, overlap } from './similarity';
import { sortKey } from '../dates';

/** What the backend passes in about an existing event of the timeline. */
export interface KnownEvent {
  id: number;
  title: string;
  start: ChronikDate;
  end: ChronikDate | null;
  /** Description and the quotes of its sources: more words to compare against. */
  text: string;
}

/** A candidate of another draft in the same batch. */
export interface BatchItem {
  ref: string;
  title: string;
  start: ChronikDate | null;
  quote: string;
}

/** Days apart at most: a week when either side is only dated approximately. */
const NEAR_DAYS = 3;
const NEAR_DAYS_APPROX = 7;
const THRESHOLD = 0.4;

/** Similarity 0..1 of two reports: titles against titles, everything against everything. */
export function similarity(aTitle: string, aText: string, bTitle: string, bText: string): number {
  const at = contentTokens(aTitle);
  const bt = contentTokens(bTitle);
  return 0.5 * jaccard(contentTokens(`${aTitle} ${aText}`), contentTokens(`${bTitle} ${bText}`)) + 0.5 * (Math.min(at.size, bt.size) >= 2 ? overlap(at, bt) : 0);
}

/** One side of a comparison with its words and period worked out once (long articles compare thousands of pairs). */
interface Prepared {
  title: Set<string>;
  all: Set<string>;
  start: ChronikDate | null;
  /** The period in sort-key minutes; null without a date. */
  from: number;
  to: number;
}

function prepare(title: string, text: string, start: ChronikDate | null, end: ChronikDate | null): Prepared {
  return {
    title: contentTokens(title),
    all: contentTokens(`${title} ${text}`),
    start,
    from: start ? sortKey(start, 'start') : 0,
    to: start ? sortKey(end ?? start, 'end') : 0,
  };
}

/** Dates close enough to be the same event (a week when either is approximate); periods that overlap are 0 days apart. */
function nearPrepared(a: Prepared, b: Prepared): boolean {
  if (!a.start || !b.start) return false;
  const limit = a.start.approximate || b.start.approximate ? NEAR_DAYS_APPROX : NEAR_DAYS;
  return Math.floor(Math.max(0, b.from - a.to, a.from - b.to) / 1440) <= limit;
}

/** `similarity` over prepared word sets. */
function similarityPrepared(a: Prepared, b: Prepared): number {
  return 0.5 * jaccard(a.all, b.all) + 0.5 * (Math.min(a.title.size, b.title.size) >= 2 ? overlap(a.title, b.title) : 0);
}

/**
 * Marks each candidate that repeats a known event (`duplicateOf`, the most similar one) or an
 * earlier candidate of this draft or of the batch (`duplicateOfCandidate`). Returns new objects.
 */
export function markDuplicates(candidates: Candidate[], known: KnownEvent[], batch: BatchItem[] = []): Candidate[] {
  const knownPrepared = known.map((ev) => ({ ev, p: prepare(ev.title, ev.text, ev.start, ev.end) }));
  // Earlier candidates are compared by their start alone (as batch items are).
  const earlier = batch.map((b) => ({ ref: b.ref, title: b.title, p: prepare(b.title, b.quote, b.start, null) }));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const cp = prepare(c.title, c.quote, c.start, c.end);
    let best: { score: number; ev: KnownEvent } | null = null;
    for (const { ev, p } of knownPrepared) {
      if (!nearPrepared(cp, p)) continue;
      const score = similarityPrepared(cp, p);
      if (score >= THRESHOLD && (!best || score > best.score)) best = { score, ev };
    }
    let twin: { ref: string; title: string } | null = null;
    if (!best) {
      for (const b of earlier) {
        if (nearPrepared(cp, b.p) && similarityPrepared(cp, b.p) >= THRESHOLD) {
          twin = { ref: b.ref, title: b.title };
          break;
        }
      }
    }
    out.push({ ...c, duplicateOf: best ? { eventId: best.ev.id, title: best.ev.title } : null, duplicateOfCandidate: twin });
    earlier.push({ ref: c.id, title: c.title, p: { ...cp, to: c.start ? sortKey(c.start, 'end') : 0 } });
  }
  return out;
}
