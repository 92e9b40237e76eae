import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventSummary, TimelineEvent } from '../../../core/api';
import { sortKey } from '../../../core/dates';
import { applyFilter, type EventFilter } from '../../../core/filter';
import { tempBackend, value } from '../../helpers/backend';

/**
 * One generated timeline for every test here: 3,000 events over 2015–2024 in four lanes and
 * without one, points and ranges (some over 31 days, some a month or a year long), tags, sources.
 */
let b: ReturnType<typeof tempBackend>;
let tid: number;
let all: (TimelineEvent & { startKey: number; endKey: number })[];
let laneIds: number[];
const KINDS = ['attack', 'statement', 'report', 'meeting'] as const;
const CONF = ['confirmed', 'reported', 'claimed', 'disputed'] as const;
const TAGS = ['Kyiv', 'Kursk', 'Čop', 'BRICS'];

function csv(n: number): string {
  let seed = 7;
  const r = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const lines = ['event_date,end_date,time_precision,title,lane,event_type,confidence,tags,source'];
  for (let i = 0; i < n; i++) {
    const day = Date.UTC(2015, 0, 1) + Math.floor(r() * 3650) * 86_400_000;
    const d = new Date(day).toISOString().slice(0, 10);
    const shape = r();
    let end = '';
    let precision = 'day';
    if (shape < 0.15) end = new Date(day + Math.floor(1 + r() * 20) * 86_400_000).toISOString().slice(0, 10);
    else if (shape < 0.2) end = new Date(day + Math.floor(40 + r() * 800) * 86_400_000).toISOString().slice(0, 10);
    else if (shape < 0.23) precision = 'month';
    else if (shape < 0.25) precision = 'year';
    const lane = r() < 0.1 ? '' : ['North', 'South', 'East', 'West'][Math.floor(r() * 4)];
    const tags = TAGS.filter(() => r() < 0.2).join(';');
    lines.push(`${d},${end},${precision},Event ${i} at Harbour${i % 13},${lane},${KINDS[i % 4]},${CONF[Math.floor(r() * 4)]},${tags},${r() < 0.3 ? `Outlet ${i % 3}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  b = tempBackend();
  tid = value(await b.api.importData({ format: 'csv', content: csv(3000), newTimelineTitle: 'Windows' })).timeline.id;
  all = value(await b.api.listEvents({ timelineId: tid })).map((e) => ({ ...e, startKey: sortKey(e.start, 'start'), endKey: sortKey(e.end ?? e.start, 'end') }));
  laneIds = value(await b.api.listLanes({ timelineId: tid })).map((l) => l.id);
}, 60_000);
afterAll(() => b.cleanup());

const KEY_2015 = sortKey({ value: '2015-01-01' }, 'start');
const KEY_2025 = sortKey({ value: '2025-12-31' }, 'end');
const ids = (list: { id: number }[]) => list.map((e) => e.id).sort((x, y) => x - y);
const byTime = (a: EventSummary | (TimelineEvent & { startKey: number; endKey: number }), c: typeof a) => a.startKey - c.startKey || a.endKey - c.endKey || a.id - c.id;

const filterArb = fc.record({
  kinds: fc.option(fc.subarray([...KINDS], { minLength: 1 }), { nil: undefined }),
  confidences: fc.option(fc.subarray([...CONF], { minLength: 1 }), { nil: undefined }),
  lanes: fc.option(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), { nil: undefined }),
  tags: fc.option(fc.subarray(['kyiv', 'CUP', 'cop', 'Kursk'], { minLength: 1 }), { nil: undefined }),
  unsourced: fc.option(fc.boolean(), { nil: undefined }),
  from: fc.option(fc.integer({ min: 2015, max: 2024 }), { nil: undefined }),
});
type Arb = typeof filterArb extends fc.Arbitrary<infer T> ? T : never;
function toFilters(a: Arb): { input: Record<string, unknown>; core: EventFilter } {
  const laneList = a.lanes?.map((i) => (i === 4 ? null : laneIds[i]!));
  const input = { kinds: a.kinds, confidences: a.confidences, laneIds: laneList, tags: a.tags, unsourced: a.unsourced, from: a.from ? `${a.from}` : undefined };
  const core: EventFilter = { kinds: a.kinds, confidences: a.confidences, laneIds: laneList, tags: a.tags, unsourced: a.unsourced, from: a.from ? { value: `${a.from}`, precision: 'year' } : undefined };
  return { input, core };
}

describe('the windowed reads', () => {
  it('return exactly the events overlapping a window under any filter, and count starts per lane and bucket exactly (property)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: KEY_2015 - 200_000, max: KEY_2025 }), fc.integer({ min: 1440, max: 3_000_000 }), fc.integer({ min: 5, max: 300 }), filterArb,
      async (from, span, buckets, arb) => {
        const to = from + span;
        const { input, core } = toFilters(arb);
        const w = value(await b.api.timelineWindow({ timelineId: tid, fromKey: from, toKey: to, buckets, budget: 5000, filter: input }));
        const expected = applyFilter(all, core);
        // The list's total under the filter (summed from the counts table when the filter allows).
        expect(value(await b.api.listPage({ timelineId: tid, filter: input, limit: 1 })).total).toBe(expected.length);
        const overlapping = expected.filter((e) => e.endKey >= from && e.startKey <= to);
        const got = w.lanes.flatMap((l) => l.events ?? []);
        expect(w.lanes.every((l) => l.events !== null)).toBe(true);
        expect(ids(got)).toEqual(ids(overlapping));
        for (const l of w.lanes) expect(l.events!.every((e) => e.laneId === l.laneId)).toBe(true);
        // Counts: events starting in each bucket of the grid, lane by lane.
        const nb = Math.floor((to - w.origin) / w.width) + 1;
        expect(w.origin).toBeLessThanOrEqual(from);
        for (const l of w.lanes) {
          const want = new Array<number>(nb).fill(0);
          for (const e of expected) {
            const i = Math.floor((e.startKey - w.origin) / w.width);
            if (e.laneId === l.laneId && i >= 0 && i < nb) want[i]!++;
          }
          expect(l.count).toBe(want.reduce((x, y) => x + y, 0));
          const agg = value(await b.api.timelineWindow({ timelineId: tid, fromKey: from, toKey: to, buckets, budget: 0, filter: input }));
          const lane = agg.lanes.find((x) => x.laneId === l.laneId)!;
          // With no budget, every lane with events starting here comes as counts; one without as its
          // few items (events that started before the window and overlap it).
          if (lane.count) expect(lane.counts).toEqual(want);
          else expect(ids(lane.events!)).toEqual(ids(l.events!));
        }
      },
    ), { numRuns: 40, seed: 3 });
  }, 120_000);

  it('draws the sparse lanes as items and the dense ones as counts with their most significant events, best first', async () => {
    const w = value(await b.api.timelineWindow({ timelineId: tid, fromKey: KEY_2015, toKey: KEY_2025, buckets: 120, budget: 400, topPerLane: 10 }));
    const items = w.lanes.filter((l) => l.events);
    expect(items.reduce((n, l) => n + l.count, 0)).toBeLessThanOrEqual(400);
    const unlaned = w.lanes.find((l) => l.laneId === null)!;
    expect(unlaned.events).not.toBeNull(); // about 300 events: the sparsest lane fits
    const dense = w.lanes.filter((l) => !l.events);
    expect(dense.length).toBe(4);
    for (const l of dense) {
      expect(l.counts!.reduce((x, y) => x + y, 0)).toBe(l.count);
      // At most one per tenth of the window, so the labels spread over the ten years of data.
      expect(l.top.length).toBeGreaterThanOrEqual(9);
      expect(l.top.length).toBeLessThanOrEqual(10);
      const tenth = (KEY_2025 - KEY_2015 + 1) / 10;
      expect(new Set(l.top.map((e) => Math.floor((e.startKey - KEY_2015) / tenth))).size).toBe(l.top.length);
      const weights = l.top.map((e) => Math.min(e.sourceCount, 15) * 64 + [3, 2, 1, 0][CONF.indexOf(e.confidence as never)]! * 16 + Math.min(15, Math.floor((e.endKey - e.startKey) / 1440 / 7)));
      expect(weights).toEqual([...weights].sort((x, y) => y - x));
      const best = all.filter((e) => e.laneId === l.laneId && e.sources.length > 0 && e.confidence === 'confirmed');
      expect(best.length).toBeGreaterThan(0);
      expect(l.top[0]!.sourceCount).toBe(1);
    }
  });

  it('brings a selected event and the search hits along, whatever the mode of their lane', async () => {
    const target = all.find((e) => e.laneId === laneIds[0] && e.title.includes('Harbour7'))!;
    const w = value(await b.api.timelineWindow({ timelineId: tid, fromKey: KEY_2015, toKey: KEY_2025, buckets: 50, budget: 0, pin: [target.id], query: 'Harbour7' }));
    expect(w.pinned.map((e) => e.id)).toEqual([target.id]);
    expect(w.hitIds).toContain(target.id);
    const shown = [...w.pinned, ...w.lanes.flatMap((l) => l.top)];
    expect(w.hitIds.sort()).toEqual(shown.filter((e) => e.title.includes('Harbour7 ') || e.title.endsWith('Harbour7')).map((e) => e.id).sort());
    const outside = value(await b.api.timelineWindow({ timelineId: tid, fromKey: target.endKey + 1, toKey: target.endKey + 100, buckets: 5, pin: [target.id] }));
    expect(outside.pinned).toEqual([]);
  });

  it('pages the list in any order, continues date order by keyset, and says where an event stands', async () => {
    const filter = { kinds: ['attack', 'report'] as ('attack' | 'report')[] };
    const expected = applyFilter(all, filter).sort(byTime);
    const first = value(await b.api.listPage({ timelineId: tid, filter, limit: 500 }));
    expect(first.total).toBe(expected.length);
    const rows: EventSummary[] = [...first.rows];
    while (rows.length < first.total) {
      const last = rows[rows.length - 1]!;
      rows.push(...value(await b.api.listPage({ timelineId: tid, filter, limit: 500, after: { startKey: last.startKey, endKey: last.endKey, id: last.id } })).rows);
    }
    expect(rows.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const byOffset = value(await b.api.listPage({ timelineId: tid, filter, offset: 700, limit: 50 })).rows;
    expect(byOffset.map((e) => e.id)).toEqual(expected.slice(700, 750).map((e) => e.id));
    const pick = expected[1234]!;
    expect(value(await b.api.listIndexOf({ timelineId: tid, filter, id: pick.id }))).toEqual({ index: 1234 });
    expect(value(await b.api.listIndexOf({ timelineId: tid, filter: { kinds: ['meeting'] }, id: pick.id }))).toEqual({ index: null });
    const titles = value(await b.api.listPage({ timelineId: tid, sort: 'title', descending: true, limit: 3 })).rows.map((e) => e.title);
    expect(titles).toEqual([...all].sort((x, y) => y.title.toLowerCase().localeCompare(x.title.toLowerCase()) || y.startKey - x.startKey).slice(0, 3).map((e) => e.title));
    const bySources = value(await b.api.listPage({ timelineId: tid, sort: 'sources', descending: true, limit: 1 })).rows[0]!;
    expect(bySources.sourceCount).toBe(1);
    expect(value(await b.api.listPage({ timelineId: tid })).total).toBe(3000);
  });

  it('walks events in time order under the filter, from either end', async () => {
    const filter = { laneIds: [null] };
    const expected = applyFilter(all, filter).sort(byTime);
    const walked: number[] = [];
    let at = value(await b.api.stepEvent({ timelineId: tid, filter, direction: 'first' }));
    while (at) {
      walked.push(at.id);
      at = value(await b.api.stepEvent({ timelineId: tid, filter, from: at.id, direction: 'next' }));
    }
    expect(walked).toEqual(expected.map((e) => e.id));
    const last = value(await b.api.stepEvent({ timelineId: tid, filter, direction: 'last' }))!;
    expect(last.id).toBe(expected[expected.length - 1]!.id);
    expect(value(await b.api.stepEvent({ timelineId: tid, filter, from: last.id, direction: 'prev' }))!.id).toBe(expected[expected.length - 2]!.id);
  });

  it('pages search hits in time order with their total', async () => {
    const hits = all.filter((e) => / Harbour5$/.test(e.title)).sort(byTime);
    const page = value(await b.api.searchPage({ timelineId: tid, query: 'harbour5', limit: 20, offset: 10 }));
    expect(page.total).toBe(hits.length);
    expect(page.hits.map((h) => h.eventId)).toEqual(hits.slice(10, 30).map((e) => e.id));
    // The first page and a page past the end still say how many hits there are; no hit, no count.
    expect(value(await b.api.searchPage({ timelineId: tid, query: 'harbour5', limit: 5 })).total).toBe(hits.length);
    expect(value(await b.api.searchPage({ timelineId: tid, query: 'harbour5', offset: hits.length + 5, limit: 5 }))).toEqual({ hits: [], total: hits.length });
    expect(value(await b.api.searchPage({ timelineId: tid, query: 'nowhere-at-all' }))).toEqual({ hits: [], total: 0 });
  });
});

describe('windows over other kinds of timelines', () => {
  it('walk events that share a start and an end in the order they were made, both ways', async () => {
    const other = tempBackend();
    try {
      const t = value(await other.api.createTimeline({ title: 'Same day' }));
      const make = async (title: string, start: string) => value(await other.api.createEvent({ timelineId: t.id, title, start })).id;
      const late = await make('Later', '2024-05-03');
      const same = [await make('Morning report', '2024-05-02'), await make('Noon report', '2024-05-02'), await make('Evening report', '2024-05-02')];
      const early = await make('Earlier', '2024-05-01');
      const walk = async (direction: 'next' | 'prev', from: number | null) => {
        const seen: number[] = [];
        let at = value(await other.api.stepEvent({ timelineId: t.id, direction: direction === 'next' ? 'first' : 'last' }));
        if (from !== null) at = value(await other.api.stepEvent({ timelineId: t.id, from, direction }));
        while (at) {
          seen.push(at.id);
          at = value(await other.api.stepEvent({ timelineId: t.id, from: at.id, direction }));
        }
        return seen;
      };
      expect(await walk('next', null)).toEqual([early, ...same, late]);
      expect(await walk('prev', null)).toEqual([late, ...[...same].reverse(), early]);
      expect(await walk('next', same[0]!)).toEqual([same[1], same[2], late]);
      expect(value(await other.api.stepEvent({ timelineId: t.id, from: same[1]!, direction: 'prev' }))!.title).toBe('Morning report');
    } finally {
      other.cleanup();
    }
  });

  it('count what is visible only: an undone import is gone from counts and windows, redo brings it back', async () => {
    const other = tempBackend();
    try {
      const r = value(await other.api.importData({ format: 'csv', content: csv(400) }));
      const q = { timelineId: r.timeline.id, fromKey: KEY_2015, toKey: KEY_2025, buckets: 10 };
      expect(value(await other.api.timelineWindow(q)).count).toBe(400);
      const tl = value(await other.api.createTimeline({ title: 'Mine' }));
      value(await other.api.importData({ format: 'csv', content: csv(50), timelineId: tl.id }));
      const mine = { ...q, timelineId: tl.id };
      expect(value(await other.api.timelineWindow(mine)).count).toBe(50);
      value(await other.api.undo({ timelineId: tl.id }));
      expect(value(await other.api.timelineWindow(mine))).toMatchObject({ count: 0, lanes: [{ laneId: null, count: 0, events: [] }] });
      expect(value(await other.api.listPage({ timelineId: tl.id })).total).toBe(0);
      expect(value(await other.api.listPage({ timelineId: tl.id, filter: { kinds: ['statement'], laneIds: [null] } })).total).toBe(0);
      value(await other.api.redo({ timelineId: tl.id }));
      expect(value(await other.api.timelineWindow({ ...mine, budget: 0 })).lanes.map((l) => l.count).reduce((x, y) => x + y)).toBe(50);
    } finally {
      other.cleanup();
    }
  });

  it('work in deep time, on integer keys far before any JS Date', async () => {
    const other = tempBackend();
    try {
      const tl = value(await other.api.createTimeline({ title: 'Deep' }));
      const ev = value(await other.api.createEvent({ timelineId: tl.id, title: 'Chicxulub impact', start: '66 Ma' }));
      value(await other.api.createEvent({ timelineId: tl.id, title: 'Recent', start: '2024-10-01' }));
      const key = sortKey(ev.start, 'start');
      expect(key).toBeLessThan(-3e13);
      const w = value(await other.api.timelineWindow({ timelineId: tl.id, fromKey: key - 1e9, toKey: key + 1e9, buckets: 20, budget: 0 }));
      expect(w.count).toBe(1);
      const lane = w.lanes[0]!;
      expect(lane.counts!.reduce((x, y) => x + y)).toBe(1);
      expect(lane.top.map((e) => e.title)).toEqual(['Chicxulub impact']);
      const items = value(await other.api.timelineWindow({ timelineId: tl.id, fromKey: key - 1e9, toKey: key + 1e9, buckets: 20 }));
      expect(items.lanes[0]!.events!.map((e) => e.title)).toEqual(['Chicxulub impact']);
    } finally {
      other.cleanup();
    }
  });
});
