/**
 * Duplicate detection: a candidate repeats an event (or an earlier candidate) when their dates
 * are close and their words similar — or, across languages, when they are on the same day and
 * share at least two numbers or names (anchors.ts). Works across articles.
 */
import type { Candidate, ChronikDate } from '../api';
import { anchors, sharedAnchors, type Anchors } from './anchors';
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
/** Numbers and names two reports of the same day must share to be proposed as one event. */
const MIN_SHARED_ANCHORS = 2;

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
  anchors: Anchors;
  /** Day or minute precision, and not only the publication day: the date can speak for itself. */
  exactDay: boolean;
  /** The period in sort-key minutes; null without a date. */
  from: number;
  to: number;
}

function prepare(title: string, text: string, start: ChronikDate | null, end: ChronikDate | null): Prepared {
  return {
    title: contentTokens(title),
    all: contentTokens(`${title} ${text}`),
    start,
    anchors: anchors(`${title}\n${text}`),
    exactDay: !!start && !start.approximate && (start.precision === 'day' || start.precision === 'minute') && (!end || end.precision === 'day' || end.precision === 'minute'),
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
 * The language-independent signal: the same day (or overlapping periods, both dated to the day
 * by the text itself) and at least two shared numbers or names. Scored just above the threshold,
 * a little more for each further shared anchor, so that a similar wording still wins.
 */
function anchorScore(a: Prepared, b: Prepared): number {
  if (!a.exactDay || !b.exactDay || a.from > b.to || b.from > a.to) return 0;
  const shared = sharedAnchors(a.anchors, b.anchors);
  return shared >= MIN_SHARED_ANCHORS ? THRESHOLD + 0.05 * (shared - MIN_SHARED_ANCHORS) : 0;
}

/** How much two prepared reports look like one event (0 when their dates are too far apart). */
function matchScore(a: Prepared, b: Prepared, anchorsToo: boolean): number {
  const words = nearPrepared(a, b) ? similarityPrepared(a, b) : 0;
  return anchorsToo ? Math.max(words, anchorScore(a, b)) : words;
}

/**
 * Marks each candidate that repeats a known event (`duplicateOf`, the most similar one) or an
 * earlier candidate of this draft or of the batch (`duplicateOfCandidate`). Returns new objects.
 */
export function markDuplicates(candidates: Candidate[], known: KnownEvent[], batch: BatchItem[] = []): Candidate[] {
  const knownPrepared = known.map((ev) => ({ ev, p: prepare(ev.title, ev.text, ev.start, ev.end) }));
  // Earlier candidates are compared by their start alone (as batch items are). Within one article
  // two sentences of the same day naming the same people are usually two events: anchors only
  // count against other articles and stored events.
  const earlier = batch.map((b) => ({ ref: b.ref, title: b.title, p: prepare(b.title, b.quote, b.start, null), sameArticle: false }));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const cp = prepare(c.title, c.quote, c.start, c.end);
    let best: { score: number; ev: KnownEvent } | null = null;
    for (const { ev, p } of knownPrepared) {
      const score = matchScore(cp, p, true);
      if (score >= THRESHOLD && (!best || score > best.score)) best = { score, ev };
    }
    let twin: { ref: string; title: string } | null = null;
    if (!best) {
      for (const b of earlier) {
        if (matchScore(cp, b.p, !b.sameArticle) >= THRESHOLD) {
          twin = { ref: b.ref, title: b.title };
          break;
        }
      }
    }
    out.push({ ...c, duplicateOf: best ? { eventId: best.ev.id, title: best.ev.title } : null, duplicateOfCandidate: twin });
    earlier.push({ ref: c.id, title: c.title, p: { ...cp, to: c.start ? sortKey(c.start, 'end') : 0 }, sameArticle: true });
  }
  return out;
}
