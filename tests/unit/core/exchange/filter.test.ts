import { describe, expect, it } from 'vitest';
import { applyFilter, isEmptyFilter } from '../../../../core/filter';
import { testEvent, type TestEventInput } from '../../../helpers/events';

const ev = (id: number, start: string, precision: 'day' | 'month', extra: TestEventInput = {}) => testEvent({ id, start: { value: start, precision }, kind: 'report', ...extra });

const events = [
  ev(1, '2024-10', 'month', { tags: ['Kursk'], laneId: 2 }),
  ev(2, '2024-10-23', 'day', { kind: 'statement', confidence: 'confirmed', description: 'Der Minister äußert sich' }),
  ev(3, '2024-11-04', 'day', { laneId: 2, title: 'Gefecht bei Kursk' }),
];

describe('applyFilter', () => {
  it('keeps events overlapping the window, as listEvents does (a month overlaps its days)', () => {
    const r = applyFilter(events, { from: { value: '2024-10-20', precision: 'day' }, to: { value: '2024-10-31', precision: 'day' } });
    expect(r.map((e) => e.id)).toEqual([1, 2]);
  });

  it('filters by tags (case-insensitive), kinds, confidences and lanes (null = no lane)', () => {
    expect(applyFilter(events, { tags: ['kursk'] }).map((e) => e.id)).toEqual([1]);
    expect(applyFilter(events, { kinds: ['statement'] }).map((e) => e.id)).toEqual([2]);
    expect(applyFilter(events, { confidences: ['confirmed'] }).map((e) => e.id)).toEqual([2]);
    expect(applyFilter(events, { laneIds: [null] }).map((e) => e.id)).toEqual([2]);
    expect(applyFilter(events, { laneIds: [2] }).map((e) => e.id)).toEqual([1, 3]);
  });

  it('keeps events naming any of the chosen entities, and finds entity names by search', () => {
    const kim = { id: 7, kind: 'person' as const, name: 'Kim Yong-bok', role: 'commander' };
    const kursk = { id: 9, kind: 'place' as const, name: 'Kursk', role: '' };
    const list = [ev(1, '2024-10-01', 'day', { entities: [kim] }), ev(2, '2024-10-02', 'day', { entities: [kursk] }), ev(3, '2024-10-03', 'day')];
    expect(applyFilter(list, { entityIds: [7] }).map((e) => e.id)).toEqual([1]);
    expect(applyFilter(list, { entityIds: [7, 9] }).map((e) => e.id)).toEqual([1, 2]);
    expect(applyFilter(list, { query: 'yong' }).map((e) => e.id)).toEqual([1]);
    expect(isEmptyFilter({ entityIds: [] })).toBe(true);
    expect(isEmptyFilter({ entityIds: [9] })).toBe(false);
  });

  it('searches every word, ignoring case and diacritics', () => {
    expect(applyFilter(events, { query: 'Minister AUßert' }).map((e) => e.id)).toEqual([2]);
    expect(applyFilter(events, { query: 'minister aussert' }).map((e) => e.id)).toEqual([]);
    expect(applyFilter(events, { query: 'gefecht kursk' }).map((e) => e.id)).toEqual([3]);
  });

  it('an empty filter keeps everything', () => {
    expect(isEmptyFilter({ tags: [], query: ' ' })).toBe(true);
    expect(applyFilter(events, {})).toHaveLength(3);
  });
});
