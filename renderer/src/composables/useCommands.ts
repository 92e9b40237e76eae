/**
 * What each command of the command table (core/commands) does in the renderer: the in-app menu,
 * the toolbar, keyboard shortcuts and the Electron menu (host.onMenu) all run commands by id
 * through here. The handler record is typed by CommandId, so every command in the table has an
 * action and no action exists without a command. Dialog commands open their dialog by name in
 * DialogHost (see dialogs/registry.ts, typed the same way).
 */
import { computed, type ComputedRef } from 'vue';
import { COMMANDS, isCommandId, type CommandId, type CommandSpec, type MenuGroup } from '../../../core/commands';
import { t } from '../i18n';
import type { DialogName } from '../dialogs/registry';
import { useFilterStore } from '../stores/filter';
import { useTimelineStore } from '../stores/timeline';
import { useUiStore } from '../stores/ui';
import { canvasView } from '../canvas/canvas-view';
import { isTextField } from './useKeyboard';

export type { MenuGroup };

interface Handler {
  run: () => void | Promise<void>;
  enabled?: () => boolean;
  checked?: () => boolean;
}

/** A command of the table with what it does here. */
export interface Command extends CommandSpec, Handler {
  id: CommandId;
}

let registry: Map<CommandId, Command> | undefined;

function build(): Map<CommandId, Command> {
  const store = useTimelineStore();
  const ui = useUiStore();
  const filter = useFilterStore();
  const hasTimeline = () => store.currentId !== null;
  const hasSelection = () => store.selectedIds.length > 0;
  const dialog = (name: DialogName, needsTimeline = true): Handler => ({ run: () => ui.openDialog(name), enabled: needsTimeline ? hasTimeline : undefined });

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

  const handlers: Record<CommandId, Handler> = {
    'new-timeline': { run: () => void ui.newTimelineName++ },
    'switch-timeline': dialog('switch-timeline', false),
    'rename-timeline': dialog('rename-timeline'),
    'duplicate-timeline': { enabled: hasTimeline, run: async () => void (store.currentId && (await store.duplicateTimeline(store.currentId))) },
    'delete-timeline': dialog('delete-timeline'),
    'import-articles': dialog('import-articles'),
    'import-data': dialog('import-data', false),
    'export:pdf': dialog('export:pdf'),
    'export:json': dialog('export:json'),
    'export:csv': dialog('export:csv'),
    'export:timelinejs': dialog('export:timelinejs'),
    'export:ics': dialog('export:ics'),
    'export:markdown': dialog('export:markdown'),
    undo: { enabled: () => store.undoState.canUndo, run: () => undoOrField('undo', store.undo) },
    redo: { enabled: () => store.undoState.canRedo, run: () => undoOrField('redo', store.redo) },
    'new-event': { enabled: hasTimeline, run: () => newEventAtCentre() },
    'edit-event': { enabled: hasSelection, run: () => void ui.focusTitle++ },
    'delete-events': { enabled: hasSelection, run: async () => void (await store.deleteEvents([...store.selectedIds])) },
    find: { run: () => void ui.focusSearch++ },
    'search-all': dialog('search-all', false),
    'toggle-list': { checked: () => ui.listVisible, run: () => void (ui.listVisible = !ui.listVisible) },
    'manage-lanes': { enabled: hasTimeline, run: () => void (ui.lanesOpen = true) },
    'zoom-in': { enabled: hasTimeline, run: () => canvasView.current?.zoom(0.5) },
    'zoom-out': { enabled: hasTimeline, run: () => canvasView.current?.zoom(2) },
    fit: { run: () => canvasView.current?.fit() },
    'color-by-kind': { checked: () => store.colorBy === 'kind', run: () => store.saveSettings({ colorBy: 'kind' }) },
    'color-by-confidence': { checked: () => store.colorBy === 'confidence', run: () => store.saveSettings({ colorBy: 'confidence' }) },
    shortcuts: dialog('shortcuts', false),
    about: dialog('about', false),
  };

  return new Map((COMMANDS as readonly CommandSpec[]).map((spec) => {
    const id = spec.id as CommandId;
    return [id, { ...spec, id, ...handlers[id] }];
  }));
}

/** The commands, built on first use (they need the Pinia stores). */
export function useCommands() {
  registry ??= build();
  const reg = registry;
  /** Runs a command by id (ids from the desktop menu arrive as strings and are checked). */
  function run(id: CommandId | string): void {
    if (!isCommandId(id)) return;
    const c = reg.get(id)!;
    if (c.enabled && !c.enabled()) return;
    void c.run();
  }
  function group(g: MenuGroup): ComputedRef<Command[]> {
    return computed(() => [...reg.values()].filter((c) => c.group === g));
  }
  return { commands: reg, run, group, get: (id: CommandId) => reg.get(id) };
}
