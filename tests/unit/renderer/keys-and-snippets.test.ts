import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../renderer/src/composables/search-snippet';
import { commandForKey } from '../../../renderer/src/composables/useKeyboard';
import { testEvent, type TestEventInput } from '../../helpers/events';
import { toItem } from '../../../renderer/src/canvas/timeline-items';

const ev = (id: number, title: string, start: string, extra: TestEventInput = {}) => testEvent({ id, title, start, ...extra });

describe('search snippets', () => {
  it('split into highlighted parts', () => {
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
    const e = { ...ev(9, 'A rather long title for a three-day meeting', '2024-10-22', { end: { value: '2024-10-24', precision: 'day' } }), sourceCount: 0 };
    const wide = toItem(e, { locale: 'en', hasLanes: false, msPerPixel: 60_000 });
    expect(wide.type).toBe('range');
    const narrow = toItem(e, { locale: 'en', hasLanes: false, msPerPixel: 86_400_000 / 10 });
    expect(narrow.type).toBe('box');
    expect(narrow.barPx).toBe(30);
    expect(narrow.className).toContain('short-range');
  });
});
