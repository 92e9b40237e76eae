/**
 * Export benchmark: a temp project with 500 events and 1,000 sources (with quotes), then the time of
 * the briefing HTML, the PDF (headless Chromium), every exchange format and a window query, and the
 * peak RSS. Prints figures only; thresholds belong to people, not to tests.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// db/ imports its migrations as `x.sql?raw` (a Vite/esbuild feature); plain Node needs to be told.
const loaders = require('node:module')._extensions as Record<string, (m: { exports: unknown }, f: string) => void>;
const js = loaders['.js']!;
loaders['.js'] = (m, filename) => (/\.sql(\?raw=?)?$/.test(filename) ? void (m.exports = readFileSync(filename.replace(/\?raw=?$/, ''), 'utf8')) : js(m, filename));

const EVENTS = 500;
const SOURCES = 1000;

async function main() {
  const { createBackend } = await import('../backend');
  const { chromiumPrinter, closeChromium } = await import('../backend/pdf-chromium');
  const { buildBriefing } = await import('../core/briefing');
  const { queryEvents } = await import('../db/events');
  const { listLanes, getTimeline } = await import('../db/timelines');

  let peak = process.memoryUsage().rss;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  const timer = setInterval(sample, 20);
  const time = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    sample();
    console.log(`${label.padEnd(34)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`);
    return r;
  };
  const must = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  const dir = mkdtempSync(join(tmpdir(), 'chronik-bench-'));
  const b = createBackend({ dbPath: join(dir, 'bench.chronik'), shell: 'cli', printPdf: chromiumPrinter() });
  try {
    // Seed through one JSON import: the fastest honest way to a realistic project.
    const lanes = ['Military', 'Diplomacy', 'Reporting', 'Economy'].map((name, i) => ({ key: `l${i + 1}`, name }));
    const sources = Array.from({ length: SOURCES }, (_, i) => ({
      key: `s${i + 1}`, url: `https://news.example.org/${2020 + (i % 5)}/${i}/article-about-event-${i}`, title: `Report number ${i} on the situation`,
      publisher: `Outlet ${i % 37}`, author: '', publishedAt: { value: `202${i % 5}-0${1 + (i % 9)}-1${i % 10}`, precision: 'day' }, accessedAt: null,
      language: 'en', contentHash: null, text: null, html: null, createdAt: null, updatedAt: null,
    }));
    const events = Array.from({ length: EVENTS }, (_, i) => {
      const day = 1 + Math.floor((i * 1826) / EVENTS);
      const d = new Date(Date.UTC(2020, 0, day));
      const value = d.toISOString().slice(0, 10);
      return {
        title: `Event ${i + 1}: ${['talks', 'strike', 'statement', 'deployment', 'report'][i % 5]} near place ${i % 41}`,
        description: 'A description of moderate length that an analyst would write, with a few details about what happened and who said it. '.repeat(2),
        kind: 'report', start: { value, precision: 'day', ...(i % 9 === 0 ? { approximate: true } : {}) }, end: i % 7 === 0 ? { value: new Date(d.getTime() + 5 * 864e5).toISOString().slice(0, 10), precision: 'day' } : null,
        location: null, lane: lanes[i % 4]!.key, confidence: ['confirmed', 'reported', 'claimed', 'disputed'][i % 4], color: null, tags: [`t${i % 10}`],
        sources: [0, 1].map((k) => ({ source: `s${((i * 2 + k) % SOURCES) + 1}`, quote: `A quoted sentence from the article, number ${i}-${k}, as evidence.`, quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' })),
        createdAt: null, updatedAt: null,
      };
    });
    const content = JSON.stringify({ format: 'chronik-timeline', version: 1, timeline: { title: 'Bench', description: '', createdAt: null, updatedAt: null }, lanes, sources, events });
    const imported = await time(`import JSON (${EVENTS} events, ${SOURCES} sources)`, async () => must(await b.api.importData({ format: 'json', content })));
    const id = imported.timeline.id;

    const tl = getTimeline(b.db, id)!;
    const list = queryEvents(b.db, { timelineId: id });
    await time('briefing HTML build (core only)', () => buildBriefing({ timeline: tl, lanes: listLanes(b.db, id), events: list, options: { title: 'Bench', locale: 'en', paper: 'a4', landscape: false }, generatedAt: new Date().toISOString() }));
    const preview = await time('briefingPreview (with queries)', async () => must(await b.api.briefingPreview({ timelineId: id })));
    console.log(`${'  HTML size'.padEnd(34)} ${(preview.html.length / 1024).toFixed(0).padStart(7)} KB`);
    await time('Chromium launch (first print)', async () => must(await b.api.exportBriefingPdf({ timelineId: id, filter: { from: '2020-01-01', to: '2020-01-31' } })));
    const pdf = await time('exportBriefingPdf (500 events)', async () => must(await b.api.exportBriefingPdf({ timelineId: id })));
    console.log(`${'  pages'.padEnd(34)} ${String(pdf.pages).padStart(7)}`);
    console.log(`${'  PDF size'.padEnd(34)} ${(pdf.base64.length * 0.75 / 1024).toFixed(0).padStart(7)} KB`);
    // BENCH_PDF=out.pdf keeps the briefing for looking at (pdftoppm -png out.pdf page).
    if (process.env.BENCH_PDF) writeFileSync(process.env.BENCH_PDF, Buffer.from(pdf.base64, 'base64'));
    for (const format of ['json', 'csv', 'timelinejs', 'ics', 'markdown'] as const) {
      const f = await time(`export ${format}`, async () => must(await b.api.exportTimeline({ timelineId: id, format })));
      console.log(`${'  size'.padEnd(34)} ${(f.content.length / 1024).toFixed(0).padStart(7)} KB`);
    }
    const win = await time('listEvents (one year window)', async () => must(await b.api.listEvents({ timelineId: id, from: '2022-01-01', to: '2022-12-31' })));
    console.log(`${'  events in window'.padEnd(34)} ${String(win.length).padStart(7)}`);
  } finally {
    clearInterval(timer);
    sample();
    console.log(`${'peak RSS (this process)'.padEnd(34)} ${(peak / 1024 / 1024).toFixed(0).padStart(7)} MB`);
    await closeChromium();
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
