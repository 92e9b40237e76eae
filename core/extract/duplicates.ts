/**
 * Duplicate detection: a candidate repeats an event (or an earlier candidate) when their dates
 * are close and their words similar. Works across articles, within one language.
 */
import type { Candidate, ChronikDate } from '../api';
import { contentTokens, jaccard, overlap } from './similarity';
import { dayDistance } from './timex-date';

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

function near(a: ChronikDate | null, aEnd: ChronikDate | null, b: ChronikDate | null, bEnd: ChronikDate | null): boolean {
  if (!a || !b) return false;
  const limit = a.approximate || b.approximate ? NEAR_DAYS_APPROX : NEAR_DAYS;
  return dayDistance(a, b, aEnd, bEnd) <= limit;
}

/**
 * Marks each candidate that repeats a known event (`duplicateOf`, the most similar one) or an
 * earlier candidate of this draft or of the batch (`duplicateOfCandidate`). Returns new objects.
 */
export function markDuplicates(candidates: Candidate[], known: KnownEvent[], batch: BatchItem[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    let best: { score: number; ev: KnownEvent } | null = null;
    for (const ev of known) {
      if (!near(c.start, c.end, ev.start, ev.end)) continue;
      const score = similarity(c.title, c.quote, ev.title, ev.text);
      if (score >= THRESHOLD && (!best || score > best.score)) best = { score, ev };
    }
    let twin: { ref: string; title: string } | null = null;
    if (!best) {
      const earlier: BatchItem[] = [...batch, ...out.map((o) => ({ ref: o.id, title: o.title, start: o.start, quote: o.quote }))];
      for (const b of earlier) {
        if (near(c.start, c.end, b.start, null) && similarity(c.title, c.quote, b.title, b.quote) >= THRESHOLD) {
          twin = { ref: b.ref, title: b.title };
          break;
        }
      }
    }
    out.push({ ...c, duplicateOf: best ? { eventId: best.ev.id, title: best.ev.title } : null, duplicateOfCandidate: twin });
  }
  return out;
}
