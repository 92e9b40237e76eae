/**
 * The real preload.ts wired to the real IPC handlers through an in-process fake of the few
 * Electron APIs they use. Values cross the fake boundary with structuredClone, as Electron's
 * IPC serialises them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, type Api, type MethodName } from '../../../core/api';
import type { HostApi } from '../../../core/host';
import { tempBackend } from '../../helpers/backend';

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: { sender: unknown }, ...args: unknown[]) => unknown>();
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const windows = new Map<unknown, { id: number }>();
  const exposed: Record<string, unknown> = {};
  const state = { sender: {} as unknown, frame: { url: 'chronik://app/index.html', parent: null } as { url: string; parent: unknown } | null };
  return {
    handlers, listeners, windows, exposed, state,
    electron: {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
      ipcRenderer: {
        async invoke(channel: string, ...args: unknown[]) {
          const h = handlers.get(channel);
          if (!h) throw new Error(`No handler registered for '${channel}'`);
          return structuredClone(await h({ sender: state.sender, senderFrame: state.frame } as never, ...structuredClone(args)));
        },
        on: (channel: string, l: (...a: unknown[]) => void) => { (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(l); },
        removeListener: (channel: string, l: (...a: unknown[]) => void) => { listeners.get(channel)?.delete(l); },
      },
      ipcMain: {
        handle: (channel: string, fn: (event: { sender: unknown }, ...args: unknown[]) => unknown) => { handlers.set(channel, fn); },
        removeHandler: (channel: string) => { handlers.delete(channel); },
      },
      BrowserWindow: { fromWebContents: (wc: unknown) => windows.get(wc) ?? null },
    },
  };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

let b: ReturnType<typeof tempBackend>;
let chronik: Api;
let host: HostApi;
const appWindow = { id: 7 };
const appContents = { name: 'app window' };
const strangerContents = { name: 'a window the app did not create' };
const opened: string[] = [];

beforeAll(async () => {
  b = tempBackend();
  const { setupIpc, ownWindowCheck } = await import('../../../electron/ipc');
  const { setupHostIpc } = await import('../../../electron/host-ipc');
  const electron = await import('electron');
  const ownIds = new Set([appWindow.id]);
  fake.windows.set(appContents, appWindow);
  fake.windows.set(strangerContents, { id: 99 });
  const { isAppUrl } = await import('../../../electron/app-protocol');
  const check = ownWindowCheck((s) => electron.BrowserWindow.fromWebContents(s as never) as { id: number } | null, ownIds, isAppUrl);
  setupIpc(electron.ipcMain as never, b, check);
  setupHostIpc(electron.ipcMain as never, { openExternal: async (url) => { opened.push(url); }, chooseSavePath: async () => undefined }, check);
  await import('../../../electron/preload');
  chronik = fake.exposed.chronik as Api;
  host = fake.exposed.chronikHost as HostApi;
  fake.state.sender = appContents;
});
afterAll(() => b.cleanup());

describe('preload bridge over the IPC handlers', () => {
  it('exposes every contract method and nothing of ipcRenderer', () => {
    expect(Object.keys(chronik).sort()).toEqual([...METHOD_NAMES].sort());
    expect(fake.exposed).not.toHaveProperty('ipcRenderer');
    expect(Object.keys(fake.exposed).sort()).toEqual(['chronik', 'chronikHost']);
  });

  it('answers every contract method through IPC with a Result', async () => {
    const tl = await chronik.createTimeline({ title: 'Bridge' });
    if (!tl.ok) throw new Error(tl.message);
    const timelineId = tl.value.id;
    const lane = await chronik.createLane({ timelineId, name: 'Lane A' });
    const laneB = await chronik.createLane({ timelineId, name: 'Lane B' });
    const ev = await chronik.createEvent({ timelineId, title: 'Crossing', start: 'Oct 23, 2024' });
    const src = await chronik.createSource({ url: 'https://example.org/bridge', title: 'Bridge source', text: 'Die Brücke stand.' });
    if (!lane.ok || !laneB.ok || !ev.ok || !src.ok) throw new Error('setup failed');
    const eventId = ev.value.id;
    const sourceId = src.value.id;
    const article = 'Am 23. Oktober 2024 trafen sich die Außenminister in Berlin. Sie vereinbarten neue Gespräche.';
    const draft = await chronik.analyzeArticle({ input: { kind: 'text', text: article }, timelineId, publishedAt: '2024-10-25' });
    if (!draft.ok) throw new Error(draft.message);
    const exported = await chronik.exportTimeline({ timelineId, format: 'json' });
    if (!exported.ok) throw new Error(exported.message);
    const streamed = await chronik.beginImport({ format: 'json', newTimelineTitle: 'Streamed copy' });
    const dropped = await chronik.beginImport({ format: 'json' });
    if (!streamed.ok || !dropped.ok) throw new Error('beginImport failed');
    const inputs: Record<MethodName, unknown> = {
      appInfo: undefined,
      listTimelines: undefined,
      createTimeline: { title: 'Second' },
      updateTimeline: { id: timelineId, title: 'Bridge renamed' },
      duplicateTimeline: { id: timelineId },
      deleteTimeline: { id: timelineId + 1 },
      listLanes: { timelineId },
      createLane: { timelineId, name: 'Lane C' },
      renameLane: { id: lane.value.id, name: 'Lane A1' },
      reorderLanes: { timelineId, laneIds: [] },
      deleteLane: { id: laneB.value.id },
      listEvents: { timelineId, from: '2024-10', to: '2024-10' },
      getEvent: { id: eventId },
      createEvent: { timelineId, title: 'Another', start: '2024' },
      updateEvent: { id: eventId, title: 'Crossing (edited)' },
      deleteEvents: { ids: [eventId] },
      searchEvents: { timelineId, query: 'another' },
      listTags: { timelineId },
      listEntities: { timelineId },
      searchAll: { query: 'Brücke' },
      listSources: undefined,
      getSourceText: { id: sourceId },
      createSource: { title: 'Another source' },
      updateSource: { id: sourceId, publisher: 'Bridge press' },
      attachSource: { eventId, sourceId, quote: 'Die Brücke stand.' },
      detachSource: { eventId, sourceId },
      undo: { timelineId },
      redo: { timelineId },
      undoState: { timelineId },
      history: { timelineId },
      opening: undefined,
      getSettings: undefined,
      updateSettings: { colorBy: 'confidence' },
      analyzeArticle: { input: { kind: 'text', text: article }, timelineId },
      cancelAnalysis: { requestId: 'nothing-running' },
      importArticles: {
        timelineId,
        articles: [{
          article: { meta: draft.value.meta, text: draft.value.text, html: draft.value.html },
          decisions: draft.value.candidates.map((candidate) => ({ candidate, action: 'accept' })),
        }],
      },
      briefingPreview: { timelineId },
      exportBriefingPdf: { timelineId },
      exportTimeline: { timelineId, format: 'markdown' },
      previewImport: { format: 'json', content: exported.value.content },
      importData: { format: 'json', content: exported.value.content, newTimelineTitle: 'Imported copy' },
      beginImport: { format: 'timelinejs', newTimelineTitle: 'Never finished' },
      pushImport: { importId: streamed.value.importId, chunk: exported.value.content },
      finishImport: { importId: streamed.value.importId },
      cancelImport: { importId: dropped.value.importId },
      timelineWindow: { timelineId, fromKey: 28_000_000, toKey: 29_000_000, buckets: 50 },
      listPage: { timelineId, limit: 10 },
      listIndexOf: { timelineId, id: eventId },
      sourceUsage: { timelineId, sourceIds: [sourceId] },
      stepEvent: { timelineId, from: null, direction: 'first' },
      searchPage: { timelineId, query: 'crossing' },
      eventSummaries: { ids: [eventId] },
    } as Record<MethodName, unknown>;
    // The order matters a little (attach before detach, delete last); the rest only needs a Result.
    const order = [...METHOD_NAMES].sort((a, c) => rank(a) - rank(c));
    for (const m of order) {
      expect(inputs, `an input for ${m}`).toHaveProperty(m);
      const r = await (chronik[m] as (i?: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>)(inputs[m]);
      expect(typeof r.ok, m).toBe('boolean');
      if (m === 'exportBriefingPdf') expect(r, 'this backend has no printer').toMatchObject({ ok: false, code: 'UNSUPPORTED' });
      else if (m !== 'reorderLanes' && m !== 'redo') expect(r, `${m}: ${r.message}`).toMatchObject({ ok: true });
    }
  });

  it('carries a refused input as a VALIDATION value, not a thrown error', async () => {
    const r = await chronik.createEvent({ timelineId: 1, title: '', start: 'nonsense' });
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('carries a missing record as a NOT_FOUND value', async () => {
    const r = await chronik.getEvent({ id: 424242 });
    expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Event 424242 does not exist' });
  });

  it('refuses messages from web contents the app did not create', async () => {
    fake.state.sender = strangerContents;
    try {
      const r = await chronik.listTimelines();
      expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await host.openExternal('https://example.org')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(opened).toEqual([]);
    } finally {
      fake.state.sender = appContents;
    }
  });

  it('refuses messages from a frame that is not the app’s own page, even in the app’s window', async () => {
    const frames = [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///home/user/page.html', parent: null },
      { url: 'chronik://app/index.html', parent: { url: 'chronik://app/index.html' } },
      { url: 'chronik://other/index.html', parent: null },
      null,
    ];
    try {
      for (const frame of frames) {
        fake.state.frame = frame;
        expect([frame?.url, await chronik.listTimelines()]).toMatchObject([frame?.url, { ok: false, code: 'FORBIDDEN' }]);
        expect(await host.openExternal('https://example.org/x')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      expect(opened).not.toContain('https://example.org/x');
    } finally {
      fake.state.frame = { url: 'chronik://app/index.html', parent: null };
    }
  });

  it('opens only http, https and mailto links outside the app', async () => {
    expect(await host.openExternal('https://example.org/a')).toMatchObject({ ok: true });
    expect(await host.openExternal('file:///etc/passwd')).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await host.openExternal('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(await host.openExternal('mailto:desk@example.org?attach=/etc/passwd')).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await host.openExternal('mailto:desk@example.org?subject=Briefing')).toMatchObject({ ok: true });
    expect(opened).toEqual(['https://example.org/a', 'mailto:desk@example.org?subject=Briefing']);
  });

  it('turns a handler that throws into an INTERNAL value in the renderer', async () => {
    fake.handlers.set('chronik:appInfo', () => { throw new Error('boom in main'); });
    const r = await chronik.appInfo();
    expect(r).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('boom in main') });
  });
});

function rank(m: MethodName): number {
  if (m === 'attachSource') return 1;
  if (m === 'detachSource') return 2;
  if (m === 'undo') return 3;
  if (m === 'redo') return 4;
  if (m === 'deleteEvents') return 5;
  if (m === 'pushImport') return 6;
  if (m === 'finishImport') return 7;
  return 0;
}
