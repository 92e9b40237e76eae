/// <reference lib="dom" />
/**
 * Scale benchmark: for each N, generates N synthetic events (points and ranges over ten
 * years, six lanes) as a CSV, imports it through the CLI, serves the project, opens the app in
 * headless Chromium and measures what a user feels; then the same page-level figures for a plain
 * vis-timeline page holding all N items in one DataSet (the baseline), so every run shows the ratio.
 * Prints figures only; thresholds belong to people, not to tests.
 *
 *   npm run bench:scale [N…] [--runs K] [--baseline-max N] [--keep]
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = resolve(process.env.CHRONIK_SCRIPT_PATH ? join(process.env.CHRONIK_SCRIPT_PATH, '..', '..') : process.cwd());
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LANES = ['Military', 'Diplomacy', 'Humanitarian', 'Economy', 'Media', 'Analysis'];
const KINDS = ['deployment', 'statement', 'report', 'attack', 'meeting', 'other'];
const CONFIDENCES = ['confirmed', 'reported', 'claimed', 'disputed'];
const VERBS = ['Clash', 'Talks', 'Convoy', 'Statement', 'Strike', 'Protest', 'Aid delivery', 'Sanctions', 'Interview', 'Report'];
const PLACES = Array.from({ length: 400 }, (_, i) => `${['Nor', 'Vel', 'Kar', 'Bel', 'Dra', 'Ost', 'Mir', 'Zel'][i % 8]}${['avka', 'ino', 'grad', 'opol', 'itsa', 'evo', 'ansk', 'ovo'][(i >> 3) % 8]}${i >> 6 || ''}`);
const PUBLISHERS = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
/** The search the bench types: one place, so about N/400 hits. */
const QUERY = PLACES[17]!;

// ------------------------------------------------------------------ data

/** A small deterministic PRNG, so every run (and the baseline) sees the same events. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row { start: string; end: string; title: string; lane: string; kind: string; confidence: string; place: string; publisher: string }

function* rows(n: number): Generator<Row> {
  const r = rng(42);
  const day0 = Date.UTC(2015, 0, 1);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  for (let i = 0; i < n; i++) {
    const start = day0 + Math.floor(r() * 3652) * 86_400_000;
    const ranged = r() < 0.2;
    const end = ranged ? start + (1 + Math.floor(r() * 30)) * 86_400_000 : 0;
    const place = pick(PLACES);
    yield {
      start: new Date(start).toISOString().slice(0, 10),
      end: ranged ? new Date(end).toISOString().slice(0, 10) : '',
      title: `${pick(VERBS)} near ${place} (${i + 1})`,
      lane: pick(LANES), kind: pick(KINDS), confidence: pick(CONFIDENCES), place, publisher: pick(PUBLISHERS),
    };
  }
}

async function writeCsv(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok())));
  await write('event_date,end_date,title,event_type,confidence,lane,location,notes,source\n');
  let buf = '';
  for (const e of rows(n)) {
    buf += `${e.start},${e.end},${e.title},${e.kind},${e.confidence},${e.lane},${e.place},Observers describe the situation around ${e.place} as tense; details are still being checked.,${e.publisher}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((ok) => out.end(() => ok()));
}

// ------------------------------------------------------------------ processes

const cli = join(ROOT, 'bin', 'chronik.js');
/** Preloaded into the CLI: reports its peak RSS on exit. */
const RSS_HOOK = `process.on('exit', () => require('fs').writeSync(2, '\\nBENCH_MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));`;

function importCsv(dbPath: string, csv: string, title: string, hook: string): { seconds: number; rssMb: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', hook, cli, '--db', dbPath, 'import-data', csv, '--title', title], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`import failed (${r.status}): ${r.stderr || r.stdout}`);
  const m = /BENCH_MAXRSS (\d+)/.exec(r.stderr);
  return { seconds, rssMb: m ? Number(m[1]) / 1024 : NaN, out: r.stdout.trim() };
}

async function serve(dbPath: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const proc = spawn(process.execPath, [cli, '--db', dbPath, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8' } });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]!);
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
  return {
    url, pid: proc.pid!,
    stop: () => new Promise<void>((ok) => {
      if (proc.exitCode !== null) return ok();
      proc.once('exit', () => ok());
      proc.kill('SIGTERM');
      setTimeout(() => proc.exitCode === null && proc.kill('SIGKILL'), 3000).unref();
    }),
  };
}

/** Calls the served backend as the page does; the time of the answer in ms (throws on an error answer). */
async function timedCall(url: string, method: string, input: unknown): Promise<number> {
  const u = new URL(url);
  const t0 = performance.now();
  const res = await fetch(new URL(`api/${method}`, u.origin + '/'), {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-chronik-token': u.searchParams.get('token') ?? '' }, body: JSON.stringify(input),
  });
  const body = await res.json() as { ok: boolean; message?: string };
  if (!body.ok) throw new Error(`${method}: ${body.message}`);
  return performance.now() - t0;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// ------------------------------------------------------------------ page measurements

/** Installed before any page script: records input times and DOM mutations for "settled" measures. */
/** What counts as drawn: Chronik's items or density bars; the baseline's items. */
const FIRST_DRAWN = '.vis-item, .density-cell, [data-testid="density"]';
const SEARCH_HIT = '[data-testid="search-hit"]';

/**
 * Installed before the page loads: the time of the last change (for settling), of the last input,
 * and of the paint that first showed each watched selector. Polling from the test (Playwright's
 * waitForSelector retries after 20, 50, 100, 100, 500… ms) would add up to half a second to
 * what it times, so the page notes the time itself: when a watched element appears, the frame that
 * paints it is awaited (a message posted from that frame's animation callback runs after its paint).
 */
const PROBE = `(() => {
  const w = window;
  w.__bench = { lastMutation: 0, inputAt: 0, frames: null, painted: {}, watched: [${JSON.stringify(FIRST_DRAWN)}] };
  const b = w.__bench;
  const afterPaint = (fn) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = fn; c.port2.postMessage(0); });
  new MutationObserver(() => {
    b.lastMutation = performance.now();
    for (const sel of b.watched) {
      if (!document.querySelector(sel)) continue;
      b.watched = b.watched.filter((x) => x !== sel);
      afterPaint(() => { b.painted[sel] = performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const type of ['wheel', 'input', 'change']) addEventListener(type, () => { b.inputAt = performance.now(); }, { capture: true });
})();`;

/** From now on, the page notes when it first paints an element matching `selector`. */
async function watchFor(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => (window as unknown as { __bench: { watched: string[] } }).__bench.watched.push(sel), selector);
}

/** When the page first painted an element matching `selector` (the first one drawn, or one watched for). */
async function paintedAt(page: Page, selector: string, timeoutMs: number): Promise<number> {
  await page.waitForFunction((sel) => (window as unknown as { __bench: { painted: Record<string, number> } }).__bench.painted[sel] !== undefined, selector, { timeout: timeoutMs });
  return page.evaluate((sel) => (window as unknown as { __bench: { painted: Record<string, number> } }).__bench.painted[sel]!, selector);
}

/** Waits until the page has not changed for `quietMs` (or `maxMs` passed); returns the time of the last change. */
async function settle(page: Page, quietMs = 300, maxMs = 600_000): Promise<number> {
  return page.evaluate(([quiet, max]) => new Promise<number>((ok) => {
    const b = (window as unknown as { __bench: { lastMutation: number } }).__bench;
    const t0 = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - Math.max(b.lastMutation, t0) >= quiet || now - t0 > max) ok(b.lastMutation);
      else setTimeout(tick, 25);
    };
    tick();
  }), [quietMs, maxMs] as const);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

/** Drags the time axis 600 px to the left in 30 steps and returns the frame times (ms) seen meanwhile. */
async function panFrames(page: Page): Promise<number[]> {
  const axis = await page.locator('.vis-panel.vis-top').first().boundingBox();
  const canvas = await page.locator('.vis-timeline').first().boundingBox();
  if (!canvas) throw new Error('no vis-timeline on the page');
  // The time axis: pressing there pans and can never grab an item.
  const y = axis && axis.height > 8 ? axis.y + axis.height / 2 : canvas.y + 12;
  const x0 = canvas.x + canvas.width * 0.75;
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[] | null } }).__bench;
    b.frames = [];
    let last = performance.now();
    const loop = (t: number) => {
      if (!b.frames) return;
      b.frames.push(t - last);
      last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(loop); });
  });
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(x0 - i * 20, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[] | null } }).__bench;
    const f = b.frames ?? [];
    b.frames = null;
    return f;
  });
}

/** One Ctrl+wheel zoom step at the centre of the canvas; ms from the wheel event until the page settled. */
async function zoomStep(page: Page, dy: number): Promise<number> {
  const canvas = (await page.locator('.vis-center').first().boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + Math.min(canvas.height / 2, 120));
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, dy);
  await page.keyboard.up('Control');
  const last = await settle(page);
  const at = await page.evaluate(() => (window as unknown as { __bench: { inputAt: number } }).__bench.inputAt);
  return Math.max(0, last - at);
}

const median = (a: number[]) => {
  if (!a.length) return NaN;
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (a: number[]) => {
  if (!a.length) return NaN;
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
};

interface PageFigures { firstDraw: number; heap: number; panMedian: number; panP95: number; panSettle: number; zoom: number; search?: number; filter?: number }

/** The figures every page gets: first draw, heap, pan frames, zoom steps. */
async function measureCanvas(page: Page, timeoutMs: number): Promise<PageFigures> {
  const firstDraw = await paintedAt(page, FIRST_DRAWN, timeoutMs);
  await settle(page, 500, timeoutMs);
  const heap = await heapMb(page);
  const frames = await panFrames(page);
  const released = await page.evaluate(() => performance.now());
  const panSettle = Math.max(0, (await settle(page, 300, timeoutMs)) - released);
  const zooms: number[] = [];
  for (const dy of [-300, -300, 300, 300]) zooms.push(await zoomStep(page, dy));
  return { firstDraw, heap, panMedian: median(frames), panP95: p95(frames), panSettle, zoom: median(zooms) };
}

/**
 * A freshly launched browser spends some hundred milliseconds on its first page starting itself
 * (processes, script engine, fonts). Chronik's page was measured first, so it paid that and the
 * baseline did not; now no measured page does: a small page with text and a script is opened first.
 */
async function warmUp(browser: Browser): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto('data:text/html,<!doctype html><meta charset="utf-8"><p>Warming up</p><script>document.body.append(String(1 + 1))</script>');
    await page.waitForFunction(() => document.body.textContent!.includes('2'));
  } finally {
    await page.close();
  }
}

async function measureChronik(browser: Browser, url: string, timeoutMs: number): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(timeoutMs);
  await page.addInitScript(PROBE);
  try {
    await page.goto(url, { timeout: timeoutMs });
    const fig = await measureCanvas(page, timeoutMs);
    // Search: from typing the query to the first hit painted.
    await watchFor(page, SEARCH_HIT);
    await page.getByTestId('search').fill(QUERY);
    fig.search = (await paintedAt(page, SEARCH_HIT, timeoutMs)) - (await page.evaluate(() => (window as unknown as { __bench: { inputAt: number } }).__bench.inputAt));
    await page.getByTestId('search-clear').click();
    await settle(page, 300, timeoutMs);
    // A filter change: from ticking "Statement" to the redraw settled.
    await page.getByTestId('filter-kind').locator('summary').click();
    await page.getByTestId('filter-kind').getByLabel('Statement').check();
    const last = await settle(page, 300, timeoutMs);
    fig.filter = last - (await page.evaluate(() => (window as unknown as { __bench: { inputAt: number } }).__bench.inputAt));
    return fig;
  } finally {
    await page.close();
  }
}

/**
 * A plain vis-timeline page with all N items in one DataSet, the whole range in view (as vis opens it).
 * With a screenful of items (FLOOR_ITEMS) it is the floor: what any page built on vis-timeline needs
 * on this machine to draw its first items, whatever it holds.
 */
function writeBaseline(dir: string, n: number, name = 'baseline'): string {
  const vis = join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js');
  copyFileSync(vis, join(dir, 'vis.js'));
  const items = [...rows(n)].map((e, i) => {
    const item: Record<string, unknown> = { id: i + 1, group: LANES.indexOf(e.lane) + 1, content: e.title, start: e.start };
    if (e.end) {
      item.end = e.end;
      item.type = 'range';
    }
    return item;
  });
  writeFileSync(join(dir, `${name}-items.js`), `window.ITEMS = ${JSON.stringify(items)};`);
  writeFileSync(join(dir, `${name}.html`), `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#tl{height:100%;margin:0}</style></head>
<body><div id="tl"></div><script src="vis.js"></script><script src="${name}-items.js"></script><script>
  const groups = new vis.DataSet(${JSON.stringify(LANES.map((name, i) => ({ id: i + 1, content: name })))});
  const items = new vis.DataSet(window.ITEMS);
  new vis.Timeline(document.getElementById('tl'), items, groups, { stack: true, orientation: { axis: 'top', item: 'top' }, zoomKey: 'ctrlKey', verticalScroll: true, height: '100%' });
</script></body></html>`);
  return join(dir, `${name}.html`);
}

/** The floor's items: about a screenful. */
const FLOOR_ITEMS = 30;

async function measureBaseline(browser: Browser, file: string, timeoutMs: number): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(timeoutMs);
  await page.addInitScript(PROBE);
  try {
    await page.goto(`file://${file}`, { timeout: timeoutMs, waitUntil: 'commit' });
    return await measureCanvas(page, timeoutMs);
  } finally {
    await page.close();
  }
}

// ------------------------------------------------------------------ main

function parseArgs(argv: string[]) {
  const ns: number[] = [];
  let runs = 1;
  let baselineMax = 50_000;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--baseline-max') baselineMax = Number(argv[++i]);
    else if (a === '--keep') keep = true;
    else if (/^\d+(k|m)?$/i.test(a)) ns.push(Number(a.replace(/k$/i, '000').replace(/m$/i, '000000')));
    else throw new Error(`unknown argument ${a}`);
  }
  return { ns: ns.length ? ns : [3000, 10_000], runs: Math.max(1, runs), baselineMax, keep };
}

const fmt = (x: number | undefined, digits = 0) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

async function main() {
  const { ns, runs, baselineMax, keep } = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'chronik-scale-'));
  const hook = join(dir, 'rss-hook.cjs');
  writeFileSync(hook, RSS_HOOK);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // Each page figure with the plain vis-timeline page's figure of the same run in brackets.
  const head = '| events | import s | import RSS MB | undo / redo ms | serve RSS MB | first draw ms (baseline) | faster than baseline | heap MB (baseline) | pan frame median / p95 ms (baseline) | pan settled ms (baseline) | zoom ms (baseline) | search ms | filter ms |';
  const target = '| target (issue 11, at 1M; ratio at 10k) | ≤ 60 | ≤ 500 | ≤ 10,000 | | ≤ 1,500 | ≥ 10× | ≤ 200 | ≤ 17 / ≤ 50 | | ≤ 300 | ≤ 100 | ≤ 300 |';
  const lines: string[] = [];
  const floorLines: string[] = [];
  try {
    for (const n of ns) {
      const csv = join(dir, `events-${n}.csv`);
      await writeCsv(csv, n);
      const timeoutMs = Math.max(120_000, n * 2);
      const imports: { seconds: number; rssMb: number }[] = [];
      const chronik: PageFigures[] = [];
      const base: PageFigures[] = [];
      const serveRss: number[] = [];
      const floors: number[] = [];
      const undos: number[] = [];
      const redos: number[] = [];
      for (let run = 0; run < runs; run++) {
        const dbPath = join(dir, `bench-${n}-${run}.chronik`);
        const imp = importCsv(dbPath, csv, `Bench ${n}`, hook);
        console.error(`N=${n} run ${run + 1}: ${imp.out} in ${imp.seconds.toFixed(1)} s, peak RSS ${imp.rssMb.toFixed(0)} MB`);
        imports.push(imp);
        const server = await serve(dbPath);
        // Undo of the whole import and redo of it, as Edit → Undo / Redo do them.
        undos.push(await timedCall(server.url, 'undo', {}));
        redos.push(await timedCall(server.url, 'redo', {}));
        console.error(`  undo ${undos[undos.length - 1]!.toFixed(0)} ms, redo ${redos[redos.length - 1]!.toFixed(0)} ms`);
        const browser = await chromium.launch({ executablePath, args: FLAGS });
        try {
          await warmUp(browser);
          chronik.push(await measureChronik(browser, server.url, timeoutMs));
          serveRss.push(rssOf(server.pid));
          console.error(`  chronik: ${JSON.stringify(chronik[chronik.length - 1], (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
          if (n <= baselineMax) {
            const file = writeBaseline(dir, n);
            try {
              base.push(await measureBaseline(browser, file, timeoutMs));
              console.error(`  baseline: ${JSON.stringify(base[base.length - 1], (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
            } catch (e) {
              console.error(`  baseline failed: ${(e as Error).message.split('\n')[0]}`);
            }
            // The floor: a plain vis-timeline page with a screenful of items, in the same browser.
            const floorPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
            try {
              await floorPage.addInitScript(PROBE);
              await floorPage.goto(`file://${writeBaseline(dir, FLOOR_ITEMS, 'floor')}`, { timeout: timeoutMs, waitUntil: 'commit' });
              floors.push(await paintedAt(floorPage, FIRST_DRAWN, timeoutMs));
              console.error(`  floor (plain vis-timeline, ${FLOOR_ITEMS} items): first draw ${floors[floors.length - 1]!.toFixed(0)} ms`);
            } finally {
              await floorPage.close();
            }
          }
        } finally {
          await browser.close();
          await server.stop();
          if (!keep) rmSync(dbPath, { force: true });
        }
      }
      const m = (a: PageFigures[], k: keyof PageFigures) => median(a.map((f) => f[k] ?? NaN).filter((x) => !Number.isNaN(x)));
      const ratio = m(base, 'firstDraw') / m(chronik, 'firstDraw');
      const both = (k: keyof PageFigures) => `${fmt(m(chronik, k))}${base.length ? ` (${fmt(m(base, k))})` : ''}`;
      const pan = `${fmt(m(chronik, 'panMedian'))} / ${fmt(m(chronik, 'panP95'))}${base.length ? ` (${fmt(m(base, 'panMedian'))} / ${fmt(m(base, 'panP95'))})` : ''}`;
      if (floors.length) {
        floorLines.push(`- ${n.toLocaleString('en')} events: a plain vis-timeline page with ${FLOOR_ITEMS} items draws first in ${fmt(median(floors))} ms (runs: ${floors.map((f) => f.toFixed(0)).join(', ')}); the baseline with all ${n.toLocaleString('en')} in ${fmt(m(base, 'firstDraw'))} ms, so no page on vis-timeline gets past ${(m(base, 'firstDraw') / median(floors)).toFixed(1)}× here (Chronik: ${Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '–'}).`);
      }
      lines.push(`| ${n.toLocaleString('en')} | ${fmt(median(imports.map((i) => i.seconds)), 1)} | ${fmt(median(imports.map((i) => i.rssMb)))} | ${fmt(median(undos))} / ${fmt(median(redos))} | ${fmt(median(serveRss))} | ${both('firstDraw')} | ${Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '–'} | ${both('heap')} | ${pan} | ${both('panSettle')} | ${both('zoom')} | ${fmt(m(chronik, 'search'))} | ${fmt(m(chronik, 'filter'))} |`);
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
  console.log(`\nScale benchmark (${runs} run${runs > 1 ? 's' : ''} each, medians; headless Chromium ${'1280×800'})\n`);
  console.log(head);
  console.log(`|${head.split('|').slice(1, -1).map(() => '---').join('|')}|`);
  for (const l of lines) console.log(l);
  console.log(target);
  if (floorLines.length) console.log(`\nThe floor (first draw of vis-timeline itself, same runs):\n${floorLines.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
