/**
 * The purge of dead batches (cancelled or interrupted imports, undone bulk changes whose redo was
 * dropped): small transactions, one after another off the event loop's back, so the app stays
 * responsive while a million hidden rows go.
 */
import { bulk, type DB } from '../db';

export interface Purger {
  /** Starts purging in the background (no-op when running or nothing to do). */
  schedule(): void;
  /** Purges everything now (tests, and before closing). */
  runAll(): void;
  stop(): void;
}

export function createPurger(db: DB, stepRows = 5000): Purger {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const step = (): boolean => {
    const [next] = bulk.batchesToPurge(db);
    if (next === undefined) return false;
    bulk.purgeStep(db, next, stepRows);
    return true;
  };
  const tick = () => {
    timer = undefined;
    if (stopped || !db.open) return;
    if (step()) schedule();
  };
  function schedule() {
    if (timer || stopped) return;
    timer = setTimeout(tick, 0);
    timer.unref?.();
  }
  return {
    schedule,
    runAll() {
      while (db.open && step()) { /* until nothing is left */ }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
