/**
 * The briefing, export and data-import dialogs by command id, for dialogs/registry.ts: 'export:pdf'
 * opens the briefing, 'export:<format>' the export dialog with that format chosen, 'import-data' the import.
 */
import { defineComponent, h, type Component } from 'vue';
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from '../../../core/contract/exchange';
import BriefingDialog from './BriefingDialog.vue';
import DataImportDialog from './DataImportDialog.vue';
import ExportDialog from './ExportDialog.vue';

function exportDialogFor(format: ExportFormatName): Component {
  return defineComponent({
    name: `ExportDialog-${format}`,
    emits: ['close'],
    setup: (_, { emit }) => () => h(ExportDialog, { format, onClose: () => emit('close') }),
  });
}

type ExportDialogName = `export:${ExportFormatName}`;

export const exportDialogs = {
  'export:pdf': BriefingDialog as Component,
  ...(Object.fromEntries(EXPORT_FORMAT_NAMES.map((f) => [`export:${f}`, exportDialogFor(f)])) as Record<ExportDialogName, Component>),
  'import-data': DataImportDialog as Component,
};
