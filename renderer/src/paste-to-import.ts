/**
 * Text pasted on the main screen (not into a field, no dialog open) is an article to import: the
 * import opens with it and starts the analysis, as a drop of files does. A pasted http(s) address
 * alone is fetched as a page. Installed once from main.ts.
 */
import { isTextField } from './composables/useKeyboard';
import { useImportStore } from './stores/import';
import { useUiStore } from './stores/ui';
import { t } from './i18n';

let installed = false;

/** What a paste brings in, or null when it is not worth an import (nothing, or a few words). */
export function pastedInput(text: string): { label: string; input: { kind: 'url'; url: string } | { kind: 'text'; text: string } } | null {
  const s = text.trim();
  if (/^https?:\/\/\S+$/i.test(s)) return { label: s, input: { kind: 'url', url: s } };
  // A word or two pasted by mistake is no article.
  if (s.split(/\s+/).length < 8) return null;
  const first = s.split('\n')[0]!.slice(0, 60).trim();
  return { label: t('import.pastedLabel', { start: first }), input: { kind: 'text', text: s } };
}

export function installPasteToImport(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('paste', (e) => {
    if (e.defaultPrevented || isTextField(e.target as Element | null) || useUiStore().dialog) return;
    const found = pastedInput(e.clipboardData?.getData('text/plain') ?? '');
    if (!found) return;
    e.preventDefault();
    useImportStore().openImport([found]);
  });
}
