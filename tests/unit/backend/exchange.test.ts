import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../backend';
import { chromiumPrinter, closeChromium, findChromium } from '../../../backend/pdf-chromium';
import { cli } from '../../helpers/cli';
import { tempBackend, value } from '../../helpers/backend';
import { SAMPLE_EVENTS, SAMPLE_SOURCES, seedSample } from '../../fixtures/exchange/sample';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/exchange', name), 'utf8');

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());
afterAll(() => closeChromium());

describe('exports through the contract', () => {
  it('export → import → export gives the identical native JSON file', async () => {
    const id = await seedSample(b.api, 'de');
    const first = value(await b.api.exportTimeline({ timelineId: id, format: 'json' }));
    expect(first.filename).toBe('Nordkoreanische-Truppen-in-Russland.chronik.json');
    const other = tempBackend();
    try {
      const imported = value(await other.api.importData({ format: 'json', content: first.content }));
      expect(imported).toMatchObject({ eventsAdded: SAMPLE_EVENTS.length, sourcesAdded: SAMPLE_SOURCES.length });
      const second = value(await other.api.exportTimeline({ timelineId: imported.timeline.id, format: 'json' }));
      expect(second.content).toBe(first.content);
    } finally {
      other.cleanup();
    }
  });

  it('exports the filtered part only, in every format', async () => {
    const id = await seedSample(b.api, 'en');
    for (const format of ['json', 'csv', 'timelinejs', 'ics', 'markdown'] as const) {
      const f = value(await b.api.exportTimeline({ timelineId: id, format, filter: { tags: ['Kursk'], from: '2024-10-28', to: '2024-11-30' } }));
      expect(f.content, format).toContain('Build-up of forces in the Kursk region');
      expect(f.content, format).not.toContain('BRICS summit in Kazan');
    }
    const ics = value(await b.api.exportTimeline({ timelineId: id, format: 'ics' }));
    expect(ics.mimeType).toBe('text/calendar');
    expect(ics.content).toContain('DTSTART;VALUE=DATE:20241022\r\nDTEND;VALUE=DATE:20241025');
  });

  it('imports a CSV with a column mapping in one undoable change', async () => {
    const content = fixture('truppen-de.csv');
    const preview = value(await b.api.previewImport({ format: 'csv', content, locale: 'de' }));
    expect(preview.csv?.columns).toContain('Verlässlichkeit');
    expect(preview).toMatchObject({ eventCount: 3, sourceCount: 2, problem: null });
    const r = value(await b.api.importData({ format: 'csv', content, mapping: preview.csv!.suggestedMapping as never, newTimelineTitle: 'Aus CSV', locale: 'de' }));
    expect(r).toMatchObject({ eventsAdded: 3, sourcesAdded: 2, timeline: { title: 'Aus CSV' } });
    expect(value(await b.api.listLanes({ timelineId: r.timeline.id })).map((l) => l.name)).toEqual(['Diplomatie', 'Aufklärung']);
    value(await b.api.undo({ timelineId: null }));
    expect(value(await b.api.listTimelines())).toHaveLength(0);
    expect(value(await b.api.listSources())).toHaveLength(0);
  });

  it('imports into an existing timeline, reusing its lanes and known sources', async () => {
    const id = await seedSample(b.api, 'en');
    const json = value(await b.api.exportTimeline({ timelineId: id, format: 'json', filter: { tags: ['BRICS'] } })).content;
    const r = value(await b.api.importData({ format: 'json', content: json, timelineId: id }));
    expect(r).toMatchObject({ eventsAdded: 2, sourcesAdded: 0 });
    expect(value(await b.api.listLanes({ timelineId: id }))).toHaveLength(3);
    expect(value(await b.api.listEvents({ timelineId: id }))).toHaveLength(SAMPLE_EVENTS.length + 2);
  });

  it('refuses broken or foreign files naming the line or field, and imports nothing', async () => {
    const cases = [
      { format: 'json' as const, content: fixture('broken.chronik.json'), message: /events\[1\]\.start/ },
      { format: 'json' as const, content: fixture('syntax-error.chronik.json'), message: /line 5/ },
      { format: 'json' as const, content: fixture('sample.timelinejs.json'), message: /Not a Chronik timeline file/ },
      { format: 'csv' as const, content: fixture('bad-date.csv'), message: /CSV line 3, column "event_date"/ },
      { format: 'timelinejs' as const, content: '{"events": [{"start_date": {"year": "2024"}, "text": {"headline": "ok"}}, {"start_date": {}}]}', message: /events\[1\]\.start_date\.year/ },
    ];
    for (const c of cases) {
      const r = await b.api.importData({ format: c.format, content: c.content });
      expect(r.ok, c.content.slice(0, 40)).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('VALIDATION');
        expect(r.message).toMatch(c.message);
      }
    }
    expect(value(await b.api.listTimelines())).toHaveLength(0);
    expect(value(await b.api.listSources())).toHaveLength(0);
    expect(value(await b.api.undoState({ timelineId: null })).canUndo).toBe(false);
  });

  it('answers UNSUPPORTED for a PDF when the shell has no printer, and still previews the HTML', async () => {
    const id = await seedSample(b.api, 'en');
    const r = await b.api.exportBriefingPdf({ timelineId: id });
    expect(r).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
    const p = value(await b.api.briefingPreview({ timelineId: id, options: { locale: 'de', handling: 'Intern' }, filter: { confidences: ['confirmed'] } }));
    expect(p.html).toContain('Verlässlichkeit: Bestätigt');
    expect(p.eventCount).toBe(SAMPLE_EVENTS.filter((e) => e.confidence === 'confirmed').length);
    // Page numbers and the running header are the document's page-margin boxes; none on the title page.
    expect(p.html).toContain('counter(page) " / " counter(pages)');
    expect(p.html).toMatch(/@page :first \{\s*@top-left \{ content: none;/);
    expect(p.paper).toBe('a4');
    expect(value(await b.api.briefingPreview({ timelineId: id, options: { locale: 'en' } })).paper).toBe('letter');
  });
});

const chromium = findChromium() ?? (process.env.PLAYWRIGHT_BROWSERS_PATH ? 'playwright' : undefined);
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some(existsSync);
if (!chromium || !pdftotext) console.log(`PDF tests skipped: ${!chromium ? 'no Chromium found (set CHROMIUM_PATH)' : 'pdftotext (poppler-utils) is not installed'}`);

describe.skipIf(!chromium || !pdftotext)('briefing PDF printed by headless Chromium', () => {
  it('has every event title in chronological order, every source URL, link annotations and "n / N" page numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronik-pdf-'));
    const pb = createBackend({ dbPath: join(dir, 'pdf.chronik'), shell: 'test', printPdf: chromiumPrinter() });
    try {
      const id = await seedSample(pb.api, 'en');
      const pdf = value(await pb.api.exportBriefingPdf({ timelineId: id, options: { handling: 'Internal — not for distribution', author: 'Analysis team' } }));
      expect(pdf.filename).toBe('North-Korean-troops-in-Russia.pdf');
      const bytes = Buffer.from(pdf.base64, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const file = join(dir, 'b.pdf');
      writeFileSync(file, bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pages = pdf.pages!;
      expect(pages).toBeGreaterThanOrEqual(4);
      // pdftotext may drop the thin spaces around the slash. The title page has no number and no running header.
      const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
      expect(page(1)).not.toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
      expect(page(2)).toMatch(new RegExp(`\\b2 ?/ ?${pages}\\b`));
      expect(page(2)).toContain('North Korean troops in Russia');
      expect(page(2)).toContain('INTERNAL — NOT FOR DISTRIBUTION');
      expect(text).toMatch(new RegExp(`\\b${pages} ?/ ?${pages}\\b`));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/); // English: Letter
      // Titles in the chronology, in time order (the figure before it may abbreviate them).
      const chrono = text.slice(text.indexOf('Chronology', text.indexOf('2 Chronology') >= 0 ? text.indexOf('2 Chronology') : 0));
      const flat = chrono.replace(/\s+/g, ' ');
      const expected = [...SAMPLE_EVENTS].sort((a, c) => a.start.replace('c. ', '').localeCompare(c.start.replace('c. ', ''))).map((e) => e.title.en);
      let at = 0;
      for (const t of expected) {
        const p = flat.indexOf(t, at);
        expect(p, `“${t}” after position ${at}`).toBeGreaterThanOrEqual(0);
        at = p + t.length;
      }
      for (const s of SAMPLE_SOURCES) expect(text.replace(/\s+/g, ''), s.url).toContain(s.url);
      // Link annotations: one /URI per source URL (internal footnote links are /Dest or /GoTo).
      const raw = bytes.toString('latin1');
      const uris = new Set([...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]));
      for (const s of SAMPLE_SOURCES) expect(uris, s.url).toContain(s.url);
    } finally {
      pb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exports a German Letter landscape PDF from the CLI for a date range and a tag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronik-cli-pdf-'));
    try {
      const db = join(dir, 'cli.chronik');
      const seeded = createBackend({ dbPath: db, shell: 'test' });
      await seedSample(seeded.api, 'de');
      seeded.close();
      const out = join(dir, 'kursk.pdf');
      const r = await cli('--db', db, 'export', 'pdf', '--timeline', 'Nordkoreanische Truppen in Russland', '--out', out,
        '--from', '2024-10-20', '--to', '2024-11-30', '--tag', 'Kursk', '--paper', 'letter', '--landscape', '--lang', 'de');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Wrote .*kursk\.pdf \(\d+ pages/);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Chronologie');
      expect(text).toContain('Aufmarsch in der Region Kursk');
      expect(text).not.toContain('BRICS-Gipfel in Kasan');
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('CLI export and import-data', () => {
  it('exports every format to a file and imports the native JSON back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronik-cli-x-'));
    try {
      const db = join(dir, 'a.chronik');
      const seeded = createBackend({ dbPath: db, shell: 'test' });
      await seedSample(seeded.api, 'en');
      seeded.close();
      for (const f of ['json', 'csv', 'timelinejs', 'ics', 'markdown']) {
        const r = await cli('--db', db, 'export', f, '--timeline', 'North Korean troops in Russia', '--out', join(dir, `out.${f}`));
        expect(r.code, r.err).toBe(0);
      }
      const db2 = join(dir, 'b.chronik');
      const r = await cli('--db', db2, 'import-data', join(dir, 'out.json'));
      expect(r.out).toMatch(/Imported 12 events and 8 new sources into “North Korean troops in Russia”/);
      await cli('--db', db2, 'export', 'json', '--timeline', 'North Korean troops in Russia', '--out', join(dir, 'again.json'));
      expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'out.json'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports a CSV with --map, shows a dry run, and refuses a bad file with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronik-cli-y-'));
    try {
      const db = join(dir, 'c.chronik');
      const csv = join(dir, 'acled.csv');
      writeFileSync(csv, fixture('acled-like-en.csv'));
      const dry = await cli('--db', db, 'import-data', csv, '--dry-run');
      expect(dry.out).toMatch(/Mapping: .*event_date=start/);
      expect(dry.out).toMatch(/Would import 3 events/);
      const r = await cli('--db', db, 'import-data', csv, '--map', 'event_date=start,notes=title,location=location', '--title', 'ACLED-like');
      expect(r.out).toMatch(/Imported 3 events and [1-9]\d* new sources? into “ACLED-like”/); // --map adds to the suggested mapping, which keeps the source column
      const bad = join(dir, 'bad.csv');
      writeFileSync(bad, fixture('bad-date.csv'));
      const e = await cli('--db', db, 'import-data', bad);
      expect(e.code).toBe(2);
      expect(e.err).toMatch(/CSV line 3, column "event_date"/);
      const list = JSON.parse((await cli('--db', db, 'timelines', 'list', '--json')).out);
      expect(list).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
