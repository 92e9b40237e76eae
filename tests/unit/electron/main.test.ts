/**
 * The Electron main process with a fake `electron` module: the window it creates, what it allows
 * and refuses, and the briefing printer. The real binary is not needed (nor downloaded).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  const state: {
    menu: unknown; permission?: Listener; permissionCheck?: Listener; headers?: Listener; errorBox?: [string, string];
    schemes?: Array<{ scheme: string; privileges: Record<string, boolean> }>; schemesBeforeReady?: boolean; ready: boolean;
    protocolHandlers: Map<string, (req: Request) => Promise<Response>>; spellcheckEnabled?: boolean; dictionaryUrl?: string;
  } = { menu: null, ready: false, protocolHandlers: new Map() };

  class FakeContents {
    handlers = new Map<string, Listener>();
    openHandler?: (d: { url: string }) => { action: string };
    url = 'chronik://app/index.html';
    mainFrame = { url: 'chronik://app/index.html', parent: null };
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
      whenReady: () => ready.then(() => { state.ready = true; }),
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
        setPermissionCheckHandler: (h: Listener) => { state.permissionCheck = h; },
        setSpellCheckerEnabled: (on: boolean) => { state.spellcheckEnabled = on; },
        setSpellCheckerDictionaryDownloadURL: (url: string) => { state.dictionaryUrl = url; },
        webRequest: { onHeadersReceived: (h: Listener) => { state.headers = h; } },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) => {
        state.schemes = schemes;
        state.schemesBeforeReady = !state.ready;
      },
      handle: (scheme: string, h: (req: Request) => Promise<Response>) => { state.protocolHandlers.set(scheme, h); },
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
    expect(win!.loaded[0]).toBe('chronik://app/index.html');
  });

  it('opens the sample timeline in the database named by CHRONIK_DB', async () => {
    const wc = fake.windows[0]!.webContents;
    const r = (await fake.ipc.get('chronik:listTimelines')!({ sender: wc, senderFrame: wc.mainFrame }, {})) as { ok: boolean; value: { title: string }[] };
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

  it('serves the app from its own privileged scheme, not file://, with the CSP and nothing outside the renderer', async () => {
    expect(fake.state.schemes).toEqual([{ scheme: 'chronik', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.state.schemes![0]!.privileges).not.toHaveProperty('bypassCSP');
    expect(fake.state.schemesBeforeReady).toBe(true);
    const serve = fake.state.protocolHandlers.get('chronik')!;
    const page = await serve(new Request('chronik://app/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="app">');
    expect((await serve(new Request('chronik://app/some/route'))).status).toBe(200); // an app route: index.html
    // Paths that climb out of the renderer folder get the app page or nothing, never the file.
    for (const url of ['chronik://app/../../../../etc/passwd', 'chronik://app/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'chronik://app/..%2F..%2Fpackage.json', 'chronik://app/..%5C..%5Cpackage.json']) {
      const body = await (await serve(new Request(url))).text();
      expect([url, /root:|"name": "chronik"/.test(body)]).toEqual([url, false]);
    }
    for (const url of ['chronik://other/index.html', 'chronik://app/missing.js', 'chronik://app/..%2F..%2Fpackage.json']) {
      expect([url, (await serve(new Request(url))).status]).toEqual([url, 404]);
    }
  });

  it('answers every permission check with no, and downloads no spelling dictionaries', () => {
    for (const perm of ['media', 'clipboard-read', 'geolocation', 'notifications', 'hid', 'serial']) expect(fake.state.permissionCheck!({}, perm, 'chronik://app')).toBe(false);
    expect(new URL(fake.state.dictionaryUrl!).hostname).toMatch(/\.invalid$/);
    if (process.platform !== 'darwin') {
      expect(fake.state.spellcheckEnabled).toBe(false);
      expect(fake.windows[0]!.opts.webPreferences.spellcheck).toBe(false);
    }
  });

  it('refuses contract calls from a frame that is not the app page, even in its own window', async () => {
    const wc = fake.windows[0]!.webContents;
    for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, { url: 'chronik://app/index.html', parent: wc.mainFrame }, null]) {
      expect(await fake.ipc.get('chronik:listTimelines')!({ sender: wc, senderFrame }, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('refuses contract calls from web contents it did not create', async () => {
    const r = await fake.ipc.get('chronik:listTimelines')!({ sender: { stranger: true }, senderFrame: { url: 'chronik://app/index.html', parent: null } }, {});
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
    const wc = fake.windows[0]!.webContents;
    const r = (await fake.ipc.get('chronik:exportBriefingPdf')!({ sender: wc, senderFrame: wc.mainFrame }, { timelineId: 1 })) as { ok: boolean; value: { base64: string } };
    expect(r).toMatchObject({ ok: true });
    expect(Buffer.from(r.value.base64, 'base64').toString()).toContain('%PDF');
    const printer = fake.windows.find((w) => w.webContents.printed.length)!;
    expect(printer.opts).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    expect(printer.destroyed).toBe(true);
  });
});

describe('the packaged app (electron-builder.yml)', () => {
  it('flips the fuses: no run-as-node, NODE_OPTIONS or inspector; encrypted cookies; the app only from its checked asar', () => {
    const yml = readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8');
    // The block's "  key: true|false" lines (the file is plain YAML; no parser needed for this).
    const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries(block.trim().split('\n').map((l) => l.trim().split(': ')).map(([k, v]) => [k, v === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The analysis worker and the renderer ship inside the asar with the main process.
    expect(yml).toMatch(/^files:\n {2}- dist\/\*\*\/\*$/m);
  });
});
