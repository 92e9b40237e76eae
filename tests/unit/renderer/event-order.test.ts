import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../core/api';
import { inTimeOrder, snippetParts, sortEvents, stepInTime } from '../../../renderer/src/composables/event-order';
import { commandForKey } from '../../../renderer/src/composables/useKeyboard';
import { testEvent, type TestEventInput } from '../../helpers/events';
import { toItem } from '../../../renderer/src/canvas/timeline-items';

const ev = (id: number, title: string, start: string, extra: TestEventInput = {}) => testEvent({ id, title, start, ...extra });
const events = [ev(1, 'Late', '2024-10-25'), ev(2, 'Month', '2024-10'), ev(3, 'Early', '2024-10-02', { confidence: 'disputed' })];

describe('event order', () => {
  it('walks events in time order with the arrow keys', () => {
    expect(inTimeOrder(events).map((e) => e.id)).toEqual([2, 3, 1]);
    expect(stepInTime(events, null, 1)).toBe(2);
    expect(stepInTime(events, 3, 1)).toBe(1);
    expect(stepInTime(events, 1, 1)).toBe(1);
    expect(stepInTime(events, 3, -1)).toBe(2);
  });

  it('sorts the list by a column, both ways', () => {
    const label = (e: TimelineEvent) => e.kind;
    expect(sortEvents(events, { column: 'title', dir: 'asc' }, [], label).map((e) => e.title)).toEqual(['Early', 'Late', 'Month']);
    expect(sortEvents(events, { column: 'date', dir: 'desc' }, [], label).map((e) => e.id)).toEqual([1, 3, 2]);
    expect(sortEvents(events, { column: 'confidence', dir: 'desc' }, [], label)[0]!.id).toBe(3);
  });

  it('splits search snippets into highlighted parts', () => {
    expect(snippetParts('the [[Kazan]] summit')).toEqual([{ text: 'the ', hit: false }, { text: 'Kazan', hit: true }, { text: ' summit', hit: false }]);
  });
});

describe('keyboard map', () => {
  const k = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps shortcuts outside text fields and leaves text fields their own keys', () => {
    expect(commandForKey(k('n'), false)).toBe('new-event');
    expect(commandForKey(k('n'), true)).toBeNull();
    expect(commandForKey({ ...k('i'), ctrlKey: true }, true)).toBe('import-articles');
    expect(commandForKey({ ...k('p'), ctrlKey: true }, false)).toBe('export:pdf');
    expect(commandForKey({ ...k('N'), ctrlKey: true, shiftKey: true }, false)).toBe('new-timeline');
    expect(commandForKey(k('z', { ctrlKey: true }), false)).toBe('undo');
    expect(commandForKey(k('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandForKey(k('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(k('Escape'), true)).toBe('escape');
    expect(commandForKey(k('Delete'), false)).toBe('delete-events');
  });
});

describe('canvas items', () => {
  it('draws a range too short for its title as a bar with the full label beside it', () => {
    const e = ev(9, 'A rather long title for a three-day meeting', '2024-10-22', { end: { value: '2024-10-24', precision: 'day' } });
    const wide = toItem(e, { locale: 'en', hasLanes: false, msPerPixel: 60_000 });
    expect(wide.type).toBe('range');
    const narrow = toItem(e, { locale: 'en', hasLanes: false, msPerPixel: 86_400_000 / 10 });
    expect(narrow.type).toBe('box');
    expect(narrow.barPx).toBe(30);
    expect(narrow.className).toContain('short-range');
  });
});
