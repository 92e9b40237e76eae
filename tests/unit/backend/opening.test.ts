import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

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
