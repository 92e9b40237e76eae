/**
 * Dialogs that commands open by name and DialogHost mounts; the names are a type (DialogName), so a
 * command can only open a dialog that exists. Each component gets the dialog's props and emits `close`.
 */
import type { Component } from 'vue';
import RenameTimelineDialog from './RenameTimelineDialog.vue';
import DeleteTimelineDialog from './DeleteTimelineDialog.vue';
import AboutDialog from './AboutDialog.vue';
import ShortcutsDialog from './ShortcutsDialog.vue';
import TimelineSwitcherDialog from './TimelineSwitcherDialog.vue';
import SearchAllDialog from './SearchAllDialog.vue';
import { exportDialogs } from '../exchange';
import ImportView from '../import/ImportView.vue';
import SourceReader from '../components/SourceReader.vue';

export const dialogs = {
  'rename-timeline': RenameTimelineDialog,
  'delete-timeline': DeleteTimelineDialog,
  'switch-timeline': TimelineSwitcherDialog,
  'search-all': SearchAllDialog,
  shortcuts: ShortcutsDialog,
  about: AboutDialog,
  ...exportDialogs,
  'import-articles': ImportView,
  'source-reader': SourceReader,
} satisfies Record<string, Component>;

export type DialogName = keyof typeof dialogs;
