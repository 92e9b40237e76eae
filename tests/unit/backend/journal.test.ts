import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

async function timelineWithLanes() {
  const tl = value(await b.api.createTimeline({ title: 'Journal' }));
  const lane = value(await b.api.createLane({ timelineId: tl.id, name: 'Front' }));
  const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'In lane', start: '2024-10-01', laneId: lane.id, tags: ['x'] }));
  return { tl, lane, ev };
}

describe('the change journal', () => {
  it('undoes the deletion of a whole timeline with its lanes, events and quotes', async () => {
    const { tl, lane, ev } = await timelineWithLanes();
    const src = value(await b.api.createSource({ title: 'S', url: 'https://example.org/s' }));
    value(await b.api.attachSource({ eventId: ev.id, sourceId: src.id, quote: 'Zitat', stance: 'disputes' }));
    value(await b.api.deleteTimeline({ id: tl.id }));
    expect(value(await b.api.listTimelines())).toHaveLength(0);
    value(await b.api.undo({}));
    expect(value(await b.api.listLanes({ timelineId: tl.id }))).toEqual([lane]);
    const back = value(await b.api.getEvent({ id: ev.id }));
    expect(back).toMatchObject({ laneId: lane.id, tags: ['x'], sources: [{ quote: 'Zitat', stance: 'disputes' }] });
    expect(value(await b.api.searchEvents({ timelineId: tl.id, query: 'zitat' })).map((h) => h.eventId)).toEqual([ev.id]);
  });

  it('puts events back into their lane when a lane deletion is undone', async () => {
    const { tl, lane, ev } = await timelineWithLanes();
    value(await b.api.deleteLane({ id: lane.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).laneId).toBeNull();
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).laneId).toBe(lane.id);
  });

  it('undoes a source edit', async () => {
    const src = value(await b.api.createSource({ title: 'Before', url: 'https://example.org/a' }));
    value(await b.api.updateSource({ id: src.id, title: 'After', publisher: 'P' }));
    value(await b.api.undo({}));
    expect(value(await b.api.listSources()).find((s) => s.id === src.id)).toMatchObject({ title: 'Before', publisher: '' });
  });

  it('forgets the redo branch once a new change is made, but keeps it in the history', async () => {
    const { tl, ev } = await timelineWithLanes();
    value(await b.api.updateEvent({ id: ev.id, title: 'Edited' }));
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.undoState({ timelineId: tl.id }))).toMatchObject({ canRedo: true, redoLabel: 'Edit event “In lane”' });
    value(await b.api.updateEvent({ id: ev.id, title: 'Other edit' }));
    expect(value(await b.api.undoState({ timelineId: tl.id }))).toMatchObject({ canRedo: false });
    const r = await b.api.redo({ timelineId: tl.id });
    expect(r).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Nothing to redo' });
    const labels = value(await b.api.history({ timelineId: tl.id })).map((h) => h.label);
    expect(labels[0]).toBe('Edit event “In lane”');
  });

  it('keeps undo per timeline: undo in one timeline does not touch another', async () => {
    const a = value(await b.api.createTimeline({ title: 'A' }));
    const c = value(await b.api.createTimeline({ title: 'C' }));
    value(await b.api.createEvent({ timelineId: a.id, title: 'in A', start: '2024' }));
    value(await b.api.createEvent({ timelineId: c.id, title: 'in C', start: '2024' }));
    value(await b.api.undo({ timelineId: a.id }));
    expect(value(await b.api.listEvents({ timelineId: a.id }))).toHaveLength(0);
    expect(value(await b.api.listEvents({ timelineId: c.id })).map((e) => e.title)).toEqual(['in C']);
  });

  it('records no undo step for a save that changes nothing', async () => {
    const { tl, ev } = await timelineWithLanes();
    const before = value(await b.api.history({ timelineId: tl.id })).length;
    value(await b.api.updateEvent({ id: ev.id, title: 'In lane', laneId: ev.laneId, tags: ['x'] }));
    expect(value(await b.api.history({ timelineId: tl.id }))).toHaveLength(before);
    expect(value(await b.api.undoState({ timelineId: tl.id })).undoLabel).toBe('Create event “In lane”');
  });
});

describe('undo labels', () => {
  it('come back in the language asked for, and in English in the audit trail', async () => {
    const { tl, ev } = await timelineWithLanes();
    value(await b.api.updateEvent({ id: ev.id, title: 'Renamed' }));
    expect(value(await b.api.undoState({ timelineId: tl.id, locale: 'de' })).undoLabel).toBe('Ereignis „In lane“ bearbeiten');
    expect(value(await b.api.undoState({ timelineId: tl.id })).undoLabel).toBe('Edit event “In lane”');
    const after = value(await b.api.undo({ timelineId: tl.id, locale: 'de' }));
    expect(after.redoLabel).toBe('Ereignis „In lane“ bearbeiten');
    expect(value(await b.api.history({ timelineId: tl.id, locale: 'de' })).map((h) => h.label)).toContain('Spur „Front“ anlegen');
  });
});
