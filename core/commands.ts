/**
 * The command table: every user command once — its id, menu, label in English and German, and
 * keys. The desktop menu (electron/menu.ts), the in-app menu and the keyboard map (renderer's
 * useCommands/useKeyboard) and the keyboard-shortcut sheet all read it; the renderer supplies
 * what each command does, typed by `CommandId`, so a command cannot be listed without an action.
 */
import type { Language } from './domain';

export type MenuGroup = 'file' | 'edit' | 'view' | 'help';

/** One key binding. `mod` is Ctrl (Cmd on macOS). */
export interface KeySpec {
  /** `KeyboardEvent.key`, lower case for letters: 'n', 'Enter', 'Delete', '/', '?', '0'. */
  key: string;
  mod?: boolean;
  shift?: boolean;
  /** Also when the focus is in a text field (modifier shortcuts of the desktop menu). */
  inFields?: boolean;
  /** The key is typed with Shift on common layouts ('?'): Shift neither required nor refused. */
  anyShift?: boolean;
}

export interface CommandSpec {
  id: string;
  group: MenuGroup;
  label: Record<Language, string>;
  /** The first binding is the one menus show; all of them work. */
  keys?: readonly KeySpec[];
  /** A separator above it in menus. */
  separator?: boolean;
  /** Shown in the desktop menu inside this submenu, under its short label. */
  submenu?: 'export';
  short?: Record<Language, string>;
  /** A state the menus show with a check mark. */
  checkable?: boolean;
}

const ctrl = (key: string, extra: Partial<KeySpec> = {}): KeySpec => ({ key, mod: true, inFields: true, ...extra });

export const COMMANDS = [
  { id: 'new-timeline', group: 'file', label: { en: 'New timeline…', de: 'Neue Zeitleiste…' }, keys: [ctrl('n', { shift: true })] },
  { id: 'switch-timeline', group: 'file', label: { en: 'Go to timeline…', de: 'Zu Zeitleiste wechseln…' }, keys: [ctrl('o')] },
  { id: 'rename-timeline', group: 'file', label: { en: 'Rename timeline…', de: 'Zeitleiste umbenennen…' } },
  { id: 'duplicate-timeline', group: 'file', label: { en: 'Duplicate timeline', de: 'Zeitleiste duplizieren' } },
  { id: 'delete-timeline', group: 'file', label: { en: 'Delete timeline…', de: 'Zeitleiste löschen…' } },
  { id: 'import-articles', group: 'file', label: { en: 'Import articles…', de: 'Artikel importieren…' }, keys: [ctrl('i')], separator: true },
  { id: 'import-data', group: 'file', label: { en: 'Import data (JSON, CSV, TimelineJS)…', de: 'Daten importieren (JSON, CSV, TimelineJS)…' } },
  { id: 'export:pdf', group: 'file', label: { en: 'Export briefing PDF…', de: 'Lagebericht als PDF…' }, keys: [ctrl('p')], separator: true },
  { id: 'export:json', group: 'file', submenu: 'export', label: { en: 'Export JSON…', de: 'JSON exportieren…' }, short: { en: 'Chronik JSON…', de: 'Chronik-JSON…' } },
  { id: 'export:csv', group: 'file', submenu: 'export', label: { en: 'Export CSV…', de: 'CSV exportieren…' }, short: { en: 'CSV…', de: 'CSV…' } },
  { id: 'export:timelinejs', group: 'file', submenu: 'export', label: { en: 'Export TimelineJS…', de: 'Für TimelineJS exportieren…' }, short: { en: 'TimelineJS JSON…', de: 'TimelineJS-JSON…' } },
  { id: 'export:ics', group: 'file', submenu: 'export', label: { en: 'Export calendar (ICS)…', de: 'Kalender (ICS) exportieren…' }, short: { en: 'Calendar (ICS)…', de: 'Kalender (ICS)…' } },
  { id: 'export:markdown', group: 'file', submenu: 'export', label: { en: 'Export Markdown…', de: 'Markdown exportieren…' }, short: { en: 'Markdown…', de: 'Markdown…' } },

  { id: 'undo', group: 'edit', label: { en: 'Undo', de: 'Rückgängig' }, keys: [{ key: 'z', mod: true }] },
  { id: 'redo', group: 'edit', label: { en: 'Redo', de: 'Wiederholen' }, keys: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }] },
  { id: 'new-event', group: 'edit', label: { en: 'New event', de: 'Neues Ereignis' }, keys: [{ key: 'n' }], separator: true },
  { id: 'edit-event', group: 'edit', label: { en: 'Edit selected event', de: 'Ausgewähltes Ereignis bearbeiten' }, keys: [{ key: 'Enter' }] },
  { id: 'delete-events', group: 'edit', label: { en: 'Delete selected events', de: 'Ausgewählte Ereignisse löschen' }, keys: [{ key: 'Delete' }, { key: 'Backspace' }] },
  { id: 'find', group: 'edit', label: { en: 'Find in this timeline', de: 'In dieser Zeitleiste suchen' }, keys: [{ key: '/' }, ctrl('f')], separator: true },
  { id: 'search-all', group: 'edit', label: { en: 'Search all timelines…', de: 'Alle Zeitleisten durchsuchen…' }, keys: [ctrl('f', { shift: true })] },

  { id: 'toggle-list', group: 'view', label: { en: 'Show list view', de: 'Listenansicht zeigen' }, checkable: true },
  { id: 'manage-lanes', group: 'view', label: { en: 'Lanes…', de: 'Spuren…' } },
  { id: 'zoom-in', group: 'view', label: { en: 'Zoom in', de: 'Vergrößern' }, keys: [{ key: '+', anyShift: true }, { key: '=' }], separator: true },
  { id: 'zoom-out', group: 'view', label: { en: 'Zoom out', de: 'Verkleinern' }, keys: [{ key: '-' }] },
  { id: 'fit', group: 'view', label: { en: 'Fit all events', de: 'Alle Ereignisse zeigen' }, keys: [ctrl('0')] },
  { id: 'color-by-kind', group: 'view', label: { en: 'Colour by kind', de: 'Nach Art färben' }, separator: true, checkable: true },
  { id: 'color-by-confidence', group: 'view', label: { en: 'Colour by confidence', de: 'Nach Verlässlichkeit färben' }, checkable: true },

  { id: 'shortcuts', group: 'help', label: { en: 'Keyboard shortcuts', de: 'Tastenkürzel' }, keys: [{ key: '?', anyShift: true }] },
  { id: 'about', group: 'help', label: { en: 'About Chronik', de: 'Über Chronik' } },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Every command by id. */
export const COMMAND_BY_ID: ReadonlyMap<CommandId, CommandSpec> = new Map(COMMANDS.map((c) => [c.id, c as CommandSpec]));

export function isCommandId(id: string): id is CommandId {
  return COMMAND_BY_ID.has(id as CommandId);
}

/** The commands of a menu, in table order. */
export function commandsOf(group: MenuGroup): CommandSpec[] {
  return (COMMANDS as readonly CommandSpec[]).filter((c) => c.group === group);
}

/** A command's label in a language. */
export function commandLabel(id: CommandId, locale: Language = 'en'): string {
  return COMMAND_BY_ID.get(id)!.label[locale];
}

const KEY_NAMES: Record<string, Record<Language, string>> = {
  Enter: { en: 'Enter', de: 'Eingabe' },
  Delete: { en: 'Del', de: 'Entf' },
  Backspace: { en: 'Backspace', de: 'Rücktaste' },
  Escape: { en: 'Esc', de: 'Esc' },
};

/** A binding as menus show it: "Ctrl+Shift+N", "N", "/" ("Strg" in German; "⌘" on macOS). */
export function keyLabel(k: KeySpec, locale: Language = 'en', mac = false): string {
  const name = KEY_NAMES[k.key]?.[locale] ?? (k.key.length === 1 ? k.key.toUpperCase() : k.key);
  const mod = mac ? '⌘' : locale === 'de' ? 'Strg' : 'Ctrl';
  return [k.mod ? mod : '', k.shift ? (locale === 'de' ? 'Umschalt' : 'Shift') : '', name].filter(Boolean).join(mac ? '' : '+');
}

/** A binding as an Electron accelerator: "CmdOrCtrl+Shift+N". */
export function accelerator(k: KeySpec): string {
  // Electron names the plus key "Plus" ("+" joins the parts of an accelerator).
  const key = k.key === '+' ? 'Plus' : k.key === '/' ? '/' : k.key.length === 1 ? k.key.toUpperCase() : k.key;
  return [k.mod ? 'CmdOrCtrl' : '', k.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** What a key press says (a KeyboardEvent has these; core knows no DOM). */
export interface KeyEventLike { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }

function matches(k: KeySpec, e: KeyEventLike): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== k.key) return false;
  if (!!k.mod !== (e.ctrlKey || e.metaKey) || e.altKey) return false;
  return k.anyShift || !!k.shift === e.shiftKey;
}

/**
 * The command a key press means, or null. In a text field only the bindings marked `inFields`
 * count (the field keeps its letters, Enter, Delete and Ctrl+Z).
 */
export function commandForKeyEvent(e: KeyEventLike, inField: boolean): CommandId | null {
  for (const c of COMMANDS as readonly CommandSpec[]) {
    for (const k of c.keys ?? []) if ((!inField || k.inFields) && matches(k, e)) return c.id as CommandId;
  }
  return null;
}
