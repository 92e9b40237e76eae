/**
 * Issue 8, item 5: the article import's rules on every way in. Source URLs are http(s) only (a
 * file naming the line or field otherwise, storing nothing), stored HTML is sanitized, and links
 * that open outside the app are http(s) or mailto without attachments.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isExternalUrlAllowed, isHttpUrl } from '../../../core/security';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

const BAD_URLS = ['javascript:alert(1)', 'file:///etc/passwd', 'mailto:boss@example.org?attach=/etc/passwd', 'data:text/html,<script>alert(1)</script>', 'http://['];

/** A Chronik JSON file with one event citing one source. */
function nativeFile(source: { url: string | null; html?: string | null }): string {
  return JSON.stringify({
    format: 'chronik-timeline', version: 1,
    timeline: { title: 'Imported', description: '', createdAt: null, updatedAt: null },
    lanes: [],
    sources: [{
      key: 's1', url: source.url, title: 'Report', publisher: 'Agency', author: '', publishedAt: null, accessedAt: null, language: 'en',
      contentHash: null, text: 'The brigade moved on Monday.', html: source.html ?? null, createdAt: null, updatedAt: null,
    }],
    events: [{
      title: 'Brigade moved', description: '', kind: 'deployment', start: { value: '2024-10-21', precision: 'day' }, end: null, location: null,
      lane: null, confidence: 'reported', color: null, tags: [],
      sources: [{ source: 's1', quote: 'The brigade moved on Monday.', quoteStart: 0, quoteEnd: 28, datePhrase: 'Monday', stance: 'reports' }],
      createdAt: null, updatedAt: null,
    }],
  });
}

describe('source URLs on every way in', () => {
  it.each(BAD_URLS)('refuses a Chronik JSON file whose source URL is %s, naming the field, and stores nothing', async (url) => {
    const r = await b.api.importData({ format: 'json', content: nativeFile({ url }) });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', field: 'sources[0].url' });
    expect(!r.ok && r.message).toBe(`Chronik JSON, field sources[0].url: "${url}" is not an http(s) URL`);
    expect(value(await b.api.listTimelines())).toEqual([]);
    expect(value(await b.api.listSources())).toEqual([]);
  });

  it.each(BAD_URLS)('refuses a CSV row whose source URL is %s, naming the line', async (url) => {
    const csv = `event_date,title,source_url\n2024-10-21,Brigade moved,https://example.org/ok\n2024-10-22,Talks resumed,"${url.replace(/"/g, '""')}"\n`;
    const r = await b.api.importData({ format: 'csv', content: csv, mapping: { event_date: 'start', title: 'title', source_url: 'sourceUrl' } });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!r.ok && r.message).toMatch(/line 3\b.*is not an http\(s\) URL/);
    expect(value(await b.api.listSources())).toEqual([]);
  });

  it('takes no source from a TimelineJS slide whose media URL is not http(s)', async () => {
    const tjs = JSON.stringify({
      title: { text: { headline: 'Imported' } },
      events: [
        { start_date: { year: 2024, month: 10, day: 21 }, text: { headline: 'Brigade moved' }, media: { url: 'javascript:alert(1)', credit: 'Agency' } },
        { start_date: { year: 2024, month: 10, day: 22 }, text: { headline: 'Talks <script>alert(1)</script>resumed' }, media: { url: 'https://example.org/a', credit: 'Wire' } },
      ],
    });
    const r = value(await b.api.importData({ format: 'timelinejs', content: tjs }));
    expect(value(await b.api.listSources()).map((s) => s.url)).toEqual(['https://example.org/a']);
    const titles = value(await b.api.listEvents({ timelineId: r.timeline.id })).map((e) => e.title);
    for (const t of titles) expect(t).not.toMatch(/<script/);
  });

  it.each(BAD_URLS)('refuses %s in createSource, updateSource and attachSource', async (url) => {
    expect(await b.api.createSource({ url, title: 'x' })).toMatchObject({ ok: false, code: 'VALIDATION', field: 'url' });
    const src = value(await b.api.createSource({ url: 'https://example.org/r', title: 'Report' }));
    expect(await b.api.updateSource({ id: src.id, url })).toMatchObject({ ok: false, code: 'VALIDATION', field: 'url' });
    const tl = value(await b.api.createTimeline({ title: 'T' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'E', start: '2024-10-21' }));
    expect(await b.api.attachSource({ eventId: ev.id, source: { url, title: 'y' }, quote: 'q' })).toMatchObject({ ok: false, code: 'VALIDATION', field: 'source.url' });
    expect(value(await b.api.listSources()).map((s) => s.url)).toEqual(['https://example.org/r']);
  });
});

describe('stored HTML', () => {
  it('sanitizes the article HTML a Chronik JSON file carries, as the article import does', async () => {
    const html = '<p onclick="steal()">The brigade <a href="javascript:alert(1)">moved</a> on <b>Monday</b>.</p><script>alert(1)</script>' +
      '<img src="https://tracker.example/p.gif" onerror="alert(2)"><iframe src="https://evil.example"></iframe><a href="https://example.org/more">more</a>';
    const r = value(await b.api.importData({ format: 'json', content: nativeFile({ url: 'https://example.org/r', html }) }));
    const [src] = value(await b.api.listSources());
    const stored = value(await b.api.getSourceText({ id: src!.id }));
    expect(stored.html).toBe('<p>The brigade <a>moved</a> on <b>Monday</b>.</p><a href="https://example.org/more">more</a>');
    expect(r.sourcesAdded).toBe(1);
  });
});

describe('links that leave the app', () => {
  it('opens http(s) and plain mailto links, never mailto with attachments or other schemes', () => {
    expect(isExternalUrlAllowed('https://example.org/a')).toBe(true);
    expect(isExternalUrlAllowed('mailto:desk@example.org?subject=Report&body=See%20link')).toBe(true);
    for (const url of ['mailto:a@example.org?attach=/etc/passwd', 'mailto:a@example.org?Attachment=C:%5Csecret.txt', 'mailto:a@example.org?subject=x&attach=~/.ssh/id_rsa',
      'file:///etc/passwd', 'javascript:alert(1)', 'chronik://x']) {
      expect([url, isExternalUrlAllowed(url)]).toEqual([url, false]);
    }
  });

  it('accepts as a source URL only absolute http(s) addresses with a host', () => {
    expect(isHttpUrl('https://example.org/a?b=1')).toBe(true);
    expect(isHttpUrl(' http://example.org ')).toBe(true);
    for (const url of [...BAD_URLS, 'https://', '//example.org/a', 'example.org']) expect([url, isHttpUrl(url)]).toEqual([url, false]);
  });
});
