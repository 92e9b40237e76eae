import { ChronikError, type AppInfo, type MethodName, type Output, type Parsed } from '../core/api';
import { parseDate, checkDate, cleanDate, sortKey, type ChronikDate } from '../core/dates';
import type { DB } from '../db';
import { ChangeSet } from '../db/journal';
import type { PdfPrinter } from './printer';
import type { Purger } from './purge';
import type { HistoryLabel } from '../core/history-labels';

/** What every group of handlers gets: the database and the transaction-with-journal helper. */
export interface Context {
  db: DB;
  info: Omit<AppInfo, 'schemaVersion' | 'readOnly'>;
  /** Prints HTML to PDF; supplied by the shell (absent: PDF export answers UNSUPPORTED). */
  printPdf?: PdfPrinter;
  /** Removes the rows of dead batches in the background. */
  purger: Purger;
  /**
   * Runs `fn` in one transaction and records what it changed as one journal entry labelled
   * `label` (a key of core/history-labels with its parameters), undoable within `timelineId` (null: project-wide).
   */
  change<T>(label: HistoryLabel, timelineId: number | null, fn: (cs: ChangeSet) => T): T;
}

export function createContext(db: DB, info: Context['info'], purger: Purger, printPdf?: PdfPrinter): Context {
  return {
    db,
    info,
    printPdf,
    purger,
    change(label, timelineId, fn) {
      const result = db.transaction(() => {
        const cs = new ChangeSet(db, label, timelineId);
        const r = fn(cs);
        cs.commit();
        return r;
      })();
      // A new change may have made undone bulk changes unreachable: their rows go.
      purger.schedule();
      return result;
    },
  };
}

export type Handlers = { [K in MethodName]: (input: Parsed<K>) => Output<K> | Promise<Output<K>> };

/** Reads a date given as text or data into the date model; a bad one is a VALIDATION error naming the field. */
export function toDate(input: string | ChronikDate, field: string): ChronikDate {
  if (typeof input === 'string') {
    const r = parseDate(input);
    if (!r.ok) throw new ChronikError('VALIDATION', `${field}: ${r.message}`, field);
    return r.date;
  }
  const problem = checkDate(input);
  if (problem) throw new ChronikError('VALIDATION', `${field}: ${problem}`, field);
  return cleanDate(input);
}

/**
 * Reads a from/to window (either end optional); a window whose start lies after its end is
 * refused rather than silently matching nothing.
 */
export function dateWindow(from: string | ChronikDate | null | undefined, to: string | ChronikDate | null | undefined, field = '') {
  const a = from ? toDate(from, `${field}from`) : null;
  const b = to ? toDate(to, `${field}to`) : null;
  if (a && b && sortKey(a, 'start') > sortKey(b, 'end')) {
    throw new ChronikError('VALIDATION', `${field}from (${a.value}) is after ${field}to (${b.value})`, `${field}from`);
  }
  return { from: a, to: b };
}

export function notFound(what: string, id: number | string): never {
  throw new ChronikError('NOT_FOUND', `${what} ${id} does not exist`);
}
