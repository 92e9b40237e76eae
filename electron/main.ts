/**
 * The Electron app: one sandboxed, context-isolated window over the backend. Only electron/ imports
 * 'electron' (this file, preload, the printer); ipc, host-ipc and menu take it injected.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { createBackend, type Backend } from '../backend';
import { ownWindowCheck, setupIpc } from './ipc';
import { setupHostIpc } from './host-ipc';
import { menuTemplate, type MenuItemSpec } from './menu';
import { defaultDbPath } from '../backend/paths';
import { CONTENT_SECURITY_POLICY, isExternalUrlAllowed } from '../core/security';
import { HOST_CHANNELS } from '../core/host';
import { chronikVersion } from '../backend/version';
import { electronPrinter } from './pdf-electron';
import { builtWorkerBeside } from '../backend/article/analysis-runner';
import { APP_URL, isAppUrl, registerAppScheme, serveApp } from './app-protocol';

const windows = new Set<number>();
let backend: Backend | undefined;

const isOwnWindow = ownWindowCheck((sender) => BrowserWindow.fromWebContents(sender as Electron.WebContents), windows, isAppUrl);

/**
 * Spelling: macOS checks with the system's own dictionaries (offline); elsewhere Chromium would
 * download Hunspell dictionaries from Google, and an offline app makes no network requests.
 */
const SPELLCHECK = process.platform === 'darwin';

function toElectronMenu(items: MenuItemSpec[]): MenuItemConstructorOptions[] {
  return items.map((i) => ({
    label: i.label,
    role: i.role as MenuItemConstructorOptions['role'],
    accelerator: i.accelerator,
    registerAccelerator: i.registerAccelerator,
    type: i.type,
    submenu: i.submenu ? toElectronMenu(i.submenu) : undefined,
    click: i.command ? () => BrowserWindow.getFocusedWindow()?.webContents.send(HOST_CHANNELS.menu, i.command) : undefined,
  }));
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Chronik',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: SPELLCHECK,
    },
  });
  windows.add(win.id);
  win.on('closed', () => windows.delete(win.id));
  win.once('ready-to-show', () => win.show());
  // Links leave for the system browser; the app window itself never navigates away.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrlAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e, url) => {
    if (url !== win.webContents.getURL()) e.preventDefault();
  });
  // The app's own scheme, not file://: the CSP's 'self' is then the app alone.
  void win.loadURL(APP_URL);
}

function fail(message: string): never {
  dialog.showErrorBox('Chronik cannot start', message);
  app.exit(1);
  throw new Error(message);
}

app.enableSandbox();
registerAppScheme(protocol);
if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

void app.whenReady().then(() => {
  const dbPath = process.env.CHRONIK_DB || (app.isPackaged ? join(app.getPath('userData'), 'chronik.db') : defaultDbPath());
  try {
    backend = createBackend({ dbPath, shell: 'electron', version: chronikVersion(), printPdf: electronPrinter(), analysisWorker: builtWorkerBeside(__filename) });
    backend.seedSampleIfEmpty();
  } catch (e) {
    fail((e as Error).message);
  }
  // No permission is ever granted, whether asked for (request) or merely checked (check).
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  if (!SPELLCHECK) session.defaultSession.setSpellCheckerEnabled(false);
  // Never fetch dictionaries from the network (the .invalid domain never resolves).
  session.defaultSession.setSpellCheckerDictionaryDownloadURL('https://dictionaries.invalid/');
  serveApp(protocol, join(__dirname, '..', 'renderer'));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  setupIpc(ipcMain, backend!, isOwnWindow);
  setupHostIpc(ipcMain, {
    openExternal: (url) => shell.openExternal(url),
    chooseSavePath: async (defaultName, sender) => {
      const win = BrowserWindow.fromWebContents(sender as Electron.WebContents);
      const opts = { defaultPath: join(app.getPath('documents'), defaultName) };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled ? undefined : r.filePath;
    },
  }, isOwnWindow);
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(menuTemplate(process.platform, app.getLocale().startsWith('de') ? 'de' : 'en'))));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => backend?.close());
