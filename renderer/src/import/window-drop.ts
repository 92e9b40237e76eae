/**
 * Files or folders dropped anywhere on the window open the import with them. Installed once from
 * main.ts; the input step handles drops on itself first (it prevents the default, so this listener
 * leaves them alone).
 */
import { t } from '../i18n';
import { useImportStore } from '../stores/import';
import { useUiStore } from '../stores/ui';
import { useNoticeStore } from '../stores/notices';
import { filesOfDrop, readArticleFile, type QueuedInput } from './read-files';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

let installed = false;

/** Listens for files dropped on the window (once, however often it is called). */
export function installWindowDrop(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault(); // never let the browser navigate to a dropped file
    if ((e.target as Element | null)?.closest?.('[data-testid="import-input"]')) return;
    const ui = useUiStore();
    if (ui.dialog && ui.dialog.name !== 'import-articles') return;
    const dt = e.dataTransfer!;
    void (async () => {
      const notices = useNoticeStore();
      const inputs: QueuedInput[] = [];
      for (const f of await filesOfDrop(dt)) {
        const r = await readArticleFile(f, f.webkitRelativePath || f.name, (name, mb) => t('import.tooLarge', { name, mb }));
        if ('input' in r) inputs.push(r);
        else notices.push('error', r.message, 12000);
      }
      if (inputs.length) useImportStore().openImport(inputs);
    })();
  });
}

