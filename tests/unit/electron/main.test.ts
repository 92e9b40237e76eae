/**
 * The Electron main process with a fake `electron` module: the window it creates, what it allows
 * and refuses, and the briefing printer. The real binary is not needed (nor downloaded).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const appHandlers = new Map<string, Listener[]>();
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const windows: FakeWindow[] = [];
  const opened: string[] = [];
  const ipc = new Map<string, Listener>();
  const state: { menu: unknown; permission?: Listener; headers?: Listener; errorBox?: [string, string] } = { menu: null };

  class FakeContents {
    handlers = new Map<string, Listener>();
    openHandler?: (d: { url: string }) => { action: string };
    url = 'file:///app/index.html';
    printed: unknown[] = [];
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) { this.openHandler = h; }
    on(ev: string, h: Listener) { this.handlers.set(ev, h); }
    getURL() { return this.url; }
    send() {}
    async printToPDF(opts: unknown) { this.printed.push(opts); return Buffer.from('%PDF-1.7 fake'); }
  }
  class FakeWindow {
    static nextId = 1;
    id = FakeWindow.nextId++;
    webContents = new FakeContents();
    loaded: string[] = [];
    events = new Map<string, Listener>();
    destroyed = false;
    constructor(public opts: { webPreferences: Record<string, unknown>; show?: boolean }) { windows.push(this); }
    once(ev: string, h: Listener) { this.events.set(ev, h); }
    on(ev: string, h: Listener) { this.events.set(ev, h); }
    async loadFile(f: string) { this.loaded.push(f); }
    async loadURL(u: string) { this.loaded.push(u); }
    show() {}
    destroy() { this.destroyed = true; }
    static fromWebContents(wc: unknown) { return windows.find((w) => w.webContents === wc) ?? null; }
    static getAllWindows() { return windows.filter((w) => !w.destroyed); }
    static getFocusedWindow() { return windows[0] ?? null; }
  }
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: (ev: string, h: Listener) => { (appHandlers.get(ev) ?? appHandlers.set(ev, []).get(ev)!).push(h); },
      whenReady: () => ready,
      getPath: () => tmpdir(),
      getLocale: () => 'en-US',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: (a: string, b: string) => { state.errorBox = [a, b]; }, showSaveDialog: async () => ({ canceled: true }) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => { state.menu = m; } },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => { state.permission = h; },
        webRequest: { onHeadersReceived: (h: Listener) => { state.headers = h; } },
      },
    },
    shell: { openExternal: async (url: string) => { opened.push(url); } },
    ipcMain: { handle: (c: string, h: Listener) => { ipc.set(c, h); }, removeHandler: (c: string) => { ipc.delete(c); } },
  };
  return { electron, windows, opened, ipc, state, appHandlers, readyResolve: () => readyResolve() };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronik-main-'));
  process.env.CHRONIK_DB = join(dir, 'app.db');
  await import('../../../electron/main');
  fake.readyResolve();
  await new Promise((r) => setTimeout(r, 50));
});
afterAll(() => {
  for (const h of fake.appHandlers.get('will-quit') ?? []) h();
  delete process.env.CHRONIK_DB;
  rmSync(dir, { recursive: true, force: true });
});

describe('the Electron main process', () => {
  it('creates one sandboxed, context-isolated window without Node, shown when ready', () => {
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    const [win] = fake.windows;
    expect(win!.opts.webPreferences).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true });
    expect(String(win!.opts.webPreferences.preload)).toMatch(/preload\.js$/);
    expect(win!.opts.show).toBe(false);
    expect(win!.events.has('ready-to-show')).toBe(true);
    expect(win!.loaded[0]).toMatch(/renderer[\\/]index\.html$/);
  });

  it('opens the sample timeline in the database named by CHRONIK_DB', async () => {
    const r = (await fake.ipc.get('chronik:listTimelines')!({ sender: fake.windows[0]!.webContents }, {})) as { ok: boolean; value: { title: string }[] };
    expect(r.value.map((t) => t.title)).toEqual(['North Korean troops in Russia (Oct 2024)']);
  });

  it('sends http(s) links to the system browser and never opens a window', async () => {
    const wc = fake.windows[0]!.webContents;
    expect(wc.openHandler!({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
    expect(wc.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.opened).toEqual(['https://example.org/a']);
  });

  it('blocks navigation away from the app', () => {
    const wc = fake.windows[0]!.webContents;
    const prevent = vi.fn();
    wc.handlers.get('will-navigate')!({ preventDefault: prevent }, 'https://evil.example/');
    expect(prevent).toHaveBeenCalled();
  });

  it('denies every permission request and sets the Content Security Policy header', () => {
    const cb = vi.fn();
    fake.state.permission!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    const done = vi.fn();
    fake.state.headers!({ responseHeaders: {} }, done);
    expect(String(done.mock.calls[0]![0].responseHeaders['Content-Security-Policy'])).toContain("default-src 'self'");
  });

  it('refuses contract calls from web contents it did not create', async () => {
    const r = await fake.ipc.get('chronik:listTimelines')!({ sender: { stranger: true } }, {});
    expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('has File, Edit and View menus whose app commands go to the renderer', () => {
    const menu = fake.state.menu as { label?: string; submenu?: { label?: string; click?: unknown }[] }[];
    const labels = menu.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View']));
    const edit = menu.find((m) => m.label === '&Edit')!;
    expect(edit.submenu!.find((i) => i.label === 'Undo')!.click).toBeTypeOf('function');
  });

  it('prints the briefing with printToPDF in a hidden window with JavaScript off', async () => {
    const r = (await fake.ipc.get('chronik:exportBriefingPdf')!({ sender: fake.windows[0]!.webContents }, { timelineId: 1 })) as { ok: boolean; value: { base64: string } };
    expect(r).toMatchObject({ ok: true });
    expect(Buffer.from(r.value.base64, 'base64').toString()).toContain('%PDF');
    const printer = fake.windows.find((w) => w.webContents.printed.length)!;
    expect(printer.opts).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    expect(printer.destroyed).toBe(true);
  });
});
