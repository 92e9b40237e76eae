/**
 * The renderer's only way to the backend: `window.chronik` from the Electron preload, or the
 * same contract over HTTP to the web shell, generated from the method list of core/api.ts.
 */
import { apiOver, err, type Api } from '../../core/api';
import type { HostApi, SaveFileRequest } from '../../core/host';
import { isExternalUrlAllowed } from '../../core/security';
import { httpCall } from './transport';

const menuListeners = new Set<(command: string) => void>();

/** The browser shell's host: links in a new tab, files as downloads, menu commands from the in-app menu. */
const webHost: HostApi = {
  kind: 'web',
  async openExternal(url) {
    if (!isExternalUrlAllowed(url)) return err('VALIDATION', `Only http, https and mailto links (without attachments) open outside Chronik: ${url}`);
    window.open(url, '_blank', 'noopener,noreferrer');
    return { ok: true, value: null };
  },
  async saveFile(req: SaveFileRequest) {
    const data = req.base64 !== undefined ? Uint8Array.from(atob(req.base64), (c) => c.charCodeAt(0)) : req.content ?? '';
    const url = URL.createObjectURL(new Blob([data], { type: req.mimeType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = req.filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true, value: { path: req.filename } };
  },
  onMenu(listener) {
    menuListeners.add(listener);
    return () => menuListeners.delete(listener);
  },
};

/** Runs a menu command in the browser shell (the in-app menu calls this). */
export function emitMenuCommand(command: string): void {
  for (const l of menuListeners) l(command);
}

export const api: Api = window.chronik ?? apiOver(httpCall);
export const host: HostApi = window.chronikHost ?? webHost;
