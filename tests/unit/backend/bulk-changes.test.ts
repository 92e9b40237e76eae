import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../backend';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

/** A CSV of n events over 2020–2023 in three lanes, every fifth citing one of four outlets. */
function csv(n: number, from = 0): string {
  const lines = ['event_date,title,lane,event_type,source,notes'];
  for (let i = from; i < from + n; i++) {
    const d = new Date(Date.UTC(2020, 0, 1) + (i % 1400) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${d},Event ${i} near Harbour${i % 7},${['North', 'South', 'East'][i % 3]},${i % 2 ? 'attack' : 'statement'},${i % 5 ? '' : `Outlet ${i % 4}`},Note ${i}`);
  }
  return lines.join('\n') + '\n';
}
const rows = (sql: string, ...p: unknown[]) => (b.db.prepare(sql).get(...p) as { n: number }).n;

describe('bulk changes are journalled compactly', () => {
  it('undoes and redoes a data import of thousands of events as one state flip, with a journal entry of a few hundred bytes', async () => {
    const r = value(await b.api.importData({ format: 'csv', content: csv(5000), newTimelineTitle: 'Big' }));
    expect(r).toMatchObject({ eventsAdded: 5000, sourcesAdded: 4, timeline: { title: 'Big', eventCount: 5000 } });
    const entry = b.db.prepare("SELECT length(changes) + length(bulk) AS size FROM journal WHERE label_key = 'importDataNew'").get() as { size: number };
    expect(entry.size).toBeLessThan(500);
    expect(value(await b.api.searchEvents({ timelineId: r.timeline.id, query: 'Harbour3' })).length).toBeGreaterThan(100);

    value(await b.api.undo({}));
    expect(value(await b.api.listTimelines())).toEqual([]);
    expect(value(await b.api.listSources())).toEqual([]);
    expect((await b.api.listEvents({ timelineId: r.timeline.id })).ok).toBe(false);

    value(await b.api.redo({}));
    const [tl] = value(await b.api.listTimelines());
    expect(tl).toMatchObject({ id: r.timeline.id, eventCount: 5000 });
    expect(value(await b.api.listLanes({ timelineId: tl!.id })).map((l) => l.name)).toEqual(['North', 'South', 'East']);
    expect(value(await b.api.listEvents({ timelineId: tl!.id, from: '2020-01-01', to: '2020-01-01' })).map((e) => e.title)).toEqual(['Event 0 near Harbour0', 'Event 1400 near Harbour0', 'Event 2800 near Harbour0', 'Event 4200 near Harbour0']);
  });

  it('purges the rows of an undone import once a new change makes its redo impossible', async () => {
    const r = value(await b.api.importData({ format: 'csv', content: csv(3000) }));
    value(await b.api.undo({}));
    expect(rows('SELECT count(*) AS n FROM events')).toBe(3000);
    value(await b.api.createTimeline({ title: 'Something new' }));
    b.purgeNow();
    expect(rows('SELECT count(*) AS n FROM events')).toBe(0);
    expect(rows('SELECT count(*) AS n FROM events_fts')).toBe(0);
    expect(rows('SELECT count(*) AS n FROM timelines WHERE id = ?', r.timeline.id)).toBe(0);
    expect(rows('SELECT count(*) AS n FROM sources')).toBe(0);
    expect(rows('SELECT count(*) AS n FROM event_density WHERE n > 0')).toBe(0);
    expect((await b.api.redo({})).ok).toBe(false);
  });

  it('imports into an existing timeline: undo hides only the imported events, redo brings them back', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Mine' }));
    const lane = value(await b.api.createLane({ timelineId: tl.id, name: 'North' }));
    const own = value(await b.api.createEvent({ timelineId: tl.id, title: 'My own event', start: '2020-01-01', laneId: lane.id }));
    value(await b.api.importData({ format: 'csv', content: csv(600), timelineId: tl.id }));
    expect(value(await b.api.listLanes({ timelineId: tl.id })).map((l) => l.name)).toEqual(['North', 'South', 'East']);
    expect(value(await b.api.listTimelines())[0]!.eventCount).toBe(601);
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.listEvents({ timelineId: tl.id })).map((e) => e.id)).toEqual([own.id]);
    expect(value(await b.api.listLanes({ timelineId: tl.id })).map((l) => l.name)).toEqual(['North']);
    expect(value(await b.api.listTimelines())[0]!.eventCount).toBe(1);
    expect(value(await b.api.listTags({ timelineId: tl.id }))).toEqual([]);
    value(await b.api.redo({ timelineId: tl.id }));
    expect(value(await b.api.listEvents({ timelineId: tl.id }))).toHaveLength(601);
  });

  it('deletes a timeline of thousands of events by hiding it; undo shows it again with its search index', async () => {
    const r = value(await b.api.importData({ format: 'csv', content: csv(4000) }));
    value(await b.api.deleteTimeline({ id: r.timeline.id }));
    expect(value(await b.api.listTimelines())).toEqual([]);
    expect((await b.api.searchEvents({ timelineId: r.timeline.id, query: 'Harbour1' })).ok).toBe(false);
    const entry = b.db.prepare("SELECT length(changes) + length(bulk) AS size FROM journal WHERE label_key = 'deleteTimeline'").get() as { size: number };
    expect(entry.size).toBeLessThan(200);
    value(await b.api.undo({}));
    expect(value(await b.api.listTimelines())).toMatchObject([{ id: r.timeline.id, eventCount: 4000 }]);
    expect(value(await b.api.searchEvents({ timelineId: r.timeline.id, query: 'Harbour1' })).length).toBeGreaterThan(100);
    value(await b.api.redo({}));
    expect(value(await b.api.listTimelines())).toEqual([]);
  });

  it('duplicates a timeline set-based (lanes, tags, citations, search) and undoes the copy in one step', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Original' }));
    const lane = value(await b.api.createLane({ timelineId: tl.id, name: 'Front' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'Crossing at dawn', start: '2024-10-01', laneId: lane.id, tags: ['x', 'y'] }));
    value(await b.api.attachSource({ eventId: ev.id, source: { title: 'Report', url: 'https://example.org/r' }, quote: 'seen crossing the river' }));
    value(await b.api.createEvent({ timelineId: tl.id, title: 'Unlaned', start: '2024-10-02' }));
    const copy = value(await b.api.duplicateTimeline({ id: tl.id }));
    expect(copy).toMatchObject({ title: 'Original (copy)', eventCount: 2 });
    const [copyLane] = value(await b.api.listLanes({ timelineId: copy.id }));
    const copied = value(await b.api.listEvents({ timelineId: copy.id }));
    expect(copied.map((e) => [e.title, e.laneId, e.tags, e.sources.map((s) => s.quote)])).toEqual([
      ['Crossing at dawn', copyLane!.id, ['x', 'y'], ['seen crossing the river']],
      ['Unlaned', null, [], []],
    ]);
    expect(value(await b.api.searchEvents({ timelineId: copy.id, query: 'river' })).map((h) => h.eventId)).toEqual([copied[0]!.id]);
    value(await b.api.undo({}));
    expect(value(await b.api.listTimelines()).map((t) => t.title)).toEqual(['Original']);
  });
});

describe('streamed imports', () => {
  it('stores each piece invisibly and shows everything at once when finished', async () => {
    const text = csv(2500);
    const { importId } = value(await b.api.beginImport({ format: 'csv', mapping: { event_date: 'start', title: 'title', lane: 'lane', event_type: 'kind', source: 'sourcePublisher', notes: 'description' }, newTimelineTitle: 'Streamed' }));
    let last = { events: 0, sources: 0, chars: 0, refused: 0 };
    for (let at = 0; at < text.length; at += 7_000) {
      last = value(await b.api.pushImport({ importId, chunk: text.slice(at, at + 7_000) }));
      expect(value(await b.api.listTimelines())).toEqual([]);
    }
    expect(last.events).toBeGreaterThan(2400);
    expect(last.chars).toBe(text.length);
    const r = value(await b.api.finishImport({ importId }));
    expect(r).toMatchObject({ eventsAdded: 2500, timeline: { title: 'Streamed', eventCount: 2500 } });
    // Into a new timeline the step is project-wide: its label names the timeline, numbers grouped.
    expect(value(await b.api.undoState({})).undoLabel).toBe('Import 2,500 events (CSV) as “Streamed”');
    expect(value(await b.api.undoState({ locale: 'de' })).undoLabel).toBe('2.500 Ereignisse importieren (CSV) als „Streamed“');
  });

  it('leaves nothing behind when cancelled, or when a piece holds a bad row (naming its line)', async () => {
    const mapping = { event_date: 'start', title: 'title' } as const;
    const a = value(await b.api.beginImport({ format: 'csv', mapping }));
    value(await b.api.pushImport({ importId: a.importId, chunk: csv(1000) }));
    expect(value(await b.api.cancelImport({ importId: a.importId }))).toEqual({ cancelled: true });

    const c = value(await b.api.beginImport({ format: 'csv', mapping }));
    value(await b.api.pushImport({ importId: c.importId, chunk: csv(500) }));
    const bad = await b.api.pushImport({ importId: c.importId, chunk: '2021-02-30,Impossible day\n' });
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!bad.ok && bad.message).toMatch(/CSV line 502, column "event_date"/);
    expect((await b.api.finishImport({ importId: c.importId })).ok).toBe(false);

    b.purgeNow();
    expect(value(await b.api.listTimelines())).toEqual([]);
    expect(rows('SELECT count(*) AS n FROM events')).toBe(0);
    expect(rows('SELECT count(*) AS n FROM batches')).toBe(0);
    expect(value(await b.api.undoState({}))).toMatchObject({ canUndo: false });
  });

  it('with skipBadRows leaves out the rows it cannot read, counts them and names their lines', async () => {
    const mapping = { event_date: 'start', title: 'title', lane: 'lane', url: 'sourceUrl' } as const;
    const { importId } = value(await b.api.beginImport({ format: 'csv', mapping, newTimelineTitle: 'Mixed', skipBadRows: true }));
    // Line 3 names a new lane and a good link before its bad link: it is refused after both were seen.
    const text = 'event_date,title,lane,url\n2021-01-05,Good one,North,\n2021-02-10,Bad link,Only here,https://ok.example/a|ftp://bad.example/b\n'
      + ',No date,North,\n2021-03-01,Good two,North,\n2021-03-02,Good three,Only here,https://ok.example/a\n';
    const p = value(await b.api.pushImport({ importId, chunk: text }));
    expect(p).toMatchObject({ events: 3, refused: 2 });
    const r = value(await b.api.finishImport({ importId }));
    expect(r).toMatchObject({ eventsAdded: 3, sourcesAdded: 1 });
    expect(r.refused?.count).toBe(2);
    expect(r.refused?.examples.map((e) => [e.line, e.field])).toEqual([[3, 'url'], [4, 'event_date']]);
    expect(r.refused?.examples[0]!.message).toMatch(/CSV line 3, column "url": "ftp:\/\/bad.example\/b" is not an http\(s\) URL/);
    // The lane and source first named by the refused row come with the row that uses them later.
    const events = value(await b.api.listEvents({ timelineId: r.timeline.id }));
    const lanes = value(await b.api.listLanes({ timelineId: r.timeline.id }));
    expect(events.map((e) => [e.title, lanes.find((l) => l.id === e.laneId)?.name, e.sources.length])).toEqual([['Good one', 'North', 0], ['Good two', 'North', 0], ['Good three', 'Only here', 1]]);

    const preview = value(await b.api.previewImport({ format: 'csv', content: text, mapping, skipBadRows: true }));
    expect(preview).toMatchObject({ problem: null, eventCount: 3, refused: { count: 2 } });
    expect(value(await b.api.previewImport({ format: 'csv', content: text, mapping })).problem).toMatch(/CSV line 3, column "url"/);

    const mapping2 = { event_date: 'start', title: 'title' } as const;
    const none = value(await b.api.beginImport({ format: 'csv', mapping: mapping2, skipBadRows: true }));
    value(await b.api.pushImport({ importId: none.importId, chunk: 'event_date,title\n2021-02-30,Impossible\n' }));
    const failed = await b.api.finishImport({ importId: none.importId });
    expect(!failed.ok && failed.message).toMatch(/No row could be read \(1 refused\); the first: CSV line 2/);
    expect(value(await b.api.listTimelines()).map((t) => t.title)).toEqual(['Mixed']);
  });

  it('counts a streamed import per lane and period exactly as its events say, from deep time to today, beside events already there', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Ages' }));
    const lane = value(await b.api.createLane({ timelineId: tl.id, name: 'North' }));
    value(await b.api.createEvent({ timelineId: tl.id, title: 'Own', start: '1969-12-31', laneId: lane.id }));
    const dates = ['66 Ma', '13.8 Ga', '500 BC', '1200', '1969-12-31', '1970-01-01', '2024-02', '2024-10-23'];
    const lines = ['event_date,title,lane,event_type,confidence'];
    for (let i = 0; i < 3000; i++) {
      lines.push(`${dates[i % dates.length]},Event ${i},${['North', 'South', ''][i % 3]},${i % 4 ? 'attack' : 'statement'},${i % 5 ? 'reported' : 'confirmed'}`);
    }
    const text = lines.join('\n') + '\n';
    const { importId } = value(await b.api.beginImport({ format: 'csv', mapping: { event_date: 'start', title: 'title', lane: 'lane', event_type: 'kind', confidence: 'confidence' }, timelineId: tl.id }));
    for (let at = 0; at < text.length; at += 9_000) value(await b.api.pushImport({ importId, chunk: text.slice(at, at + 9_000) }));
    value(await b.api.finishImport({ importId }));
    // The counts table against a recount of the events, the formula of the per-event triggers.
    const stored = b.db.prepare(`SELECT batch_id, level, bucket, lane_id, kind, confidence, n FROM event_density
      WHERE timeline_id = ? AND n > 0 ORDER BY level, bucket, lane_id, kind, confidence, batch_id`).all(tl.id);
    const recount = b.db.prepare(`SELECT coalesce(e.batch_id, 0) AS batch_id, l.level, CASE WHEN e.start_key >= 0 THEN e.start_key / l.width ELSE -((l.width - 1 - e.start_key) / l.width) END AS bucket,
      coalesce(e.lane_id, 0) AS lane_id, e.kind, e.confidence, count(*) AS n
      FROM events e, (SELECT 1 AS level, 11520 AS width UNION ALL SELECT 2, 92160 UNION ALL SELECT 3, 737280 UNION ALL SELECT 4, 5898240 UNION ALL SELECT 5, 47185920) l
      WHERE e.timeline_id = ? GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY level, bucket, lane_id, kind, confidence, batch_id`).all(tl.id);
    expect(recount).toHaveLength(stored.length);
    expect(stored).toEqual(recount);
    expect(value(await b.api.listTimelines())[0]!.eventCount).toBe(3001);
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.listTimelines())[0]!.eventCount).toBe(1);
  });

  it('writes in import mode while an import runs (rarer checkpoints, no memory map) and switches back however it ends', async () => {
    const pragma = (name: string) => b.db.pragma(name, { simple: true }) as number;
    const normal = { checkpoint: pragma('wal_autocheckpoint'), map: pragma('mmap_size') };
    expect(normal.checkpoint).toBe(1000);
    expect(normal.map).toBeGreaterThan(0);
    const importing = () => expect({ checkpoint: pragma('wal_autocheckpoint'), map: pragma('mmap_size') }).toEqual({ checkpoint: 50_000, map: 0 });
    const back = () => expect({ checkpoint: pragma('wal_autocheckpoint'), map: pragma('mmap_size') }).toEqual(normal);
    const mapping = { event_date: 'start', title: 'title' } as const;

    // Finished; two at once (the settings stay until the last one ends).
    const a = value(await b.api.beginImport({ format: 'csv', mapping }));
    importing();
    const c = value(await b.api.beginImport({ format: 'csv', mapping }));
    value(await b.api.pushImport({ importId: a.importId, chunk: csv(300) }));
    value(await b.api.finishImport({ importId: a.importId }));
    importing();
    value(await b.api.cancelImport({ importId: c.importId }));
    back();

    // A bad row.
    const d = value(await b.api.beginImport({ format: 'csv', mapping }));
    importing();
    expect((await b.api.pushImport({ importId: d.importId, chunk: 'event_date,title\n2021-02-30,Impossible day\n' })).ok).toBe(false);
    back();

    // No row could be read.
    const e = value(await b.api.beginImport({ format: 'csv', mapping, skipBadRows: true }));
    value(await b.api.pushImport({ importId: e.importId, chunk: 'event_date,title\n2021-02-30,Impossible day\n' }));
    expect((await b.api.finishImport({ importId: e.importId })).ok).toBe(false);
    back();

    // A whole file at once.
    value(await b.api.importData({ format: 'csv', content: csv(50) }));
    back();
  });

  it('copies what an import wrote into the database file when it ends, not at the next edit', async () => {
    // Without the copy the pages stay in the write-ahead log, and the file is smaller than the database.
    const inFile = () => statSync(b.dbPath).size === (b.db.pragma('page_count', { simple: true }) as number) * (b.db.pragma('page_size', { simple: true }) as number);
    const a = value(await b.api.beginImport({ format: 'csv', mapping: { event_date: 'start', title: 'title' } }));
    value(await b.api.pushImport({ importId: a.importId, chunk: csv(400) }));
    expect(inFile()).toBe(false);
    value(await b.api.finishImport({ importId: a.importId }));
    expect(inFile()).toBe(true);
  });

  it('drops an import that was still running when the app stopped', async () => {
    const a = value(await b.api.beginImport({ format: 'csv', mapping: { event_date: 'start', title: 'title' } }));
    value(await b.api.pushImport({ importId: a.importId, chunk: csv(800) }));
    b.close();
    const again = createBackend({ dbPath: b.dbPath, shell: 'test' });
    try {
      again.purgeNow();
      expect(value(await again.api.listTimelines())).toEqual([]);
      expect((again.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(0);
      expect((await again.api.pushImport({ importId: a.importId, chunk: csv(1) })).ok).toBe(false);
    } finally {
      again.close();
      b = { ...b, close: () => {} } as typeof b;
    }
  });

  it('streams Chronik JSON element by element', async () => {
    const src = value(await b.api.importData({ format: 'csv', content: csv(300), newTimelineTitle: 'Source' }));
    const json = value(await b.api.exportTimeline({ timelineId: src.timeline.id, format: 'json' })).content;
    const { importId } = value(await b.api.beginImport({ format: 'json', newTimelineTitle: 'Again' }));
    for (let at = 0; at < json.length; at += 997) value(await b.api.pushImport({ importId, chunk: json.slice(at, at + 997) }));
    const r = value(await b.api.finishImport({ importId }));
    expect(r).toMatchObject({ eventsAdded: 300, sourcesAdded: 4, timeline: { title: 'Again' } });
    const again = value(await b.api.exportTimeline({ timelineId: r.timeline.id, format: 'json' })).content;
    expect(JSON.parse(again).events).toEqual(JSON.parse(json).events);
  });
});
