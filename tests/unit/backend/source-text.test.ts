import { importOne } from '../../helpers/import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

const TEXT = 'Der Rat tagte am Montag. Am Dienstag wurde der Vertrag unterzeichnet. Am Mittwoch folgte die Kritik.';
const HTML = '<p>Der Rat tagte am Montag.</p><p>Am Dienstag wurde der Vertrag unterzeichnet.</p><script>alert(1)</script>';

async function importTwo() {
  const tl = value(await b.api.createTimeline({ title: 'Rat' }));
  const d = value(await b.api.analyzeArticle({ input: { kind: 'text', text: TEXT, title: 'Ratsbericht' }, publishedAt: '2025-03-07' }));
  const quote = (s: string) => {
    const at = TEXT.indexOf(s);
    return { quote: s, quoteStart: at, quoteEnd: at + s.length };
  };
  // The later passage first: the reader gets the quotes in text order anyway.
  const res = value(await importOne(b.api, {
    timelineId: tl.id,
    article: { meta: { ...d.meta, title: 'Ratsbericht' }, text: TEXT, html: HTML },
    decisions: [
      { action: 'accept', candidate: { title: 'Vertrag unterzeichnet', start: '2025-03-04', ...quote('Am Dienstag wurde der Vertrag unterzeichnet.') } },
      { action: 'accept', candidate: { title: 'Rat tagt', start: '2025-03-03', ...quote('Der Rat tagte am Montag.') } },
    ],
  }));
  return res;
}

describe('getSourceText', () => {
  it('returns the stored text, the sanitized HTML and every cited passage in text order', async () => {
    const res = await importTwo();
    const got = value(await b.api.getSourceText({ id: res.source!.id }));
    expect(got.text).toBe(TEXT);
    expect(got.html).toContain('unterzeichnet');
    expect(got.html).not.toContain('<script');
    expect(got.quotes.map((q) => q.eventTitle)).toEqual(['Rat tagt', 'Vertrag unterzeichnet']);
    for (const q of got.quotes) expect(TEXT.slice(q.quoteStart!, q.quoteEnd!)).toBe(q.quote);
    expect(got.quotes[0]!.eventId).toBe(res.created.find((c) => c.event.title === 'Rat tagt')!.event.id);
  });

  it('gives null HTML and no quotes for a source entered by hand', async () => {
    const s = value(await b.api.createSource({ title: 'Notiz', url: null }));
    const got = value(await b.api.getSourceText({ id: s.id }));
    expect(got).toMatchObject({ text: '', html: null, quotes: [] });
  });

  it('drops the passage of an event once the event is deleted', async () => {
    const res = await importTwo();
    value(await b.api.deleteEvents({ ids: [res.created[0]!.event.id] }));
    const got = value(await b.api.getSourceText({ id: res.source!.id }));
    expect(got.quotes.map((q) => q.eventTitle)).toEqual(['Rat tagt']);
  });
});
