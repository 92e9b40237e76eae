/**
 * The Electron transport: one ipcMain.handle per contract method, generated from the contract.
 * Messages from web contents the app did not create are refused; errors cross as values.
 * Electron objects are passed in, so this file never imports 'electron' and is testable.
 */
import { CHANNEL_PREFIX, METHOD_NAMES, err } from '../core/api';
import type { Backend } from '../backend';

export interface IpcEventLike {
  sender: unknown;
  /** The frame that sent the message (Electron's WebFrameMain); null once it navigated away or was removed. */
  senderFrame?: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** True for a message from the app's own page in one of the app's own windows. */
export type SenderCheck = (event: IpcEventLike) => boolean;

export const refusedSender = () => err('FORBIDDEN', 'Refused: the message did not come from a Chronik window');

/**
 * The sender check of the app: a message is trusted only when it comes from the web contents of
 * a window the app created itself (as Electron Fiddle does), and from the top frame showing the
 * app's own page (`isAppPage`): never from a frame inside it or a page it navigated to.
 */
export function ownWindowCheck(fromWebContents: (sender: unknown) => { id: number } | null, ownWindowIds: ReadonlySet<number>, isAppPage: (url: string) => boolean): SenderCheck {
  return (event) => {
    const win = fromWebContents(event.sender);
    const frame = event.senderFrame;
    return !!win && ownWindowIds.has(win.id) && !!frame && frame.parent == null && isAppPage(frame.url);
  };
}

/** Registers the contract's handlers; returns a function that removes them. */
export function setupIpc(ipcMain: IpcMainLike, backend: Backend, isTrusted: SenderCheck): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(CHANNEL_PREFIX + method, (event, input) => {
      if (!isTrusted(event)) return refusedSender();
      return backend.call(method, input);
    });
  }
  return () => METHOD_NAMES.forEach((m) => ipcMain.removeHandler(CHANNEL_PREFIX + m));
}
