/**
 * The application menu as plain data, read from the command table (core/commands); main.ts turns
 * it into an Electron Menu. App commands are sent to the renderer, which runs them exactly as its
 * own menu, toolbar and shortcuts do. Only Electron's own roles (clipboard, quit, full screen) are
 * added here.
 */
import { accelerator, commandsOf, type CommandSpec, type MenuGroup } from '../core/commands';
import type { Language } from '../core/domain';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  accelerator?: string;
  /** False for keys that belong to the page (N, Enter, Del, /, ?): shown in the menu, not captured from text fields. */
  registerAccelerator?: boolean;
  command?: string;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

const sep: MenuItemSpec = { type: 'separator' };

const TITLES: Record<MenuGroup, Record<Language, string>> = {
  file: { en: '&File', de: '&Datei' },
  edit: { en: '&Edit', de: '&Bearbeiten' },
  view: { en: '&View', de: '&Ansicht' },
  help: { en: '&Help', de: '&Hilfe' },
};
const EXPORT_TITLE: Record<Language, string> = { en: 'Export', de: 'Exportieren' };

function item(c: CommandSpec, locale: Language): MenuItemSpec {
  const out: MenuItemSpec = { label: c.label[locale], command: c.id };
  const k = c.keys?.[0];
  if (k) {
    out.accelerator = accelerator(k);
    // A plain key (no Ctrl) must stay the text field's; the page's keyboard map handles it.
    if (!k.mod) out.registerAccelerator = false;
  }
  return out;
}

/** The items of one menu: the table's commands in order, separators, the Export submenu. */
function group(g: MenuGroup, locale: Language): MenuItemSpec[] {
  const out: MenuItemSpec[] = [];
  let exportMenu: MenuItemSpec | null = null;
  for (const c of commandsOf(g)) {
    if (c.separator && out.length) out.push(sep);
    if (c.submenu === 'export') {
      if (!exportMenu) out.push((exportMenu = { label: EXPORT_TITLE[locale], submenu: [] }));
      exportMenu.submenu!.push({ ...item(c, locale), label: (c.short ?? c.label)[locale] });
      continue;
    }
    out.push(item(c, locale));
  }
  return out;
}

export function menuTemplate(platform: string, locale: Language = 'en'): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const edit = group('edit', locale);
  // The clipboard roles sit after Undo/Redo, as on every platform.
  const afterRedo = edit.findIndex((i) => i.command === 'redo') + 1;
  edit.splice(afterRedo, 0, sep, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
  return [
    ...(mac ? [{ role: 'appMenu' }] : []),
    { label: TITLES.file[locale], submenu: [...group('file', locale), sep, mac ? { role: 'close' } : { role: 'quit' }] },
    { label: TITLES.edit[locale], submenu: edit },
    { label: TITLES.view[locale], submenu: [...group('view', locale), sep, { role: 'togglefullscreen' }] },
    { label: TITLES.help[locale], submenu: group('help', locale) },
  ];
}
