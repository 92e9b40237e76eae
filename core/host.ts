/**
 * What the shell around the renderer offers besides the backend: opening links in the system
 * browser, saving a file the user names, and menu commands. Electron implements it in the
 * preload; the browser shell with window.open, downloads and the in-app menu.
 */
import type { Result } from './api';

export interface SaveFileRequest {
  filename: string;
  mimeType: string;
  /** Text content, or base64 for binary files such as PDFs. */
  content?: string;
  base64?: string;
}

export interface HostApi {
  kind: 'electron' | 'web';
  /** Opens an http(s) or mailto link outside the app; anything else is refused. */
  openExternal(url: string): Promise<Result<null>>;
  /** Asks where to save and writes the file; `path` is null when the user cancelled. */
  saveFile(req: SaveFileRequest): Promise<Result<{ path: string | null }>>;
  /** Menu commands (undo, redo, new-timeline, import, export:pdf, …); returns an unsubscribe. */
  onMenu(listener: (command: string) => void): () => void;
}

/** IPC channels of the host API, under their own prefix. */
export const HOST_CHANNELS = {
  openExternal: 'chronik-host:open-external',
  saveFile: 'chronik-host:save-file',
  menu: 'chronik-host:menu',
} as const;
