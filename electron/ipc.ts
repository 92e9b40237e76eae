/**
 * The Electron transport: one ipcMain.handle per contract method, generated from the contract.
 * Messages from web contents the app did not create are refused; errors cross as values.
 * Electron objects are passed in, so this file never imports 'electron' and is testable.
 */
import { CHANNEL_PREFIX, METHOD_NAMES, err } from '../core/api';
import type { Backend } from '../backend';

export interface IpcEventLike {
  sender: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** True for web contents that belong to one of the app's own windows. */
export type SenderCheck = (sender: unknown) => boolean;

export const refusedSender = () => err('FORBIDDEN', 'Refused: the message did not come from a Chronik window');

/**
 * The sender check of the app: a message is trusted only when it comes from the web contents of
 * a window the app created itself (as Electron Fiddle does).
 */
export function ownWindowCheck(fromWebContents: (sender: unknown) => { id: number } | null, ownWindowIds: ReadonlySet<number>): SenderCheck {
  return (sender) => {
    const win = fromWebContents(sender);
    return !!win && ownWindowIds.has(win.id);
  };
}

/** Registers the contract's handlers; returns a function that removes them. */
export function setupIpc(ipcMain: IpcMainLike, backend: Backend, isTrusted: SenderCheck): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(CHANNEL_PREFIX + method, (event, input) => {
      if (!isTrusted(event.sender)) return refusedSender();
      return backend.call(method, input);
    });
  }
  return () => METHOD_NAMES.forEach((m) => ipcMain.removeHandler(CHANNEL_PREFIX + m));
}
