import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

describe('events through the contract', () => {
  it('creates an event from a German date and lists it with its precision', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Ostfront' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'Truppen verlegt', start: '23.10.2024' }));
    expect(ev.start).toMatchObject({ value: '2024-10-23', precision: 'day', original: '23.10.2024' });
    const list = value(await b.api.listEvents({ timelineId: tl.id }));
    expect(list.map((e) => e.title)).toEqual(['Truppen verlegt']);
  });

  it('lists only events that overlap the visible window, in time order', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Window' }));
    for (const [title, start, end] of [
      ['late', '2024-12-01', null], ['month', '2024-10', null], ['early', '2023-01-05', null], ['span', '2024-09-01', '2024-11-30'],
    ] as const) {
      value(await b.api.createEvent({ timelineId: tl.id, title, start, end }));
    }
    const list = value(await b.api.listEvents({ timelineId: tl.id, from: '2024-10-20', to: '2024-10-25' }));
    expect(list.map((e) => e.title)).toEqual(['span', 'month']);
  });

  it('keeps titles of events and timelines on one line', async () => {
    const tl = value(await b.api.createTimeline({ title: 'From the first light\nto the first cities' }));
    expect(tl.title).toBe('From the first light to the first cities');
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: '  Farming\r\n  begins ', start: '12,000 BC' }));
    expect(ev.title).toBe('Farming begins');
    expect(value(await b.api.updateEvent({ id: ev.id, title: 'Farming\tspreads' })).title).toBe('Farming spreads');
  });

  it('drops zero-width and bidi-override characters from titles, and refuses a title of nothing else', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Ord\u200bers' }));
    expect(tl.title).toBe('Orders');
    // U+202E would show "Depot hit" as "tih topeD" and hide what the title says.
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: '\u202eDepot\u200d hit\u202c', start: '2024-10-23' }));
    expect(ev.title).toBe('Depot hit');
    const r = await b.api.createEvent({ timelineId: tl.id, title: '\u200b\u200e\u202e', start: '2024-10-23' });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('title is required') });
  });

  it('refuses an end before the start with a message naming the field', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Bad' }));
    const r = await b.api.createEvent({ timelineId: tl.id, title: 'x', start: '2024-10-23', end: '2024-10-01' });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', field: 'end' });
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
  });

  it('refuses a malformed date and an unknown timeline', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Bad' }));
    const r = await b.api.createEvent({ timelineId: tl.id, title: 'x', start: '32.10.2024' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/day 32 does not exist/);
    const r2 = await b.api.createEvent({ timelineId: 999, title: 'x', start: '2024' });
    expect(r2).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('attaches a source with its quote and finds the event by a word of the quote', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Quotes' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'Statement', start: '2024-10-24' }));
    const src = value(await b.api.createSource({ url: 'https://example.org/a', title: 'Article A' }));
    const linked = value(await b.api.attachSource({ eventId: ev.id, sourceId: src.id, quote: 'Die Brigade erreichte Kursk.', stance: 'confirms' }));
    expect(linked.sources[0]).toMatchObject({ quote: 'Die Brigade erreichte Kursk.', stance: 'confirms', source: { url: 'https://example.org/a' } });
    const hits = value(await b.api.searchEvents({ timelineId: tl.id, query: 'kursk' }));
    expect(hits.map((h) => h.eventId)).toEqual([ev.id]);
    expect(hits[0]!.snippet).toContain('[[Kursk]]');
  });

  it('refuses a source URL that is not http(s)', async () => {
    const r = await b.api.createSource({ url: 'javascript:alert(1)', title: 'x' });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!r.ok) expect(r.message).toMatch(/Not an http\(s\) URL/);
  });
});

describe('undo and redo', () => {
  it('undoes a delete with its sources and redoes it', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Undo' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'Gone', start: '2024', tags: ['a'] }));
    const src = value(await b.api.createSource({ title: 'S' }));
    value(await b.api.attachSource({ eventId: ev.id, sourceId: src.id, quote: 'q' }));
    value(await b.api.deleteEvents({ ids: [ev.id] }));
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
    const st = value(await b.api.undo({ timelineId: tl.id }));
    expect(st.canRedo).toBe(true);
    const back = value(await b.api.getEvent({ id: ev.id }));
    expect(back).toMatchObject({ title: 'Gone', tags: ['a'] });
    expect(back.sources.map((s) => s.quote)).toEqual(['q']);
    value(await b.api.redo({ timelineId: tl.id }));
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(0);
  });

  it('undoes across a restart of the backend', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Restart' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'Before', start: '2024-10-01' }));
    value(await b.api.updateEvent({ id: ev.id, title: 'After', start: '2024-10-02' }));
    b.close();
    const { createBackend } = await import('../../../backend');
    const again = createBackend({ dbPath: b.dbPath, shell: 'test' });
    try {
      const st = value(await again.api.undoState({ timelineId: tl.id }));
      expect(st.undoLabel).toBe('Edit event “Before”');
      value(await again.api.undo({ timelineId: tl.id }));
      expect(value(await again.api.getEvent({ id: ev.id }))).toMatchObject({ title: 'Before', start: { value: '2024-10-01' } });
    } finally {
      again.close();
    }
    b = { ...b, close: () => {} } as typeof b;
  });
});

describe('citing sources in one step', () => {
  it('creates a new source with its citation as one undo step', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Cite' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'E', start: '2024' }));
    const cited = value(await b.api.attachSource({ eventId: ev.id, source: { url: 'https://example.org/n', title: 'New report' }, quote: 'Satz', stance: 'disputes' }));
    expect(cited.sources[0]).toMatchObject({ quote: 'Satz', stance: 'disputes', source: { title: 'New report' } });
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).sources).toHaveLength(0);
    expect(value(await b.api.listSources())).toHaveLength(0);
  });

  it('edits the cited source and the quote together, undone together', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Cite' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'E', start: '2024' }));
    const first = value(await b.api.attachSource({ eventId: ev.id, source: { title: 'Old title' }, quote: 'alt' }));
    const sourceId = first.sources[0]!.source.id;
    value(await b.api.attachSource({ eventId: ev.id, sourceId, source: { title: 'New title', publisher: 'Agency' }, quote: 'neu' }));
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).sources[0]).toMatchObject({ quote: 'alt', source: { title: 'Old title', publisher: '' } });
  });

  it('refuses a citation with neither a source id nor a new source', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Cite' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'E', start: '2024' }));
    expect(await b.api.attachSource({ eventId: ev.id, quote: 'x' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await b.api.attachSource({ eventId: ev.id, source: {} })).toMatchObject({ ok: false, code: 'VALIDATION', message: 'A new source needs a title or a URL' });
  });
});

describe('date windows', () => {
  it('refuses a window whose start lies after its end, for listing and for exports', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Window' }));
    expect(await b.api.listEvents({ timelineId: tl.id, from: '2025', to: '2024' })).toMatchObject({ ok: false, code: 'VALIDATION', message: 'from (2025) is after to (2024)' });
    expect(await b.api.exportTimeline({ timelineId: tl.id, format: 'json', filter: { from: '2025', to: '2024' } })).toMatchObject({ ok: false, field: 'filter.from' });
  });

  it('exports only the events without a source when the filter says so', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Unsourced' }));
    value(await b.api.createEvent({ timelineId: tl.id, title: 'Bare', start: '2024' }));
    const cited = value(await b.api.createEvent({ timelineId: tl.id, title: 'Cited', start: '2024' }));
    value(await b.api.attachSource({ eventId: cited.id, source: { title: 'S' } }));
    const md = value(await b.api.exportTimeline({ timelineId: tl.id, format: 'markdown', filter: { unsourced: true } })).content;
    expect(md).toContain('Bare');
    expect(md).not.toContain('Cited');
  });
});
