// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuItemSpec } from '../../../electron/menu';
import { useCommands } from '../../../renderer/src/composables/useCommands';

const commandsOf = (items: MenuItemSpec[]): string[] => items.flatMap((i) => [...(i.command ? [i.command] : []), ...commandsOf(i.submenu ?? [])]);

describe('the desktop menu', () => {
  it('sends only commands the renderer knows, on every platform', () => {
    setActivePinia(createPinia());
    const known = new Set(useCommands().commands.keys());
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const unknown = commandsOf(menuTemplate(platform)).filter((c) => !known.has(c));
      expect(unknown, platform).toEqual([]);
    }
  });
});
