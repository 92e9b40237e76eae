import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

describe('search across all timelines', () => {
  it('groups the hits by timeline, best timeline first, with counts, snippets and dates', async () => {
    const a = value(await b.api.createTimeline({ title: 'Ostfront' }));
    const c = value(await b.api.createTimeline({ title: 'Diplomatie' }));
    value(await b.api.createTimeline({ title: 'Leer' }));
    value(await b.api.createEvent({ timelineId: a.id, title: 'Brücke bei Kursk gesprengt', start: '2024-10-23', description: 'Die Brücke über den Seim.' }));
    value(await b.api.createEvent({ timelineId: a.id, title: 'Konvoi', start: '2024-10-24', description: 'Fährt über die Brücke.' }));
    value(await b.api.createEvent({ timelineId: c.id, title: 'Treffen in Kasan', start: '2024-10-22', description: 'Es ging auch um die Brücke.' }));
    const groups = value(await b.api.searchAll({ query: 'brücke' }));
    expect(groups.map((g) => [g.timelineTitle, g.count])).toEqual([['Ostfront', 2], ['Diplomatie', 1]]);
    expect(groups[0]!.hits[0]).toMatchObject({ title: 'Brücke bei Kursk gesprengt', start: { value: '2024-10-23', precision: 'day' } });
    expect(groups[0]!.hits[0]!.snippet).toContain('[[Brücke]]');
    const capped = value(await b.api.searchAll({ query: 'brücke', perTimeline: 1 }));
    expect(capped[0]).toMatchObject({ count: 2 });
    expect(capped[0]!.hits).toHaveLength(1);
    expect(value(await b.api.searchAll({ query: '  ' }))).toEqual([]);
    expect(value(await b.api.searchAll({ query: '"; DROP' }))).toEqual([]);
    // A deleted timeline is found no more (and again after undo).
    value(await b.api.deleteTimeline({ id: c.id }));
    expect(value(await b.api.searchAll({ query: 'brücke' })).map((g) => g.timelineTitle)).toEqual(['Ostfront']);
    value(await b.api.undo({}));
    expect(value(await b.api.searchAll({ query: 'brücke' }))).toHaveLength(2);
  });
});
