/**
 * Runs article analyses off the backend's thread: a small pool of worker threads, so the window
 * and every other call stay responsive while a long article is read. A cancelled or overlong
 * analysis is stopped by terminating its worker; a fresh one starts for the next job.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChronikError } from '../../core/api';
import { inputName, runAnalysisJob, type Analysed, type AnalysisJob, type AnalysisReply } from './analysis-job';

/** The worker's script: the built `analysis-worker.js`, or the TypeScript source (run through tsx, for tests). */
export interface WorkerScript {
  file: string;
}

export interface RunnerOptions {
  /** null: analyse on the calling thread (no worker script at hand; nothing can be cancelled). */
  worker: WorkerScript | null;
  /** Analyses at the same time (default 2: the machines Chronik targets have two cores or more). */
  maxWorkers?: number;
  /** A last line of defence: an analysis still running after this is stopped (default 60 s). */
  timeLimitMs?: number;
  /** An idle worker is ended after this (default 30 s); the next analysis starts a new one. */
  idleMs?: number;
}

export interface AnalysisRunner {
  /** Analyses one input; `requestId` lets `cancel` stop it. Throws ChronikError (CANCELLED when cancelled). */
  run(job: AnalysisJob, requestId?: string): Promise<Analysed>;
  /** Stops every queued and running analysis of `requestId`; returns how many were stopped. */
  cancel(requestId: string): number;
  /** True when analyses run in worker threads. */
  readonly threaded: boolean;
  close(): void;
}

interface Task {
  job: AnalysisJob;
  requestId: string | undefined;
  resolve(draft: Analysed): void;
  reject(e: ChronikError): void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  idle?: NodeJS.Timeout;
}

/**
 * The built worker beside a bundle (`dist/analysis-worker.js` next to `dist/shells/cli.js` or
 * `dist/electron/main.js`); null when there is none (the TypeScript sources run in tests).
 */
export function builtWorkerBeside(bundleFile: string): WorkerScript | null {
  const file = join(dirname(bundleFile), '..', 'analysis-worker.js');
  return existsSync(file) ? { file } : null;
}

const cancelled = () => new ChronikError('CANCELLED', 'The analysis was cancelled');

function settle(task: Task, reply: AnalysisReply): void {
  clearTimeout(task.timer);
  if (reply.ok) task.resolve(reply.draft);
  else task.reject(new ChronikError(reply.code, reply.message, reply.field));
}

export function createAnalysisRunner(opts: RunnerOptions): AnalysisRunner {
  const maxWorkers = opts.maxWorkers ?? 2;
  const timeLimitMs = opts.timeLimitMs ?? 60_000;
  const idleMs = opts.idleMs ?? 30_000;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let closed = false;

  if (!opts.worker) {
    return {
      threaded: false,
      run: async (job) => {
        const reply = runAnalysisJob(job);
        if (reply.ok) return reply.draft;
        throw new ChronikError(reply.code, reply.message, reply.field);
      },
      cancel: () => 0,
      close: () => undefined,
    };
  }
  const script = opts.worker;

  function drop(slot: Slot): void {
    clearTimeout(slot.idle);
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    void slot.worker.terminate();
  }

  function spawn(): Slot {
    const worker = script.file.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script.file)});`, { eval: true })
      : new Worker(script.file);
    const slot: Slot = { worker, task: null };
    worker.on('message', (reply: AnalysisReply) => {
      const task = slot.task;
      slot.task = null;
      if (task) settle(task, reply);
      idle(slot);
      pump();
    });
    // A crash (out of memory, a fault in a native module): the task gets a message, the slot goes.
    const failed = (why: string) => {
      const task = slot.task;
      slot.task = null;
      drop(slot);
      if (task) settle(task, { ok: false, code: 'INTERNAL', message: `The analysis of ${inputName(task.job.raw)} stopped unexpectedly (${why})` });
      pump();
    };
    worker.on('error', (e: Error & { code?: string }) => failed(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : e.message));
    worker.on('exit', (code) => {
      if (slots.includes(slot)) failed(`the worker exited with code ${code}`);
    });
    slots.push(slot);
    return slot;
  }

  /** An idle worker does not keep the process alive, and ends after a while. */
  function idle(slot: Slot): void {
    slot.worker.unref();
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (!slot.task) drop(slot);
    }, idleMs);
    slot.idle.unref();
  }

  function pump(): void {
    while (queue.length && !closed) {
      const slot = slots.find((s) => !s.task) ?? (slots.length < maxWorkers ? spawn() : null);
      if (!slot) return;
      const task = queue.shift()!;
      clearTimeout(slot.idle);
      slot.task = task;
      slot.worker.ref();
      task.timer = setTimeout(() => {
        if (slot.task !== task) return;
        slot.task = null;
        drop(slot);
        settle(task, { ok: false, code: 'UNSUPPORTED', message: `${inputName(task.job.raw)} took longer than ${Math.round(timeLimitMs / 1000)} s to analyse and was stopped; import a shorter text` });
        pump();
      }, timeLimitMs);
      slot.worker.postMessage(task.job);
    }
  }

  return {
    threaded: true,
    run(job, requestId) {
      if (closed) return Promise.reject(cancelled());
      return new Promise<Analysed>((resolve, reject) => {
        queue.push({ job, requestId, resolve, reject });
        pump();
      });
    },
    cancel(requestId) {
      let n = 0;
      for (let i = queue.length - 1; i >= 0; i--) {
        if (queue[i]!.requestId !== requestId) continue;
        queue.splice(i, 1)[0]!.reject(cancelled());
        n++;
      }
      for (const slot of [...slots]) {
        const task = slot.task;
        if (!task || task.requestId !== requestId) continue;
        slot.task = null;
        drop(slot);
        clearTimeout(task.timer);
        task.reject(cancelled());
        n++;
      }
      pump();
      return n;
    },
    close() {
      closed = true;
      for (const t of queue.splice(0)) t.reject(cancelled());
      for (const slot of [...slots]) {
        const task = slot.task;
        slot.task = null;
        drop(slot);
        if (task) {
          clearTimeout(task.timer);
          task.reject(cancelled());
        }
      }
    },
  };
}
