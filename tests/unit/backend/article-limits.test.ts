/**
 * Issue 8, items 3, 4, 8, 9: inputs that used to freeze, crash or garble the importer. Each test
 * failed on main (a freeze by running into its time-out).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../core/api';
import { MAX_ANALYSIS_CHARS, MAX_CANDIDATES } from '../../../core/contract/import';
import { tempBackend, value } from '../../helpers/backend';

const bytes = (name: string, data: Uint8Array | string): ArticleInput => ({ kind: 'file', name, base64: Buffer.from(data).toString('base64') });
const STORY = 'The ministry said on Monday that the brigade had been moved to the border. Officials in Seoul confirmed the report on 12 October 2024.';
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Deep page</title></head><body>${body}</body></html>`;
const nested = (depth: number) => page(`${'<div>'.repeat(depth)}<p>${STORY}</p>${'</div>'.repeat(depth)}`);

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

describe('pages that froze or crashed the analysis', () => {
  it('refuses 2,000 nested elements at once with a message (it took 110 s)', { timeout: 10_000 }, async () => {
    const r = await b.api.analyzeArticle({ input: bytes('deep.html', nested(2000)) });
    expect(r).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
    expect(!r.ok && r.message).toMatch(/^"deep\.html" cannot be read: its elements are nested 2,003 levels deep/);
  });

  it('refuses 10,000 nested elements with the same message, not a stack overflow', { timeout: 10_000 }, async () => {
    for (const html of [nested(10_000), `<html><body>${'<div>'.repeat(10_000)}<p>${STORY}`]) {
      const r = await b.api.analyzeArticle({ input: bytes('deep.html', html) });
      expect(!r.ok && r.message).toMatch(/^"deep\.html" cannot be read: its elements are nested 10,00\d levels deep/);
    }
  });

  it('reads a page nested 500 levels deep, taking the whole page when it is too deep for article detection', { timeout: 10_000 }, async () => {
    const d = value(await b.api.analyzeArticle({ input: bytes('deep.html', nested(500)) }));
    expect(d.text).toBe(STORY);
    expect(d.warnings.join(' ')).toMatch(/too large for article detection/);
  });

  describe('by URL', () => {
    let server: Server;
    let base = '';
    beforeEach(async () => {
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(nested(1500));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(() => new Promise<void>((r) => server.close(() => r())));

    it('refuses a page of 1,500 levels fetched by URL at once (it took 47 s)', { timeout: 10_000 }, async () => {
      const r = await b.api.analyzeArticle({ input: { kind: 'url', url: `${base}/deep` } });
      expect(!r.ok && r.message).toMatch(/cannot be read: its elements are nested 1,503 levels deep/);
    });
  });

  it('gives the "no readable text" message for HTML cut off in its first tag, not a TypeError', async () => {
    for (const html of ['<html lan', '<!doctype html><html', '<html><body><p']) {
      const r = await b.api.analyzeArticle({ input: bytes('cut.html', html) });
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: '"cut.html" contains no readable article text' });
    }
  });

  it('takes a large page whole, without article detection, and says so', { timeout: 20_000 }, async () => {
    const paragraphs = Array.from({ length: 1500 }, (_, i) => `<div class="para"><p>Paragraph ${i}: ${STORY}</p></div>`).join('\n');
    const wrapped = `${'<div class="wrap">'.repeat(30)}<article>${paragraphs}</article>${'</div>'.repeat(30)}`;
    const d = value(await b.api.analyzeArticle({ input: bytes('big.html', page(`<nav>${'<a href="/x">Menu</a>'.repeat(50)}</nav>${wrapped}`)) }));
    expect(d.text).toContain('Paragraph 1499: The ministry said');
    expect(d.text).not.toContain('Menu');
    expect(d.warnings.join(' ')).toMatch(/too large for article detection/);
  });

  it('reads past megabytes of inline script and keeps the JSON-LD metadata', { timeout: 20_000 }, async () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-25","headline":"Brigade moved"}</script>';
    const html = `<!doctype html><html><head>${ld}<script>var junk = "${'x'.repeat(15_000_000)}";</script><style>p{}</style></head>` +
      `<body><article><p>${STORY}</p><p>${STORY}</p></article><!-- ${'c'.repeat(1000)} --></body></html>`;
    const d = value(await b.api.analyzeArticle({ input: bytes('heavy.html', html) }));
    expect(d.meta).toMatchObject({ title: 'Brigade moved', publishedAt: { value: '2024-10-25' }, publishedFrom: 'json-ld' });
    expect(d.text).toContain('moved to the border');
    expect(d.text).not.toMatch(/junk|xxxx|cccc/);
  });

  it('refuses a page with more markup than it can read in seconds, naming the sizes', async () => {
    const r = await b.api.analyzeArticle({ input: bytes('markup.html', page('<div class="row"><span>a</span></div>'.repeat(100_000))) });
    expect(!r.ok && r.message).toMatch(/^"markup\.html" has 3\.\d MB of page markup besides scripts and styles; Chronik reads pages up to 2\.0 MB/);
  });
});

describe('long texts', () => {
  const prose = (n: number) => {
    const out: string[] = [];
    for (let k = 0, len = 0; len < n; k++) {
      const s = `Report ${k}: the agency said on Monday that talks in district ${k % 97} had resumed. `;
      out.push(s);
      len += s.length;
    }
    return out.join('').slice(0, n);
  };

  it('analyses 800,000 characters (it took over 40 s), proposing at most the reviewable number of candidates', { timeout: 20_000 }, async () => {
    const d = value(await b.api.analyzeArticle({ input: { kind: 'text', text: prose(800_000) }, publishedAt: '2024-10-25' }));
    expect(d.text.length).toBeGreaterThan(790_000);
    expect(d.candidates).toHaveLength(MAX_CANDIDATES);
    expect(d.warnings.join(' ')).toMatch(/possible events; the first 5,000 are proposed/);
    const last = d.candidates.at(-1)!;
    expect(d.text.slice(last.quoteStart, last.quoteEnd)).toBe(last.quote);
  });

  it('refuses a text longer than it analyses with a message that says what to do', async () => {
    const r = await b.api.analyzeArticle({ input: { kind: 'text', text: prose(MAX_ANALYSIS_CHARS + 10) } });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!r.ok && r.message).toBe(`The pasted text is ${(MAX_ANALYSIS_CHARS + 10).toLocaleString('en')} characters long; Chronik analyses articles up to 1,000,000 characters (about 150,000 words). Split it into parts and import them one by one`);
  });
});

describe('impossible dateline dates (item 4)', () => {
  it.each([
    ['Berlin, 31.04.2024', 'Die Regierung bestätigte am Montag den Einsatz der Truppen an der Grenze.'],
    ['Berlin, 30. Februar 2024', 'Die Regierung bestätigte gestern den Einsatz der Truppen an der Grenze.'],
    ['Berlin, 31.04.2024', 'Am 31.04.2024 bestätigte die Regierung den Einsatz der Truppen an der Grenze.'],
  ])('skips "%s" and asks for the date', async (dateline, story) => {
    const d = value(await b.api.analyzeArticle({ input: { kind: 'text', text: `${dateline}\n\n${story}` } }));
    expect(d.meta.publishedAt).toBeNull();
    expect(d.needsPublishedAt).toBe(true);
    expect(d.candidates.every((c) => c.start === null)).toBe(true);
  });

  it('takes the next possible dateline date after an impossible one', async () => {
    const d = value(await b.api.analyzeArticle({ input: { kind: 'text', text: 'Berlin, 31.04.2024\nAktualisiert: 02.05.2024\n\nDie Regierung bestätigte am Montag den Einsatz der Truppen.' } }));
    expect(d.meta.publishedAt).toMatchObject({ value: '2024-05-02' });
  });
});

describe('encodings and invisible characters (items 8, 9)', () => {
  it('reads a UTF-8 file with one invalid byte as UTF-8, replacing only that byte, and says so', async () => {
    const text = Buffer.concat([Buffer.from('Die Behörden bestätigten am Montag den Einsatz an der Grenze. Der Minister äußerte sich '), Buffer.from([0xff]), Buffer.from(' später.')]);
    const d = value(await b.api.analyzeArticle({ input: bytes('bericht.txt', text) }));
    expect(d.text).toContain('Die Behörden bestätigten am Montag');
    expect(d.text).toContain('äußerte sich \uFFFD später.');
    expect(d.warnings).toContain('"bericht.txt" is UTF-8 with one invalid byte; it shows as \uFFFD');
  });

  it('still reads a Windows-1252 file as Windows-1252', async () => {
    const d = value(await b.api.analyzeArticle({ input: bytes('alt.txt', Buffer.from('Die Behörden bestätigten am Montag den Einsatz der Truppen.', 'latin1')) }));
    expect(d.text).toContain('Behörden bestätigten');
    expect(d.warnings.join(' ')).toMatch(/read as Windows-1252/);
  });

  it('removes zero-width and bidi-override characters from titles', async () => {
    const html = '<!doctype html><html><head><title>Brigade\u200b moved \u202eto\u202c the \u2066border\u2069\ufeff</title></head>' +
      `<body><article><p>${STORY}</p><p>${STORY}</p></article></body></html>`;
    const d = value(await b.api.analyzeArticle({ input: bytes('t.html', html) }));
    expect(d.meta.title).toBe('Brigade moved to the border');
    const text = value(await b.api.analyzeArticle({ input: { kind: 'text', text: `\u200fThe \u202eministry\u202c report\n\n${STORY}` } }));
    expect(text.meta.title).toBe('The ministry report');
    for (const c of text.candidates) expect(c.title).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('refuses a file or a paste of only invisible characters as empty', async () => {
    const invisible = '\u200b\u200c\u200d\u202e \u2066\ufeff\n\u00ad';
    expect(await b.api.analyzeArticle({ input: bytes('blank.txt', invisible) })).toMatchObject({ ok: false, message: '"blank.txt" contains no text' });
    expect(await b.api.analyzeArticle({ input: bytes('blank.html', `<html><body><p>${invisible}</p></body></html>`) })).toMatchObject({ ok: false, message: '"blank.html" contains no readable article text' });
    expect(await b.api.analyzeArticle({ input: { kind: 'text', text: invisible } })).toMatchObject({ ok: false, message: 'The pasted text is empty' });
  });
});
