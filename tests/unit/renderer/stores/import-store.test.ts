// @vitest-environment happy-dom
/**
 * The import store over a real backend (a temp database): the review's keys as the store runs
 * them, the target timeline, what the form sets reaching the stored events, the canvas window.
 */
import { createPinia, setActivePinia } from 'pinia';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Timeline } from '../../../../core/api';
import { tempBackend, value } from '../../../helpers/backend';

const ARTICLE = 'Port Aldwick, 7 March 2025. The dock workers ended their strike on Monday after talks with the port authority. '
  + 'On Tuesday the port authority signed a new agreement with the union. The mayor announced on Wednesday that the city would pay for new cranes.';

let b: ReturnType<typeof tempBackend>;
let stores: {
  useImportStore: typeof import('../../../../renderer/src/stores/import').useImportStore;
  useTimelineStore: typeof import('../../../../renderer/src/stores/timeline').useTimelineStore;
};

beforeAll(async () => {
  b = tempBackend();
  window.chronik = b.api; // the renderer's api module takes the backend from here, as under Electron
  stores = {
    useImportStore: (await import('../../../../renderer/src/stores/import')).useImportStore,
    useTimelineStore: (await import('../../../../renderer/src/stores/timeline')).useTimelineStore,
  };
});
afterAll(() => b.cleanup());

let home: Timeline;
beforeEach(async () => {
  setActivePinia(createPinia());
  home = value(await b.api.createTimeline({ title: `Home ${Math.random()}` }));
  const tl = stores.useTimelineStore();
  await tl.init();
  await tl.open(home.id);
});

async function review() {
  const store = stores.useImportStore();
  store.openImport();
  await store.setTarget(stores.useTimelineStore().currentId);
  await store.analyze([{ label: 'ferry', input: { kind: 'text', text: ARTICLE } }]);
  expect(store.phase).toBe('review');
  expect(store.rows).toHaveLength(3);
  return store;
}
const actions = (store: Awaited<ReturnType<typeof review>>) => store.rows.map((r) => store.decisionOf(r).action);

describe('the import review (store)', () => {
  it('A and R decide and advance; R on a rejected candidate keeps it rejected; pending resets it', async () => {
    const store = await review();
    store.decideAndAdvance((r) => store.decide(r, 'reject'));
    expect(store.cursor).toBe(1);
    store.cursor = 0;
    store.decideAndAdvance((r) => store.decide(r, 'reject'));
    expect(actions(store)[0]).toBe('reject');
    store.cursor = 0;
    store.decide(store.current!, 'pending');
    expect(actions(store)[0]).toBe('pending');
    store.decideAndAdvance((r) => store.decide(r, 'accept'));
    store.decideAndAdvance((r) => store.decide(r, 'accept'));
    expect(actions(store)).toEqual(['accept', 'accept', 'pending']);
    expect(store.cursor).toBe(2);
  });

  it('under the "open" filter a decided candidate leaves the list and the cursor goes on to the next open one', async () => {
    const store = await review();
    store.setView({ filter: 'open' });
    store.decideAndAdvance((r) => store.decide(r, 'accept'));
    expect(store.visible.map((r) => r.candidate.id)).toEqual(['c2', 'c3']);
    expect(store.current!.candidate.id).toBe('c2');
    expect(store.filterCount).toMatchObject({ all: 3, open: 2 });
  });

  it('keeps the cursor on the same candidate when the sort changes', async () => {
    const store = await review();
    store.cursor = 2;
    const id = store.current!.candidate.id;
    store.setView({ sort: 'score' });
    expect(store.current!.candidate.id).toBe(id);
  });

  it('imports into another timeline with the lane, confidence and tags of the form, switches to it and shows the events', async () => {
    const other = value(await b.api.createTimeline({ title: `Harbour ${Math.random()}` }));
    const lane = value(await b.api.createLane({ timelineId: other.id, name: 'Port' }));
    const store = await review();
    await store.setTarget(other.id);
    expect(store.targetLanes.map((l) => l.name)).toEqual(['Port']);
    const r = store.current!;
    store.decideAndAdvance((row) => (store.saveEdit(row, {
      title: 'Strike ends', kind: 'other', description: '', start: r.candidate.start, end: r.candidate.end,
      laneId: lane.id, confidence: 'confirmed', tags: ['strike', 'port'],
    }), true));
    expect(store.cursor).toBe(1);
    expect(await store.importAll()).toBe(true);

    const [ev] = value(await b.api.listEvents({ timelineId: other.id }));
    expect(ev).toMatchObject({ title: 'Strike ends', laneId: lane.id, confidence: 'confirmed', tags: ['port', 'strike'] });
    expect(value(await b.api.listEvents({ timelineId: home.id }))).toHaveLength(0);
    const tl = stores.useTimelineStore();
    expect(tl.currentId).toBe(other.id);
    const win = tl.settings!.viewWindows[String(other.id)]!;
    const start = Date.parse(`${ev!.start.value}T00:00:00Z`);
    expect(Date.parse(win.start)).toBeLessThan(start);
    expect(Date.parse(win.end)).toBeGreaterThan(start);
    expect(Date.parse(win.end) - Date.parse(win.start)).toBeLessThan(30 * 86_400_000);
  });

  it('imports into a new timeline named inline; when the import is refused the new timeline goes again', async () => {
    const store = await review();
    await store.setTarget(null);
    store.decide(store.rows[0]!, 'accept');
    expect(await store.importAll()).toBe(false); // no name yet
    store.newTitle = 'Ferry strike 2025';
    // A lane of another timeline is refused by the backend: nothing stored, no empty timeline left.
    const foreign = value(await b.api.createLane({ timelineId: home.id, name: 'Elsewhere' }));
    const r = store.rows[0]!;
    store.saveEdit(r, { title: r.candidate.title, kind: 'other', description: '', start: r.candidate.start, end: null, laneId: foreign.id, confidence: 'reported', tags: [] });
    expect(await store.importAll()).toBe(false);
    expect(value(await b.api.listTimelines()).some((t) => t.title === 'Ferry strike 2025')).toBe(false);
    expect(store.phase).toBe('review');

    store.saveEdit(r, { title: r.candidate.title, kind: 'other', description: '', start: r.candidate.start, end: null, laneId: null, confidence: 'reported', tags: [] });
    expect(await store.importAll()).toBe(true);
    const created = value(await b.api.listTimelines()).find((t) => t.title === 'Ferry strike 2025')!;
    expect(value(await b.api.listEvents({ timelineId: created.id }))).toHaveLength(1);
    expect(stores.useTimelineStore().currentId).toBe(created.id);
  });
});
