// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../core/commands';
import { menuTemplate, type MenuItemSpec } from '../../../electron/menu';
import { useCommands } from '../../../renderer/src/composables/useCommands';
import { dialogs } from '../../../renderer/src/dialogs/registry';

const commandsOf = (items: MenuItemSpec[]): string[] => items.flatMap((i) => [...(i.command ? [i.command] : []), ...commandsOf(i.submenu ?? [])]);

describe('one command table for both menus and the keyboard', () => {
  it('the desktop menu holds every command of the table once, and the renderer can run each', () => {
    setActivePinia(createPinia());
    const known = new Set(useCommands().commands.keys());
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const ids = commandsOf(menuTemplate(platform));
      expect([...ids].sort(), platform).toEqual(COMMANDS.map((c) => c.id).sort());
      expect(ids.filter((c) => !known.has(c as never)), platform).toEqual([]);
    }
  });

  it('opens only dialogs that exist (no fallback for unregistered dialog commands)', () => {
    setActivePinia(createPinia());
    const { commands } = useCommands();
    for (const id of ['import-articles', 'import-data', 'export:pdf', 'export:csv', 'shortcuts', 'switch-timeline', 'search-all', 'about'] as const) {
      expect(commands.get(id), id).toBeDefined();
    }
    for (const name of ['import-articles', 'import-data', 'export:pdf', 'export:json', 'export:csv', 'export:timelinejs', 'export:ics', 'export:markdown', 'shortcuts', 'switch-timeline', 'search-all']) {
      expect(name in dialogs, name).toBe(true);
    }
  });

  it('writes the desktop menu in German too, with the export submenu and page keys that do not capture typing', () => {
    const de = menuTemplate('linux', 'de');
    expect(de.map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    const file = de[0]!.submenu!;
    expect(file.find((i) => i.command === 'import-articles')).toMatchObject({ label: 'Artikel importieren…', accelerator: 'CmdOrCtrl+I' });
    expect(file.find((i) => i.label === 'Exportieren')!.submenu!.map((i) => i.label)).toEqual(['Chronik-JSON…', 'CSV…', 'TimelineJS-JSON…', 'Kalender (ICS)…', 'Markdown…']);
    const edit = menuTemplate('linux')[1]!.submenu!;
    expect(edit.find((i) => i.command === 'new-event')).toMatchObject({ accelerator: 'N', registerAccelerator: false });
    expect(edit.find((i) => i.command === 'undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(edit.findIndex((i) => i.role === 'cut')).toBe(edit.findIndex((i) => i.command === 'redo') + 2);
    expect(menuTemplate('linux')[3]!.submenu!.map((i) => i.command)).toEqual(['shortcuts', 'about']);
  });
});
