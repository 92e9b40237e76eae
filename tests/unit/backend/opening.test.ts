import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';
import { fitView, windowQuestion } from '../../../core/canvas/first-view';
import { calendarProjection } from '../../../core/canvas/projection';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

describe('opening: what the first screen needs in one answer', () => {
  it('shows nothing on an empty project, but the settings', async () => {
    const o = value(await b.api.opening());
    expect(o.timelines).toEqual([]);
    expect(o.current).toBeNull();
    expect(o.settings).toEqual(value(await b.api.getSettings()));
  });

  it('brings the timeline open last with its lanes and its first and last event', async () => {
    const a = value(await b.api.createTimeline({ title: 'Ostfront' }));
    const z = value(await b.api.createTimeline({ title: 'Pazifik' }));
    const lane = value(await b.api.createLane({ timelineId: z.id, name: 'Flotte' }));
    for (const [title, start, end] of [['Mitte', '1943-05-02', null], ['Anfang', '1941-12-07', null], ['Lang', '1942-06-04', '1945-09-02']] as const) {
      value(await b.api.createEvent({ timelineId: z.id, title, start, end, laneId: lane.id }));
    }
    value(await b.api.createEvent({ timelineId: a.id, title: 'Elsewhere', start: '1930-01-01' }));
    value(await b.api.updateSettings({ lastTimelineId: z.id }));

    const o = value(await b.api.opening());
    expect(o.timelines.map((t) => t.title)).toEqual(value(await b.api.listTimelines()).map((t) => t.title));
    expect(o.settings.lastTimelineId).toBe(z.id);
    expect(o.current?.timelineId).toBe(z.id);
    expect(o.current?.lanes.map((l) => l.name)).toEqual(['Flotte']);
    // First by start; last is the one that starts last (the fit adds the ends itself).
    expect(o.current?.first?.title).toBe('Anfang');
    expect(o.current?.last).toEqual(value(await b.api.stepEvent({ timelineId: z.id, direction: 'last' })));
  });

  it('falls back to the first timeline when the last one is gone', async () => {
    const a = value(await b.api.createTimeline({ title: 'Erste' }));
    const z = value(await b.api.createTimeline({ title: 'Zweite' }));
    value(await b.api.updateSettings({ lastTimelineId: z.id }));
    value(await b.api.deleteTimeline({ id: z.id }));
    const o = value(await b.api.opening());
    expect(o.current).toMatchObject({ timelineId: a.id, lanes: [], first: null, last: null });
  });
});

describe('opening with the canvas width: the first window comes along', () => {
  async function timelineWithEvents() {
    const t = value(await b.api.createTimeline({ title: 'Hafenchronik' }));
    for (const [title, start] of [['Kran gebaut', '2019-03-01'], ['Streik', '2020-07-15'], ['Neues Becken', '2022-11-30']] as const) {
      value(await b.api.createEvent({ timelineId: t.id, title, start }));
    }
    return t;
  }

  it('holds the window of the fit of all events, the same the canvas would ask for', async () => {
    const t = await timelineWithEvents();
    const o = value(await b.api.opening({ px: 800 }));
    const w = o.current?.window;
    expect(w).toBeTruthy();
    // The fit: the first event's start inside the view, room on the right for the last labels.
    const fit = fitView({ first: o.current!.first, last: o.current!.last }, 800, calendarProjection)!;
    expect(w!.view).toEqual(fit);
    const q = windowQuestion(fit, calendarProjection);
    const asked = value(await b.api.timelineWindow({ timelineId: t.id, fromKey: q.fromKey, toKey: q.toKey, buckets: q.buckets, budget: q.budget, topPerLane: q.topPerLane, filter: {}, pin: [] }));
    expect(w!.window).toEqual(asked);
    const titles = w!.window.lanes.flatMap((l) => l.events ?? []).map((e) => e.title).sort();
    expect(titles).toEqual(['Kran gebaut', 'Neues Becken', 'Streik']);
  });

  it('holds the window of the saved view when there is one', async () => {
    const t = await timelineWithEvents();
    value(await b.api.updateSettings({ lastTimelineId: t.id, viewWindows: { [String(t.id)]: { start: '2020-07-01T00:00:00.000Z', end: '2020-08-01T00:00:00.000Z' } } }));
    const w = value(await b.api.opening({ px: 600 })).current?.window;
    expect(w?.view).toEqual({ startMs: Date.parse('2020-07-01'), endMs: Date.parse('2020-08-01'), px: 600 });
    // Three views wide around July 2020: the strike only.
    expect(w?.window.lanes.flatMap((l) => l.events ?? []).map((e) => e.title)).toEqual(['Streik']);
  });

  it('has no window without the width, or for a timeline without events', async () => {
    await timelineWithEvents();
    expect(value(await b.api.opening()).current?.window).toBeNull();
    const empty = value(await b.api.createTimeline({ title: 'Leer' }));
    value(await b.api.updateSettings({ lastTimelineId: empty.id }));
    expect(value(await b.api.opening({ px: 800 })).current?.window).toBeNull();
  });

  it('refuses a width that is not a width', async () => {
    const r = await b.api.opening({ px: -5 });
    expect(r.ok).toBe(false);
  });
});
