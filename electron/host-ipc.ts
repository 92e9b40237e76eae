/**
 * Main-process side of the host API: links to the system browser (http/https/mailto only) and
 * saving exported files where the user chooses. Electron services are injected.
 */
import { writeFile } from 'node:fs/promises';
import { err, ok } from '../core/api';
import { HOST_CHANNELS, type SaveFileRequest } from '../core/host';
import { isExternalUrlAllowed } from '../core/security';
import { refusedSender, type IpcMainLike, type SenderCheck } from './ipc';

export interface HostServices {
  openExternal(url: string): Promise<void>;
  /** Shows a save dialog; resolves to the chosen path or undefined when cancelled. */
  chooseSavePath(defaultName: string, sender: unknown): Promise<string | undefined>;
}

export function setupHostIpc(ipcMain: IpcMainLike, services: HostServices, isTrusted: SenderCheck): void {
  ipcMain.handle(HOST_CHANNELS.openExternal, async (event, url) => {
    if (!isTrusted(event)) return refusedSender();
    if (typeof url !== 'string' || !isExternalUrlAllowed(url)) return err('VALIDATION', `Only http, https and mailto links (without attachments) open outside Chronik: ${String(url)}`);
    await services.openExternal(url);
    return ok(null);
  });
  ipcMain.handle(HOST_CHANNELS.saveFile, async (event, raw) => {
    if (!isTrusted(event)) return refusedSender();
    const req = raw as SaveFileRequest;
    if (!req || typeof req.filename !== 'string' || (typeof req.content !== 'string' && typeof req.base64 !== 'string')) {
      return err('VALIDATION', 'saveFile needs a filename and content');
    }
    const path = await services.chooseSavePath(req.filename.replace(/[/\\]/g, '_'), event.sender);
    if (!path) return ok({ path: null });
    try {
      await writeFile(path, req.base64 !== undefined ? Buffer.from(req.base64, 'base64') : req.content!, req.base64 !== undefined ? undefined : 'utf8');
      return ok({ path });
    } catch (e) {
      return err('IO', `Cannot write ${path}: ${(e as Error).message}`);
    }
  });
}
