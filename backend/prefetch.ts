/**
 * Reading ahead what the first search will need. A search joins each match to the narrow id index
 * (events_hit) for its timeline, batch and order; on a large project the first search after opening
 * paid for reading that index from the file (a million events: 110 ms instead of 30). A second after
 * the first screen was asked for (its first draw is done by then), the index is walked in small
 * slices, one after another off the event loop's back (a slice takes a few milliseconds, so windows
 * and pages asked for meanwhile are not held up).
 */
import type { DB } from '../db';
import { eventIdSpan, readHitIndex } from '../db/window';

export interface Prefetcher {
  /** Starts reading ahead after `delayMs` (once; no-op when running, done or the project is small). */
  start(delayMs?: number): void;
  stop(): void;
  /** Ids read ahead so far, and whether the walk is over (for tests). */
  progress(): { read: number; done: boolean };
}

export function createPrefetcher(db: DB, { sliceIds = 20_000, minIds = 50_000 } = {}): Prefetcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  let stopped = false;
  let next = 0;
  let last = -1;
  let read = 0;
  const tick = () => {
    timer = undefined;
    if (stopped || !db.open || next > last) return;
    readHitIndex(db, next, next + sliceIds);
    read += Math.min(sliceIds, last + 1 - next);
    next += sliceIds;
    schedule();
  };
  function schedule(delayMs = 0) {
    if (timer || stopped) return;
    timer = setTimeout(tick, delayMs);
    timer.unref?.();
  }
  return {
    start(delayMs = 0) {
      if (started || stopped || !db.open) return;
      started = true;
      const span = eventIdSpan(db);
      // A small index is read quickly enough by the first search itself.
      if (!span || span.hi - span.lo < minIds) return;
      next = span.lo;
      last = span.hi;
      schedule(delayMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    progress: () => ({ read, done: stopped || !db.open || (started && next > last) }),
  };
}
