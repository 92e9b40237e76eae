import { importOne } from '../../helpers/import';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDraft, ArticleInput } from '../../../core/api';
import { tempBackend, value } from '../../helpers/backend';

const FIXTURES = join(__dirname, '../../fixtures/articles');
const file = (name: string): ArticleInput => ({ kind: 'file', name, base64: readFileSync(join(FIXTURES, name)).toString('base64') });
const bytes = (name: string, data: Uint8Array | string): ArticleInput => ({ kind: 'file', name, base64: Buffer.from(data).toString('base64') });

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

/** Accept every candidate of a draft as proposed. */
function acceptAll(timelineId: number, d: ArticleDraft) {
  return importOne(b.api, {
    timelineId,
    article: { meta: d.meta, text: d.text, html: d.html },
    decisions: d.candidates.map((c) => ({ candidate: c, action: 'accept' as const })),
  });
}

describe('reading articles', () => {
  it('reads title, byline, publisher, canonical URL, language and date from HTML metadata', async () => {
    const d = value(await b.api.analyzeArticle({ input: file('de-brigade-meta.html') }));
    expect(d.meta).toMatchObject({
      title: 'Brigade für Litauen: Minister unterzeichnen Stationierungsabkommen', byline: 'Jana Beispiel',
      publisher: 'Nordkurier Testdienst', url: 'https://testdienst.example.org/politik/brigade-litauen', language: 'de',
      publishedAt: { value: '2025-03-06', precision: 'day' }, publishedFrom: 'meta',
    });
    expect(d.text).toContain('unterzeichneten am Dienstag in Vilnius');
    expect(d.text).not.toMatch(/tracking|Politik\s+Start/);
    expect(d.html).not.toMatch(/<script|<img|onerror|tracker/);
    const signing = d.candidates.find((c) => /unterzeichneten am Dienstag/.test(c.quote));
    expect(signing).toMatchObject({ start: { value: '2025-03-04' }, datePhrase: 'Dienstag', kind: 'agreement' });
  });

  it('finds the publication date in the dateline of a plain-text article', async () => {
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    expect(d.meta).toMatchObject({ title: 'Harbour cranes return to Port Aldwick', language: 'en', publishedAt: { value: '2025-03-06' }, publishedFrom: 'text' });
    expect(d.candidates.find((c) => /confirmed on Wednesday/.test(c.quote))).toMatchObject({ start: { value: '2025-03-05' } });
  });

  it('asks for the publication date when none is found, and re-resolves every relative date once given', async () => {
    const input = file('en-harbour-nometa.html');
    const first = value(await b.api.analyzeArticle({ input }));
    expect(first.needsPublishedAt).toBe(true);
    expect(first.candidates.every((c) => c.start === null)).toBe(true);
    const again = value(await b.api.analyzeArticle({ input, publishedAt: '2025-03-06' }));
    expect(again.needsPublishedAt).toBe(false);
    expect(again.meta.publishedFrom).toBe('input');
    expect(again.candidates.find((c) => /confirmed on Wednesday/.test(c.quote))!.start!.value).toBe('2025-03-05');
    expect(again.candidates.find((c) => /strike last week/.test(c.quote))).toMatchObject({ start: { value: '2025-02-24' }, end: { value: '2025-03-02' } });
  });

  it('reads a Windows-1252 file and says so', async () => {
    const d = value(await b.api.analyzeArticle({ input: file('de-bruecke-cp1252.txt') }));
    expect(d.text).toContain('München, 12.02.2025 – Der Stadtrat bestätigte');
    expect(d.warnings.join(' ')).toMatch(/Windows-1252/);
  });

  it('recovers the text of broken HTML with a warning', async () => {
    const d = value(await b.api.analyzeArticle({ input: file('broken.html'), publishedAt: '2025-03-04' }));
    expect(d.text).toContain('damaged forty homes in Kelso');
    expect(d.warnings.join(' ')).toMatch(/damaged or cut off/);
  });

  it('detects the language of pasted text', async () => {
    const d = value(await b.api.analyzeArticle({ input: { kind: 'text', text: 'Die Regierung bestätigte am Montag, dass die Brücke gesperrt wurde.' }, publishedAt: '2025-03-06' }));
    expect(d.meta.language).toBe('de');
    expect(d.candidates[0]!.start!.value).toBe('2025-03-03');
  });
});

describe('refusing bad input', () => {
  it('refuses a PDF with a message that says it is not text', async () => {
    const r = await b.api.analyzeArticle({ input: bytes('report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj') });
    expect(r).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
    if (!r.ok) expect(r.message).toMatch(/"report.pdf" is a PDF document, not a text or HTML article/);
  });

  it('refuses a binary file, a ZIP and an empty file', async () => {
    const bin = await b.api.analyzeArticle({ input: bytes('data.txt', new Uint8Array([65, 66, 0, 1, 2, 3, 0, 0])) });
    expect(bin.ok || bin.message).toMatch(/binary file/);
    const zip = await b.api.analyzeArticle({ input: bytes('a.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])) });
    expect(zip.ok || zip.message).toMatch(/ZIP archive/);
    const empty = await b.api.analyzeArticle({ input: bytes('empty.txt', '') });
    expect(empty.ok || empty.message).toMatch(/"empty.txt" is empty/);
    const blank = await b.api.analyzeArticle({ input: { kind: 'text', text: '  \n ' } });
    expect(blank.ok || blank.message).toMatch(/empty/);
  });

  it('refuses a 50 MB file with a message that names its size', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const r = await b.api.analyzeArticle({ input: bytes('huge.txt', big) });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!r.ok) expect(r.message).toMatch(/"huge.txt" is 50\.0 MB; Chronik imports articles up to 20\.0 MB/);
  });

  it('refuses an unsupported encoding with a clear message', async () => {
    const utf32 = await b.api.analyzeArticle({ input: bytes('a.txt', new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])) });
    expect(utf32.ok || utf32.message).toMatch(/UTF-32/);
    const klingon = Buffer.concat([Buffer.from('<html><head><meta charset="x-klingon"></head><body><p>'), Buffer.from([0xe4, 0xf6, 0xfc]), Buffer.from('</p></body></html>')]);
    const r = await b.api.analyzeArticle({ input: bytes('k.html', klingon) });
    expect(r).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
    if (!r.ok) expect(r.message).toMatch(/encoding "x-klingon", which Chronik cannot read/);
  });

  it('says the machine seems to be offline when a host cannot be reached', async () => {
    const r = await b.api.analyzeArticle({ input: { kind: 'url', url: 'http://chronik-test.invalid/article' } });
    expect(r).toMatchObject({ ok: false, code: 'IO' });
    if (!r.ok) expect(r.message).toMatch(/Cannot reach chronik-test\.invalid — the machine seems to be offline/);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base = '';
    beforeEach(async () => {
      server = createServer((req, res) => {
        if (req.url === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end('x');
        if (req.url === '/missing') return res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(FIXTURES, 'de-brigade-meta.html')));
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(() => new Promise<void>((ok) => server.close(() => ok())));

    it('imports a page from a URL and refuses content that is not HTML or text', async () => {
      const d = value(await b.api.analyzeArticle({ input: { kind: 'url', url: `${base}/article` } }));
      expect(d.meta.publishedAt?.value).toBe('2025-03-06');
      const img = await b.api.analyzeArticle({ input: { kind: 'url', url: `${base}/image` } });
      expect(img.ok || img.message).toMatch(/is image\/png, not an HTML or text page/);
      const missing = await b.api.analyzeArticle({ input: { kind: 'url', url: `${base}/missing` } });
      expect(missing.ok || missing.message).toMatch(/answered 404/);
    });
  });
});

describe('importing', () => {
  it('stores accepted candidates as events citing the article with quote, offsets and date phrase', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Baltikum' }));
    const d = value(await b.api.analyzeArticle({ input: file('de-brigade-meta.html'), timelineId: tl.id }));
    const res = value(await acceptAll(tl.id, d));
    expect(res.sourceCreated).toBe(true);
    expect(res.created).toHaveLength(d.candidates.length);
    const signing = res.created.find((c) => c.event.start.value === '2025-03-04')!.event;
    const link = signing.sources[0]!;
    expect(link).toMatchObject({ datePhrase: 'Dienstag', source: { title: d.meta.title, contentHash: d.contentHash, hasText: true } });
    expect(d.text.slice(link.quoteStart!, link.quoteEnd!)).toBe(link.quote);
    const stored = value(await b.api.getSourceText({ id: res.source!.id }));
    expect(stored.text).toBe(d.text);
  });

  it('recognises an article imported twice and reuses its source', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    expect(d.alreadyImported).toBeNull();
    const first = value(await acceptAll(tl.id, d));
    const again = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt'), timelineId: tl.id }));
    expect(again.alreadyImported).toMatchObject({ id: first.source!.id });
    // Its own events come back as proposed merges rather than new events.
    expect(again.candidates.every((c) => c.duplicateOf !== null)).toBe(true);
    const second = value(await importOne(b.api, { timelineId: tl.id, article: again, decisions: [{ candidate: again.candidates[0]!, action: 'accept' }] }));
    expect(second.sourceCreated).toBe(false);
    expect(value(await b.api.listSources())).toHaveLength(1);
  });

  it('adds the article as a second source when merging into an existing event', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const existing = value(await b.api.createEvent({ timelineId: tl.id, title: 'Harbour master meets union representatives on shift patterns', start: '2025-03-04' }));
    const src = value(await b.api.createSource({ title: 'Earlier report', url: 'https://example.org/earlier' }));
    value(await b.api.attachSource({ eventId: existing.id, sourceId: src.id, quote: 'The harbour master met the union.' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt'), timelineId: tl.id }));
    const dup = d.candidates.find((c) => c.duplicateOf)!;
    expect(dup.duplicateOf).toEqual({ eventId: existing.id, title: existing.title });
    const res = value(await importOne(b.api, { timelineId: tl.id, article: d, decisions: [{ candidate: dup, action: 'merge', mergeInto: existing.id }] }));
    expect(res.merged[0]!.event.sources.map((s) => s.source.title)).toEqual(['Earlier report', 'Harbour cranes return to Port Aldwick']);
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(1);
  });

  it('stores an edited candidate as edited', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    const c = { ...d.candidates[0]!, title: 'Last crane arrives', start: '2025-03-05', description: 'Fourth of four.', kind: 'movement' as const };
    const res = value(await importOne(b.api, { timelineId: tl.id, article: d, decisions: [{ candidate: c, action: 'accept' }] }));
    expect(res.created[0]!.event).toMatchObject({ title: 'Last crane arrives', description: 'Fourth of four.', kind: 'movement', start: { value: '2025-03-05' } });
  });

  it('undoes an import as one step, removing its events and its source', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    value(await acceptAll(tl.id, d));
    expect(value(await b.api.undoState({ timelineId: tl.id })).undoLabel).toBe('Import “Harbour cranes return to Port Aldwick”');
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
    expect(value(await b.api.listSources())).toHaveLength(0);
    value(await b.api.redo({ timelineId: tl.id }));
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(d.candidates.length);
  });

  it('imports nothing when the batch is cancelled', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Batch' }));
    for (const name of ['de-brigade-meta.html', 'en-harbour-plain.txt', 'de-bruecke-cp1252.txt']) {
      value(await b.api.analyzeArticle({ input: file(name), timelineId: tl.id }));
    }
    // Cancelling is simply not calling importArticles: analysis wrote nothing.
    expect(value(await b.api.listSources())).toHaveLength(0);
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
    expect(value(await b.api.undoState({ timelineId: tl.id })).canUndo).toBe(true); // only the timeline's creation
    expect(value(await b.api.history({ timelineId: tl.id })).map((h) => h.label)).not.toContainEqual(expect.stringMatching(/Import/));
  });

  it('stores nothing when every candidate is rejected', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    const res = value(await importOne(b.api, { timelineId: tl.id, article: d, decisions: d.candidates.map((c) => ({ candidate: c, action: 'reject' as const })) }));
    expect(res).toMatchObject({ source: null, rejected: d.candidates.length, created: [] });
    expect(value(await b.api.listSources())).toHaveLength(0);
  });

  it('refuses a quote that is not in the article and then stores nothing at all', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    const forged = { ...d.candidates[1]!, quote: 'Something the article never said.' };
    const r = await importOne(b.api, { timelineId: tl.id, article: d, decisions: [{ candidate: d.candidates[0]!, action: 'accept' }, { candidate: forged, action: 'accept' }] });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!r.ok) expect(r.message).toMatch(/Decision 2 .*the quote is not in the article text/);
    expect(value(await b.api.listSources())).toHaveLength(0);
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
  });

  it('re-sanitizes HTML sent back by the client', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Hafen' }));
    const d = value(await b.api.analyzeArticle({ input: file('en-harbour-plain.txt') }));
    const res = value(await importOne(b.api, { timelineId: tl.id, article: { ...d, html: '<p onclick="x()">Hi<script>alert(1)</script></p>' }, decisions: [{ candidate: d.candidates[0]!, action: 'accept' }] }));
    const row = b.db.prepare('SELECT html FROM sources WHERE id = ?').get(res.source!.id) as { html: string };
    expect(row.html).toBe('<p>Hi</p>');
  });
});
