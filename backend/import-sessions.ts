/**
 * Streamed data imports. `beginImport` opens a session with a reader for the format and a batch;
 * every `pushImport` reads what the piece completes and stores it in one short transaction,
 * invisibly (the batch is pending); `finishImport` makes the batch live as one undoable change;
 * `cancelImport` (or a bad row, or a session left idle) hands the batch to the purge. Memory stays
 * bounded by a piece, whatever the size of the file.
 */
import { randomUUID } from 'node:crypto';
import { ChronikError, type DataImportResult, type ImportProgress, type ImportRefusal, type Parsed } from '../core/api';
import { ImportError, streamReader, type StreamReader } from '../core/exchange';
import { bulk, now, timelines } from '../db';
import { BundleWriter } from './bundle-writer';
import type { Context } from './context';
import { requireTimeline } from './timelines';
import type { HistoryLabel } from '../core/history-labels';

interface Session {
  id: string;
  format: Parsed<'beginImport'>['format'];
  timelineId: number | undefined;
  batchId: number;
  reader: StreamReader;
  writer: BundleWriter;
  chars: number;
  refused: number;
  /** The first refused rows, for the result (the rest are only counted, so memory stays bounded). */
  examples: ImportRefusal[];
  idle: ReturnType<typeof setTimeout> | undefined;
}

/** How many refused rows a result lists. */
const EXAMPLES = 50;

/** A session nobody pushes to for this long is cancelled (the window was closed mid-import). */
const IDLE_MS = 10 * 60_000;

/** A refused row as the contract lists it. */
export function refusal(e: ImportError): ImportRefusal {
  return { ...(e.location.line ? { line: e.location.line } : {}), ...(e.location.field ? { field: e.location.field } : {}), message: e.message };
}

/** Turns a reader's ImportError into the contract's VALIDATION error naming the line or field. */
export function importError(e: unknown): never {
  if (e instanceof ImportError) throw new ChronikError('VALIDATION', e.message, e.location.field ?? (e.location.line ? `line ${e.location.line}` : undefined));
  throw e;
}

export function importSessions(ctx: Context) {
  const { db } = ctx;
  const sessions = new Map<string, Session>();

  /** While an import runs the connection is set up for writing it (see bulk.importWriting). */
  const forget = (s: Session) => {
    clearTimeout(s.idle);
    sessions.delete(s.id);
    if (!sessions.size) bulk.importWriting(db, false);
  };
  const drop = (s: Session) => {
    forget(s);
    if (bulk.batchState(db, s.batchId) === 'pending') bulk.setBatchState(db, s.batchId, 'purge');
    ctx.purger.schedule();
  };
  const touch = (s: Session) => {
    clearTimeout(s.idle);
    s.idle = setTimeout(() => drop(s), IDLE_MS);
    s.idle.unref?.();
  };
  const get = (importId: string): Session => {
    const s = sessions.get(importId);
    if (!s) throw new ChronikError('NOT_FOUND', `No import ${importId} is running (it finished, was cancelled, or the app restarted)`);
    return s;
  };
  /** Runs a step of a session; any failure cancels the import (nothing of it stays). */
  const guarded = <T>(s: Session, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      drop(s);
      return importError(e);
    }
  };
  const store = (s: Session, read: () => ReturnType<StreamReader['push']>, last = false) =>
    guarded(s, () => db.transaction(() => {
      const pieces = read();
      s.refused += pieces.refused.length;
      for (const e of pieces.refused.slice(0, EXAMPLES - s.examples.length)) {
        s.examples.push(refusal(e));
      }
      s.writer.write(pieces);
      if (last) s.writer.end();
    })());

  function begin(input: Parsed<'beginImport'>): { importId: string } {
    if (input.timelineId !== undefined) requireTimeline(db, input.timelineId);
    let reader: StreamReader;
    try {
      reader = streamReader(input.format, { mapping: input.mapping, dateOrder: input.dateOrder, locale: input.locale, skipBad: input.skipBadRows });
    } catch (e) {
      return importError(e);
    }
    const batchId = bulk.createBatch(db, 'pending');
    const writer = new BundleWriter(db, { timelineId: input.timelineId, newTitle: input.newTimelineTitle, batchId });
    const s: Session = { id: randomUUID(), format: input.format, timelineId: input.timelineId, batchId, reader, writer, chars: 0, refused: 0, examples: [], idle: undefined };
    if (!sessions.size) bulk.importWriting(db, true);
    sessions.set(s.id, s);
    touch(s);
    return { importId: s.id };
  }

  function push(importId: string, chunk: string): ImportProgress {
    const s = get(importId);
    touch(s);
    s.chars += chunk.length;
    store(s, () => s.reader.push(chunk));
    return { events: s.writer.eventsAdded, sources: s.writer.sourcesAdded, chars: s.chars, refused: s.refused };
  }

  function finish(importId: string): DataImportResult {
    const s = get(importId);
    store(s, () => s.reader.end(), true);
    const n = s.writer.eventsAdded;
    if (!n && s.refused) {
      drop(s);
      const first = s.examples[0]!;
      throw new ChronikError('VALIDATION', `No row could be read (${s.refused} refused); the first: ${first.message}`, first.field ?? (first.line ? `line ${first.line}` : undefined));
    }
    // Into a new timeline the step is project-wide (undone from any timeline): its label names it.
    const label: HistoryLabel = s.timelineId === undefined
      ? { key: 'importDataNew', params: { n, format: s.format.toUpperCase(), title: s.writer.newTimelineTitle ?? '' } }
      : { key: 'importData', params: { n, format: s.format.toUpperCase() } };
    return guarded(s, () => {
      const result = ctx.change(label, s.timelineId ?? null, (cs) => {
        const tid = s.writer.timelineId;
        if (s.timelineId !== undefined) {
          cs.touch('timeline', tid);
          timelines.updateTimeline(db, tid, { updatedAt: now() });
        }
        cs.batch(s.batchId);
        return tid;
      });
      forget(s);
      void result;
      return { ...s.writer.result(), ...(s.refused ? { refused: { count: s.refused, examples: s.examples } } : {}) };
    });
  }

  function cancel(importId: string): { cancelled: boolean } {
    const s = sessions.get(importId);
    if (!s) return { cancelled: false };
    drop(s);
    return { cancelled: true };
  }

  /** A whole file at once: the same path as a stream, in pieces of a few megabytes. */
  function importWhole(input: Parsed<'importData'>): DataImportResult {
    const { content, ...target } = input;
    const { importId: sid } = begin(target);
    const PIECE = 4_000_000;
    for (let at = 0; at < content.length; at += PIECE) push(sid, content.slice(at, at + PIECE));
    return finish(sid);
  }

  return { begin, push, finish, cancel, importWhole };
}
