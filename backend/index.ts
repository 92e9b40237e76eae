/**
 * The backend: the contract implemented over db/ and core/. Every shell (Electron IPC, the web
 * shell, the CLI, tests) creates one with `createBackend` and calls it through `dispatch`.
 */
import { apiOver, type Api, type AppInfo } from '../core/api';
import { bulk, openDatabase, type DB } from '../db';
import { createPurger } from './purge';
import { createContext, type Handlers } from './context';
import { dispatch } from './dispatch';
import type { PdfPrinter } from './printer';
import { eventHandlers } from './events';
import { exchangeHandlers } from './exchange';
import { historyHandlers } from './history';
import { importHandlers } from './import';
import { openingHandlers } from './opening';
import { createPrefetcher } from './prefetch';
import { createAnalysisRunner, type WorkerScript } from './article/analysis-runner';
import { seedSampleIfEmpty } from './sample';
import { settingsHandlers } from './settings';
import { sourceHandlers } from './sources';
import { timelineHandlers } from './timelines';
import { windowHandlers } from './window';

export interface BackendOptions {
  dbPath: string;
  shell: AppInfo['shell'];
  version?: string;
  /** How this shell prints the briefing to PDF. */
  printPdf?: PdfPrinter;
  /**
   * The analysis worker's script (`builtWorkerBeside(__filename)` in a bundled shell); without one
   * articles are analysed on the calling thread, which blocks it meanwhile (tests use that).
   */
  analysisWorker?: WorkerScript | null;
  /** Open the database read-only even when it could be written. */
  readOnly?: boolean;
}

export interface Backend {
  db: DB;
  handlers: Handlers;
  /** The contract as async functions returning Results: what `window.chronik` is in the renderer. */
  api: Api;
  call(method: string, input: unknown): ReturnType<typeof dispatch>;
  /** On a first start with an empty project, adds the sample timeline (see resources/sample). */
  seedSampleIfEmpty(): number | null;
  /** Removes the rows of dead batches now instead of in the background. */
  purgeNow(): void;
  close(): void;
}

export function createBackend(opts: BackendOptions): Backend {
  const db = openDatabase(opts.dbPath, { readOnly: opts.readOnly });
  bulk.tuneForScale(db);
  const purger = createPurger(db);
  if (!db.readonly) {
    // An import still pending was cut off when the app stopped: it never happened.
    bulk.abandonPending(db);
    purger.schedule();
  }
  const ctx = createContext(db, { version: opts.version ?? '0.1.0', dbPath: opts.dbPath, shell: opts.shell }, purger, opts.printPdf);
  const analysis = createAnalysisRunner({ worker: opts.analysisWorker ?? null });
  const parts = {
    ...settingsHandlers(ctx),
    ...timelineHandlers(ctx),
    ...eventHandlers(ctx),
    ...sourceHandlers(ctx),
    ...historyHandlers(ctx),
    ...importHandlers(ctx, analysis),
    ...exchangeHandlers(ctx),
    ...windowHandlers(ctx),
  };
  const prefetcher = createPrefetcher(db);
  const handlers: Handlers = { ...parts, ...openingHandlers(parts, () => prefetcher.start(1000)) };
  const call = (method: string, input: unknown) => dispatch(handlers, method, input);
  const api = apiOver(call);
  return {
    db, handlers, api, call,
    seedSampleIfEmpty: () => (db.readonly ? null : seedSampleIfEmpty(db)),
    purgeNow: () => purger.runAll(),
    close: () => {
      purger.stop();
      prefetcher.stop();
      analysis.close();
      db.close();
    },
  };
}

export { dispatch } from './dispatch';
