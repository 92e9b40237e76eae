import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

const KIM = { kind: 'person', name: 'Kim Yong-bok', role: 'commander' } as const;
const KPA = { kind: 'organisation', name: "Korean People's Army" } as const;
const KURSK = { kind: 'place', name: 'Kursk', role: 'front' } as const;

describe('the people, organisations and places of an event', () => {
  it('stores an event’s entities with roles, shares one entity between events (any case) and lists them with counts', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Entities' }));
    const a = value(await b.api.createEvent({ timelineId: tl.id, title: 'Troops arrive', start: '2024-10-23', entities: [KURSK, KPA, KIM] }));
    expect(a.entities.map(({ kind, name, role }) => ({ kind, name, role }))).toEqual([
      { kind: 'person', name: 'Kim Yong-bok', role: 'commander' },
      { kind: 'organisation', name: "Korean People's Army", role: '' },
      { kind: 'place', name: 'Kursk', role: 'front' },
    ]);
    const c = value(await b.api.createEvent({ timelineId: tl.id, title: 'Shelling', start: '2024-11-02', entities: [{ kind: 'place', name: 'KURSK' }] }));
    expect(c.entities[0]!.id).toBe(a.entities[2]!.id);
    const list = value(await b.api.listEntities({ timelineId: tl.id }));
    expect(list.map((e) => [e.kind, e.name, e.eventCount])).toEqual([
      ['person', 'Kim Yong-bok', 1], ['organisation', "Korean People's Army", 1], ['place', 'Kursk', 2],
    ]);
    const r = await b.api.createEvent({ timelineId: tl.id, title: 'x', start: '2024', entities: [{ kind: 'planet' as never, name: 'Mars' }] });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('replaces them on edit, one undo step that brings the old ones back (and redo the new ones)', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Undo' }));
    const ev = value(await b.api.createEvent({ timelineId: tl.id, title: 'Meeting', start: '2024-10-23', entities: [KIM] }));
    value(await b.api.updateEvent({ id: ev.id, entities: [KIM, { ...KPA, role: 'host' }] }));
    value(await b.api.updateEvent({ id: ev.id, entities: [] }));
    expect(value(await b.api.getEvent({ id: ev.id })).entities).toEqual([]);
    const state = value(await b.api.undo({ timelineId: tl.id }));
    expect(state.redoLabel).toBe('Edit event “Meeting”');
    expect(value(await b.api.getEvent({ id: ev.id })).entities.map((e) => `${e.name}/${e.role}`)).toEqual(['Kim Yong-bok/commander', "Korean People's Army/host"]);
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).entities.map((e) => e.name)).toEqual(['Kim Yong-bok']);
    value(await b.api.redo({ timelineId: tl.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).entities).toHaveLength(2);
    // Deleting the event and undoing that keeps its entities too.
    value(await b.api.deleteEvents({ ids: [ev.id] }));
    value(await b.api.undo({ timelineId: tl.id }));
    expect(value(await b.api.getEvent({ id: ev.id })).entities).toHaveLength(2);
  });

  it('filters exports and briefings by entity, keeps entities on duplicate, and carries them through Chronik JSON and CSV', async () => {
    const tl = value(await b.api.createTimeline({ title: 'Filter' }));
    const a = value(await b.api.createEvent({ timelineId: tl.id, title: 'With Kim', start: '2024-10-23', entities: [KIM] }));
    value(await b.api.createEvent({ timelineId: tl.id, title: 'Without', start: '2024-10-24' }));
    const kim = a.entities[0]!.id;
    const md = value(await b.api.exportTimeline({ timelineId: tl.id, format: 'markdown', filter: { entityIds: [kim] } }));
    expect(md.content).toContain('With Kim');
    expect(md.content).not.toContain('Without');
    expect(md.content).toContain('People: Kim Yong-bok (commander)');
    const brief = value(await b.api.briefingPreview({ timelineId: tl.id, filter: { entityIds: [kim] }, options: { locale: 'de' } }));
    expect(brief.html).toContain('Personen, Organisationen, Orte: Kim Yong-bok');
    expect(brief.html).toContain('Personen: Kim Yong-bok (commander)');

    const copy = value(await b.api.duplicateTimeline({ id: tl.id }));
    const copied = value(await b.api.listEvents({ timelineId: copy.id }));
    expect(copied.find((e) => e.title === 'With Kim')!.entities.map((e) => e.id)).toEqual([kim]);

    const json = value(await b.api.exportTimeline({ timelineId: tl.id, format: 'json' }));
    const csv = value(await b.api.exportTimeline({ timelineId: tl.id, format: 'csv' }));
    expect(csv.content).toContain('person: Kim Yong-bok [commander]');
    const other = tempBackend();
    try {
      for (const [format, content] of [['json', json.content], ['csv', csv.content]] as const) {
        const r = value(await other.api.importData({ format, content }));
        const evs = value(await other.api.listEvents({ timelineId: r.timeline.id }));
        expect(evs.find((e) => e.title === 'With Kim')!.entities.map(({ kind, name, role }) => ({ kind, name, role })), format).toEqual([{ ...KIM }]);
      }
    } finally {
      other.cleanup();
    }
  });
});
