import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKeyEvent, commandLabel, keyLabel, type CommandSpec } from '../../../core/commands';

const key = (k: string, o: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...o });

describe('the command table', () => {
  it('maps every binding back to its command, and no binding to two commands', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS as readonly CommandSpec[]) {
      for (const k of c.keys ?? []) {
        const e = key(k.key, { ctrlKey: !!k.mod, shiftKey: !!k.shift });
        expect(commandForKeyEvent(e, false), keyLabel(k)).toBe(c.id);
        const id = `${k.mod}|${k.shift}|${k.key}`;
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, c.id);
      }
    }
  });

  it('leaves letters, Enter, Delete and Ctrl+Z to text fields but not Ctrl+I or Ctrl+P', () => {
    expect(commandForKeyEvent(key('n'), true)).toBeNull();
    expect(commandForKeyEvent(key('?', { shiftKey: true }), false)).toBe('shortcuts');
    expect(commandForKeyEvent(key('?', { shiftKey: true }), true)).toBeNull();
    expect(commandForKeyEvent(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKeyEvent(key('i', { ctrlKey: true }), true)).toBe('import-articles');
    expect(commandForKeyEvent(key('F', { ctrlKey: true, shiftKey: true }), true)).toBe('search-all');
    expect(commandForKeyEvent(key('o', { metaKey: true }), false)).toBe('switch-timeline');
    expect(commandForKeyEvent(key('n', { altKey: true }), false)).toBeNull();
  });

  it('labels every command in English and German and shows keys the way each language writes them', () => {
    for (const c of COMMANDS as readonly CommandSpec[]) expect(c.label.de && c.label.en && c.label.de !== '').toBeTruthy();
    expect(commandLabel('shortcuts', 'de')).toBe('Tastenkürzel');
    expect(keyLabel({ key: 'n', mod: true, shift: true }, 'de')).toBe('Strg+Umschalt+N');
    expect(keyLabel({ key: 'Delete' }, 'en')).toBe('Del');
    expect(keyLabel({ key: 'p', mod: true }, 'en', true)).toBe('⌘P');
  });
});
