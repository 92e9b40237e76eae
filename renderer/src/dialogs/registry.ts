/**
 * Dialogs that commands open by name and DialogHost mounts. The import review and the export
 * dialogs go here: register `'import-articles'`, `'import-data'` or `'export:pdf'`… and the
 * command in the menu becomes enabled. Each component gets the dialog's props and emits `close`.
 */
import type { Component } from 'vue';
import RenameTimelineDialog from './RenameTimelineDialog.vue';
import DeleteTimelineDialog from './DeleteTimelineDialog.vue';
import AboutDialog from './AboutDialog.vue';
import { exportDialogs } from '../exchange';
import ImportView from '../import/ImportView.vue';
import SourceReader from '../components/SourceReader.vue';

export const dialogs: Record<string, Component> = {
  'rename-timeline': RenameTimelineDialog,
  'delete-timeline': DeleteTimelineDialog,
  about: AboutDialog,
  ...exportDialogs,
  'import-articles': ImportView,
  'source-reader': SourceReader,
};
