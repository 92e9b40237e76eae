/**
 * Analysis benchmark (issue 8, item 3): how long the importer takes on hostile and huge inputs,
 * through the backend and its real analysis worker (dist/analysis-worker.js; `npm run
 * bench:analysis` builds it first), with an ordinary article as the same-run baseline. Also shows
 * that the backend answers other calls while a long analysis runs. Prints figures only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// db/ imports its migrations as `x.sql?raw` (a Vite/esbuild feature); plain Node needs to be told.
const loaders = require('node:module')._extensions as Record<string, (m: { exports: unknown }, f: string) => void>;
const js = loaders['.js']!;
loaders['.js'] = (m, filename) => (/\.sql(\?raw=?)?$/.test(filename) ? void (m.exports = readFileSync(filename.replace(/\?raw=?$/, ''), 'utf8')) : js(m, filename));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SENTENCES = [
  'The ministry said on Monday that the brigade had been moved to the border.',
  'Officials in Seoul confirmed the report on 12 October 2024, according to the agency.',
  'A spokesman for the army denied that talks with the union would resume last week.',
  'Witnesses reported an attack on the depot two days later.',
  'The governor announced new sanctions against the company in March.',
  'Two analysts warned that the arrival of 3,000 soldiers would change the front.',
];

/** Varied English prose of `n` characters, in paragraphs (a seeded generator: the same text every run). */
function prose(n: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < n; k++) {
    const s = `${SENTENCES[next() % SENTENCES.length]!.slice(0, -1)} (report ${k}). ${next() % 5 === 0 ? '\n\n' : ''}`;
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, n);
}

/** Undated sentences that share no words: the duplicate finder compares every pair. */
function uniqueProse(n: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < n; k++) {
    const w = (i: number) => `w${(k * 7 + i).toString(36)}x`;
    const s = `The ${w(0)} said that ${w(1)} ${w(2)} had attacked ${w(3)} ${w(4)}. `;
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, n);
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Bench</title></head><body>${body}</body></html>`;
const nested = (depth: number) => page(`${'<div>'.repeat(depth)}<p>${prose(2000)}</p>${'</div>'.repeat(depth)}`);
/** A news-like page: navigation, wrappers, an article of `paragraphs` paragraphs, teasers, a big inline script. */
function newsPage(paragraphs: number): string {
  const text = prose(paragraphs * 200);
  const paras = text.match(/[\s\S]{1,200}/g)!.map((p) => `<div class="para"><p>${p}<a href="/more">more</a></p></div>`).join('\n');
  return page(`<script>window.__DATA__=${JSON.stringify({ blob: 'x'.repeat(2_000_000) })}</script>` +
    `${'<div class="wrap"><div class="row">'.repeat(6)}<nav><ul>${'<li><a href="/x">Section</a></li>'.repeat(80)}</ul></nav>` +
    `<article><h1>Bench article</h1>${paras}</article><aside>${'<div class="teaser"><a href="/t"><span>Teaser</span></a></div>'.repeat(40)}</aside>` +
    `${'</div></div>'.repeat(6)}`);
}

async function main() {
  const { createBackend } = await import('../backend');
  const dir = mkdtempSync(join(tmpdir(), 'chronik-bench-analysis-'));
  const b = createBackend({ dbPath: join(dir, 'bench.chronik'), shell: 'cli', analysisWorker: { file: join(root, 'dist', 'analysis-worker.js') } });
  const served = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;

  type Input = Parameters<typeof b.api.analyzeArticle>[0]['input'];
  const file = (name: string, content: string): Input => ({ kind: 'file', name, base64: Buffer.from(content).toString('base64') });
  const cases: Array<[string, () => Input]> = [
    ['baseline: article, 6k chars (text)', () => ({ kind: 'text', text: prose(6000) })],
    ['baseline: news page, 40 paragraphs', () => file('news.html', newsPage(40))],
    ['nested <div>, 1,000 levels', () => file('deep.html', nested(1000))],
    ['nested <div>, 2,000 levels', () => file('deep.html', nested(2000))],
    ['nested <div>, 10,000 levels', () => file('deep.html', nested(10000))],
    ['page of 1,500 levels by URL', () => (served.set('/deep', nested(1500)), { kind: 'url', url: `http://127.0.0.1:${port}/deep` })],
    ['nested <div>, 400 levels', () => file('deep.html', nested(400))],
    ['nested <div>, 500 levels', () => file('deep.html', nested(500))],
    ['news page, 1,500 paragraphs', () => file('big.html', newsPage(1500))],
    ['page with 18 MB of inline script', () => file('scripts.html', newsPage(40).replace('<script>', `<script>var junk="${'y'.repeat(18_000_000)}";`))],
    ['page with 19 MB of markup', () => file('markup.html', page('<div class="x"><span>a</span></div>'.repeat(19_000_000 / 36)))],
    ['prose, 400k chars (text)', () => ({ kind: 'text', text: prose(400_000) })],
    ['prose, 500k chars (text)', () => ({ kind: 'text', text: prose(500_000) })],
    ['prose, 800k chars (text)', () => ({ kind: 'text', text: prose(800_000) })],
    ['prose, 1M chars (text)', () => ({ kind: 'text', text: prose(1_000_000) })],
    ['prose, 5M chars (text)', () => ({ kind: 'text', text: prose(5_000_000) })],
    ['1M chars, undated, every word new', () => ({ kind: 'text', text: uniqueProse(1_000_000) })],
    ['German ordinals "1. 2. 3.", 400k', () => ({ kind: 'text', text: '1. 2. 3. 4. 5. 6. 7. 8. 9. 10. '.repeat(400_000 / 31) })],
  ];
  console.log(`${'input'.padEnd(38)} ${'ms'.padStart(7)}  result`);
  try {
    for (const [label, make] of cases) {
      const input = make();
      const t = performance.now();
      const r = await b.api.analyzeArticle({ input });
      const ms = performance.now() - t;
      const what = r.ok ? `${r.value.candidates.length} candidates, ${r.value.text.length.toLocaleString('en')} chars${r.value.warnings.length ? ` (warning: ${r.value.warnings.at(-1)!.slice(0, 50)}…)` : ''}` : `refused: ${r.message.slice(0, 90)}…`;
      console.log(`${label.padEnd(38)} ${ms.toFixed(0).padStart(7)}  ${what}`);
    }

    // Responsiveness: other calls while a long analysis runs in the worker.
    const long = b.api.analyzeArticle({ input: { kind: 'text', text: prose(500_000) }, requestId: 'long' });
    await new Promise((r) => setTimeout(r, 200));
    const t = performance.now();
    const n = 20;
    for (let i = 0; i < n; i++) await b.api.listTimelines();
    console.log(`${'listTimelines during that analysis'.padEnd(38)} ${((performance.now() - t) / n).toFixed(1).padStart(7)}  (ms per call, mean of ${n})`);
    const c = performance.now();
    const cancel = await b.api.cancelAnalysis({ requestId: 'long' });
    const stopped = await long;
    console.log(`${'cancel of that analysis'.padEnd(38)} ${(performance.now() - c).toFixed(0).padStart(7)}  ${cancel.ok ? `${cancel.value.cancelled} stopped` : cancel.message}; it answered ${stopped.ok ? 'ok' : stopped.code}`);
  } finally {
    server.close();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
