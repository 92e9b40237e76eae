/**
 * The one command registry: the in-app menu, the toolbar, keyboard shortcuts and the Electron
 * menu (host.onMenu) all run commands by id through here, so each action is written once.
 * Import and export commands open a dialog by name in DialogHost (see dialogs/registry.ts).
 */
import { computed, type ComputedRef } from 'vue';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { dialogs } from '../dialogs/registry';
import { useFilterStore } from '../stores/filter';
import { useNoticeStore } from '../stores/notices';
import { useTimelineStore } from '../stores/timeline';
import { useUiStore } from '../stores/ui';
import { canvasView } from '../canvas/canvas-view';
import { isTextField } from './useKeyboard';

export type MenuGroup = 'file' | 'edit' | 'view' | 'help';

export interface Command {
  id: string;
  label: MessageKey;
  group: MenuGroup;
  /** Shortcut as shown in menus (the keyboard handler maps keys itself). */
  shortcut?: string;
  /** Draws a separator above it in menus. */
  separator?: boolean;
  enabled?: () => boolean;
  checked?: () => boolean;
  run: () => void | Promise<void>;
}

/** Commands whose work is a dialog mounted in DialogHost: the import review and the export dialogs. */
export const DIALOG_COMMANDS: Array<[string, MessageKey]> = [
  ['import-articles', 'command.importArticles'],
  ['import-data', 'command.importData'],
  ['export:pdf', 'command.exportPdf'],
  ['export:json', 'command.exportJson'],
  ['export:csv', 'command.exportCsv'],
  ['export:ics', 'command.exportIcs'],
  ['export:markdown', 'command.exportMarkdown'],
  ['export:timelinejs', 'command.exportTimelinejs'],
];

let registry: Map<string, Command> | undefined;

function build(): Map<string, Command> {
  const store = useTimelineStore();
  const ui = useUiStore();
  const filter = useFilterStore();
  const notices = useNoticeStore();
  const hasTimeline = () => store.currentId !== null;
  const hasSelection = () => store.selectedIds.length > 0;

  const list: Command[] = [
    { id: 'new-timeline', label: 'command.newTimeline', group: 'file', shortcut: 'Ctrl+Shift+N', run: async () => void (await store.createTimeline(t('toolbar.newTimelineTitle'))) },
    { id: 'rename-timeline', label: 'command.renameTimeline', group: 'file', enabled: hasTimeline, run: () => ui.openDialog('rename-timeline') },
    { id: 'duplicate-timeline', label: 'command.duplicateTimeline', group: 'file', enabled: hasTimeline, run: async () => void (store.currentId && (await store.duplicateTimeline(store.currentId))) },
    { id: 'delete-timeline', label: 'command.deleteTimeline', group: 'file', enabled: hasTimeline, run: () => ui.openDialog('delete-timeline') },
    ...DIALOG_COMMANDS.map(([id, label], i): Command => ({
      id, label, group: 'file', separator: i === 0 || id === 'export:pdf',
      shortcut: id === 'import-articles' ? 'Ctrl+I' : id === 'export:pdf' ? 'Ctrl+P' : undefined,
      enabled: () => hasTimeline() && id in dialogs,
      run: () => (id in dialogs ? ui.openDialog(id) : void notices.push('info', t('command.unavailable', { label: t(label) }))),
    })),

    { id: 'undo', label: 'command.undo', group: 'edit', shortcut: 'Ctrl+Z', enabled: () => store.undoState.canUndo, run: () => undoOrField('undo', store.undo) },
    { id: 'redo', label: 'command.redo', group: 'edit', shortcut: 'Ctrl+Shift+Z', enabled: () => store.undoState.canRedo, run: () => undoOrField('redo', store.redo) },
    { id: 'new-event', label: 'command.newEvent', group: 'edit', shortcut: 'N', separator: true, enabled: hasTimeline, run: () => newEventAtCentre() },
    { id: 'edit-event', label: 'command.editEvent', group: 'edit', shortcut: 'Enter', enabled: hasSelection, run: () => void ui.focusTitle++ },
    { id: 'delete-events', label: 'command.deleteEvents', group: 'edit', shortcut: 'Del', enabled: hasSelection, run: async () => void (await store.deleteEvents([...store.selectedIds])) },
    { id: 'find', label: 'command.find', group: 'edit', shortcut: '/  Ctrl+F', separator: true, run: () => void ui.focusSearch++ },

    { id: 'fit', label: 'command.fit', group: 'view', shortcut: 'Ctrl+0', run: () => canvasView.current?.fit() },
    { id: 'toggle-list', label: 'command.toggleList', group: 'view', checked: () => ui.listVisible, run: () => void (ui.listVisible = !ui.listVisible) },
    { id: 'manage-lanes', label: 'command.manageLanes', group: 'view', enabled: hasTimeline, run: () => void (ui.lanesOpen = true) },
    { id: 'color-by-kind', label: 'command.colorByKind', group: 'view', separator: true, checked: () => store.colorBy === 'kind', run: () => store.saveSettings({ colorBy: 'kind' }) },
    { id: 'about', label: 'command.about', group: 'help', run: () => ui.openDialog('about') },
    { id: 'color-by-confidence', label: 'command.colorByConfidence', group: 'view', checked: () => store.colorBy === 'confidence', run: () => store.saveSettings({ colorBy: 'confidence' }) },
  ];

  /** In a text field, undo/redo from a menu is the field's own; elsewhere the journal's. */
  function undoOrField(which: 'undo' | 'redo', journal: () => Promise<void>) {
    if (isTextField(document.activeElement)) {
      document.execCommand(which);
      return;
    }
    return journal();
  }

  async function newEventAtCentre() {
    const start = canvasView.current?.centreDate() ?? null;
    if (!start) return;
    filter.clearSearch();
    const laneId = filter.filter.laneIds?.length === 1 ? filter.filter.laneIds[0] : undefined;
    const ev = await store.createEvent({ title: t('event.untitled'), start, laneId: laneId ?? null });
    if (ev) ui.focusTitle++;
  }

  return new Map(list.map((c) => [c.id, c]));
}

/** The registry, built on first use (it needs the Pinia stores). */
export function useCommands() {
  registry ??= build();
  const reg = registry;
  function run(id: string): void {
    const c = reg.get(id);
    if (!c) return;
    if (c.enabled && !c.enabled()) return;
    void c.run();
  }
  function group(g: MenuGroup): ComputedRef<Command[]> {
    return computed(() => [...reg.values()].filter((c) => c.group === g));
  }
  return { commands: reg, run, group, get: (id: string) => reg.get(id) };
}
