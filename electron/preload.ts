/**
 * The bridge: exposes the contract as `window.chronik` and the shell's few services as
 * `window.chronikHost`. Never exposes ipcRenderer itself; only the app's own channels are used.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, apiOver, err } from '../core/api';
import { HOST_CHANNELS, type HostApi } from '../core/host';

/** Electron keeps only the message of a rejected invoke; turn it back into an error value. */
async function invoke(channel: string, input: unknown) {
  try {
    return await ipcRenderer.invoke(channel, input);
  } catch (e) {
    return err('INTERNAL', (e as Error).message);
  }
}

const api = apiOver((m, input) => invoke(CHANNEL_PREFIX + m, input));

const host: HostApi = {
  kind: 'electron',
  openExternal: (url) => invoke(HOST_CHANNELS.openExternal, url),
  saveFile: (req) => invoke(HOST_CHANNELS.saveFile, req),
  onMenu(listener) {
    const wrapped = (_e: unknown, command: unknown) => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(HOST_CHANNELS.menu, wrapped);
    return () => ipcRenderer.removeListener(HOST_CHANNELS.menu, wrapped);
  },
};

contextBridge.exposeInMainWorld('chronik', api);
contextBridge.exposeInMainWorld('chronikHost', host);
