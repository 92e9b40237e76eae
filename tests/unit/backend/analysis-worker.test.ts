/**
 * Issue 8, item 3: analysis runs in a worker thread, so the backend answers other calls meanwhile,
 * and Cancel stops it. Both the TypeScript worker (run through tsx) and the built one
 * (dist/analysis-worker.js, what the CLI, the browser shell and Electron use) are tested.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../backend';
import { builtWorkerBeside, createAnalysisRunner, type WorkerScript } from '../../../backend/article/analysis-runner';
import type { ArticleInput } from '../../../core/api';
import { value } from '../../helpers/backend';

const ROOT = resolve(__dirname, '../../..');
const SOURCE_WORKER: WorkerScript = { file: join(ROOT, 'backend/article/analysis-worker.ts') };
const BUILT_WORKER: WorkerScript = { file: join(ROOT, 'dist/analysis-worker.js') };

/** A long article: about a second of analysis on the development machine. */
function longText(): ArticleInput {
  const parts: string[] = [];
  for (let k = 0; k < 9000; k++) parts.push(`Report ${k}: the agency said on Monday that talks in district ${k % 97} had resumed.`);
  return { kind: 'text', text: parts.join(' ') };
}
const SHORT: ArticleInput = { kind: 'text', text: 'The ministry said on Monday that the brigade had been moved to the border.' };

const dir = mkdtempSync(join(tmpdir(), 'chronik-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const backendWith = (worker: WorkerScript | null): Backend => createBackend({ dbPath: join(dir, `w${++n}.chronik`), shell: 'test', analysisWorker: worker });

beforeAll(() => {
  // `npm test` builds first; a focused run may not have.
  if (!existsSync(BUILT_WORKER.file)) spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'node'], { cwd: ROOT, stdio: 'ignore' });
}, 60_000);

describe.each([['the TypeScript worker', SOURCE_WORKER], ['the built worker', BUILT_WORKER]])('analysis in %s', (_name, worker) => {
  it('answers other calls while a long analysis runs', { timeout: 60_000 }, async () => {
    const b = backendWith(worker);
    try {
      let done = false;
      const analysis = b.api.analyzeArticle({ input: longText(), publishedAt: '2024-10-25' }).then((r) => ((done = true), r));
      // On the backend's own thread the analysis would hold the event loop: no timer, no call until it ends.
      await new Promise((r) => setTimeout(r, 100));
      const timelines = await b.api.listTimelines();
      expect(timelines.ok).toBe(true);
      expect(done).toBe(false);
      const draft = value(await analysis);
      expect(draft.candidates.length).toBeGreaterThan(1000);
      expect(draft.text.slice(draft.candidates[0]!.quoteStart, draft.candidates[0]!.quoteEnd)).toBe(draft.candidates[0]!.quote);
    } finally {
      b.close();
    }
  });

  it('stops a running analysis on Cancel, and analyses the next input afterwards', { timeout: 60_000 }, async () => {
    const b = backendWith(worker);
    try {
      const analysis = b.api.analyzeArticle({ input: longText(), requestId: 'batch-1' });
      const other = b.api.analyzeArticle({ input: SHORT, requestId: 'batch-2' });
      await new Promise((r) => setTimeout(r, 50));
      expect(value(await b.api.cancelAnalysis({ requestId: 'batch-1' }))).toEqual({ cancelled: 1 });
      expect(await analysis).toEqual({ ok: false, code: 'CANCELLED', message: 'The analysis was cancelled' });
      expect(value(await other).candidates).toHaveLength(1);
      expect(value(await b.api.analyzeArticle({ input: SHORT })).candidates[0]!.title).toMatch(/brigade/i);
      expect(value(await b.api.cancelAnalysis({ requestId: 'batch-1' }))).toEqual({ cancelled: 0 });
    } finally {
      b.close();
    }
  });

  it('gives the same draft as the analysis on the calling thread', { timeout: 60_000 }, async () => {
    const [threaded, inline] = [backendWith(worker), backendWith(null)];
    try {
      const html: ArticleInput = { kind: 'file', name: 'a.html', base64: Buffer.from(`<html lang="de"><head><title>Brigade</title></head><body><article><p>${'Die Regierung bestätigte am 25. Oktober 2024 den Einsatz der Truppen an der Grenze. '.repeat(5)}</p></article></body></html>`).toString('base64') };
      expect(value(await threaded.api.analyzeArticle({ input: html }))).toEqual(value(await inline.api.analyzeArticle({ input: html })));
    } finally {
      threaded.close();
      inline.close();
    }
  });
});

describe('the analysis runner', () => {
  it('stops an analysis that runs past its time limit, with a message naming the input', { timeout: 60_000 }, async () => {
    const runner = createAnalysisRunner({ worker: BUILT_WORKER, timeLimitMs: 30 });
    try {
      const raw = { content: (longText() as { text: string }).text, format: 'text' as const, name: 'long.txt', url: null, title: '', warnings: [] };
      await expect(runner.run({ raw, opts: { known: [], batch: [] } })).rejects.toMatchObject({ code: 'UNSUPPORTED', message: '"long.txt" took longer than 0 s to analyse and was stopped; import a shorter text' });
    } finally {
      runner.close();
    }
  });

  it('answers with a message when the worker dies, and starts a new one for the next job', { timeout: 60_000 }, async () => {
    const script = join(dir, 'dies-once.js');
    writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => job.raw.name === 'crash' ? process.exit(3) : parentPort.postMessage({ ok: true, draft: { name: job.raw.name } }));`);
    const runner = createAnalysisRunner({ worker: { file: script } });
    const raw = (name: string) => ({ content: 'x', format: 'text' as const, name, url: null, title: '', warnings: [] });
    try {
      await expect(runner.run({ raw: raw('crash'), opts: { known: [], batch: [] } })).rejects.toMatchObject({ code: 'INTERNAL', message: 'The analysis of "crash" stopped unexpectedly (the worker exited with code 3)' });
      expect(await runner.run({ raw: raw('next'), opts: { known: [], batch: [] } })).toEqual({ name: 'next' });
    } finally {
      runner.close();
    }
  });

  it('runs in the built CLI: chronik import analyses through dist/analysis-worker.js', { timeout: 60_000 }, () => {
    const article = join(dir, 'article.txt');
    writeFileSync(article, 'Port Aldwick, 7 March 2025. The dock workers ended their strike on Monday after talks with the port authority.\n');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/shells/cli.js'), '--db', join(dir, 'cli.chronik'), 'import', article, '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('The dock workers ended their strike on Monday');
  });

  it('finds the built worker beside a bundled shell, and none beside the sources', () => {
    expect(builtWorkerBeside(join(ROOT, 'dist/shells/cli.js'))).toEqual({ file: BUILT_WORKER.file });
    expect(builtWorkerBeside(join(ROOT, 'dist/electron/main.js'))).toEqual({ file: BUILT_WORKER.file });
    expect(builtWorkerBeside(join(ROOT, 'shells/cli/main.ts'))).toBeNull();
  });
});
