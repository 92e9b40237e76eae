/**
 * The open project as the renderer sees it: timelines, the current timeline's lanes, the selection
 * (with the selected event in full, for the panel), the settings and the undo state. The renderer
 * never holds a whole timeline: the canvas and the list ask the backend for windows and pages, and
 * refetch when `revision` moves (every saved change bumps it). All data comes from and goes to the
 * backend through `api`; a change is applied here only after the backend saved it.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { EventFilterInput, EventSummary, Input, Lane, Opening, Result, Settings, Timeline, TimelineEvent, UndoState } from '../../../core/api';
import type { Extent } from '../../../core/canvas/first-view';
import { fromSortKey, sortKey, type ChronikDate } from '../../../core/dates';
import { api } from '../api';
import { locale, setLocale, t } from '../i18n';
import { useNoticeStore } from './notices';
import { canvasWidthHint } from '../canvas/width-hint';
import { opening } from '../first-question';

export type EventPatch = Omit<Input<'updateEvent'>, 'id'>;

export type { Extent };
/** The window of the view the canvas opens on, as it came with the first screen. */
export type FirstWindow = NonNullable<NonNullable<Opening['current']>['window']> & { timelineId: number };

export const useTimelineStore = defineStore('timeline', () => {
  const notices = useNoticeStore();
  const timelines = ref<Timeline[]>([]);
  const currentId = ref<number | null>(null);
  const lanes = ref<Lane[]>([]);
  const selectedIds = ref<number[]>([]);
  /** The first selected event in full (tags, sources, entities), for the event panel. */
  const selected = shallowRef<TimelineEvent | null>(null);
  const settings = ref<Settings | null>(null);
  const loaded = ref(false);
  const undoState = ref<UndoState>({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  /** The timeline whose lanes are loaded now (the canvas restores its view when it changes). */
  const loadedTimelineId = ref<number | null>(null);
  /** The first and last event of the loaded timeline in time order, as it was loaded (not kept up to date by edits). */
  const extent = shallowRef<(Extent & { timelineId: number }) | null>(null);
  /** Moves on every saved change of events: windows, pages and counts are asked for again. */
  const revision = ref(0);
  /** The first window, until the canvas takes it (takeFirstWindow). */
  let firstWindow: FirstWindow | null = null;

  const current = computed(() => timelines.value.find((x) => x.id === currentId.value) ?? null);
  const colorBy = computed(() => settings.value?.colorBy ?? 'kind');
  /** How many events the current timeline holds. */
  const eventCount = computed(() => current.value?.eventCount ?? 0);

  async function refreshUndo() {
    const s = await api.undoState({ timelineId: currentId.value, locale: locale.value });
    if (s.ok) undoState.value = s.value;
  }
  // Undo labels come from the journal in the UI language.
  watch(locale, () => void refreshUndo());

  /** Loads the first selected event in full; a selection that no longer exists is dropped. */
  let selSeq = 0;
  async function refreshSelected() {
    const id = selectedIds.value[0];
    const mine = ++selSeq;
    if (id === undefined) {
      selected.value = null;
      return;
    }
    const r = await api.getEvent({ id });
    if (mine !== selSeq) return;
    if (r.ok && r.value.timelineId === currentId.value) selected.value = r.value;
    else {
      selected.value = null;
      selectedIds.value = selectedIds.value.filter((x) => x !== id);
    }
  }
  watch(selectedIds, () => void refreshSelected());

  async function loadTimelines() {
    const list = notices.check(await api.listTimelines());
    if (list) timelines.value = list;
  }

  /** The first and last event of a timeline in time order (under a filter): what a fit shows. */
  async function extentOf(timelineId: number, filter: EventFilterInput = {}): Promise<Extent> {
    const [a, z] = await Promise.all([
      api.stepEvent({ timelineId, filter, direction: 'first' }),
      api.stepEvent({ timelineId, filter, direction: 'last' }),
    ]);
    return { first: a.ok ? a.value : null, last: z.ok ? z.value : null };
  }

  async function loadCurrent() {
    if (currentId.value === null) {
      lanes.value = [];
      loadedTimelineId.value = null;
      selectedIds.value = [];
      revision.value++;
      await refreshUndo();
      return;
    }
    const id = currentId.value;
    // The first and last event come with the lanes: the canvas fits or restores its view from them
    // without another round trip before its first draw.
    const [l, ends] = await Promise.all([api.listLanes({ timelineId: id }), extentOf(id)]);
    if (id !== currentId.value) return;
    await takeLoaded(id, notices.check(l) ?? [], ends);
  }

  /** A timeline's lanes and extent arrived: the canvas restores its view, the list and counts ask theirs. */
  async function takeLoaded(id: number, laneList: Lane[], ends: Extent) {
    lanes.value = laneList;
    extent.value = { timelineId: id, ...ends };
    revision.value++;
    // Last: the canvas takes the timeline in at once (it asks for its first window before anything else).
    loadedTimelineId.value = id;
    await Promise.all([refreshSelected(), refreshUndo()]);
  }

  /**
   * First load in one round trip (each one before the first draw is felt): settings (language, last
   * timeline), the timeline list, and the timeline to show with its lanes and first and last event.
   */
  async function init() {
    // With the canvas's width, the first screen brings the window of the canvas's first view along.
    const o = notices.check(await opening(canvasWidthHint()));
    if (o) {
      firstWindow = o.current?.window ? { ...o.current.window, timelineId: o.current.timelineId } : null;
      settings.value = o.settings;
      setLocale(o.settings.language ?? null);
      timelines.value = o.timelines;
      currentId.value = o.current?.timelineId ?? null;
      if (o.current) await takeLoaded(o.current.timelineId, o.current.lanes, { first: o.current.first, last: o.current.last });
      else await loadCurrent();
      // The canvas took it when it was built for the timeline (synchronously, above), or never will.
      firstWindow = null;
    } else {
      // The notice says what went wrong; whatever can still be read is shown.
      await loadTimelines();
      currentId.value = timelines.value[0]?.id ?? null;
      await loadCurrent();
    }
    loaded.value = true;
  }

  /** The first window of timeline `id` when it came with the first screen (taken once, while the first screen is taken in). */
  function takeFirstWindow(id: number): FirstWindow | null {
    const w = firstWindow?.timelineId === id ? firstWindow : null;
    firstWindow = null;
    return w;
  }

  async function open(id: number) {
    currentId.value = id;
    selectedIds.value = [];
    await loadCurrent();
    await saveSettings({ lastTimelineId: id });
  }

  async function saveSettings(patch: Partial<Settings>) {
    const s = notices.check(await api.updateSettings(patch));
    if (s) settings.value = s;
  }

  function select(ids: number[]) {
    if (ids.length === selectedIds.value.length && ids.every((x, i) => x === selectedIds.value[i])) return;
    selectedIds.value = ids;
  }

  /** Selects an event given by id if it belongs to the open timeline (a link from the source reader, a search hit). */
  async function selectEvent(id: number): Promise<boolean> {
    const r = await api.eventSummaries({ ids: [id] });
    if (!r.ok || r.value[0]?.timelineId !== currentId.value) return false;
    select([id]);
    return true;
  }

  /** Events of the open (or the given) timeline within `days` of a date, in time order (at most 500): merge targets. */
  async function eventsNear(date: ChronikDate, days: number, timelineId = currentId.value): Promise<EventSummary[]> {
    if (timelineId === null) return [];
    const key = sortKey(date, 'start');
    const at = (k: number) => fromSortKey(k, 'day');
    const r = await api.listPage({ timelineId, filter: { from: at(key - days * 1440), to: at(key + days * 1440) }, limit: 500 });
    return r.ok ? r.value.rows : [];
  }

  /** Takes in an event the backend saved: the panel shows it, windows and pages refetch. */
  function putEvent(ev: TimelineEvent, created = false) {
    if (selectedIds.value[0] === ev.id) selected.value = ev;
    const tl = timelines.value.find((x) => x.id === ev.timelineId);
    if (tl && created) tl.eventCount++;
    revision.value++;
  }

  // ------------------------------------------------------------ events

  async function createEvent(input: Omit<Input<'createEvent'>, 'timelineId'>): Promise<TimelineEvent | undefined> {
    if (currentId.value === null) return;
    const ev = notices.check(await api.createEvent({ ...input, timelineId: currentId.value }));
    if (ev) {
      selected.value = ev;
      selectedIds.value = [ev.id];
      putEvent(ev, true);
      void refreshUndo();
    }
    return ev;
  }

  /** Saves a change to one event; the event as saved, or undefined after showing why not. */
  async function updateEvent(id: number, patch: EventPatch): Promise<TimelineEvent | undefined> {
    const ev = notices.check(await api.updateEvent({ id, ...patch }));
    if (ev) {
      putEvent(ev);
      void refreshUndo();
    }
    return ev;
  }

  async function deleteEvents(ids: number[]): Promise<boolean> {
    if (!ids.length) return false;
    const before = await api.eventSummaries({ ids });
    const titles = before.ok ? before.value.map((e) => e.title) : [];
    const r = notices.check(await api.deleteEvents({ ids }));
    if (!r) return false;
    selectedIds.value = selectedIds.value.filter((id) => !ids.includes(id));
    const tl = current.value;
    if (tl) tl.eventCount -= ids.length;
    revision.value++;
    await refreshUndo();
    notices.push('info', titles.length === 1 ? t('notice.deleted', { title: titles[0]! }) : t('notice.deletedMany', { n: ids.length }), 8000,
      { label: t('command.undo'), run: () => void step('undo') });
    return true;
  }

  /** Runs a change the backend reports as the new event (sources, entities), then keeps it. */
  async function eventChange(call: Promise<Result<TimelineEvent>>): Promise<TimelineEvent | undefined> {
    const ev = notices.check(await call);
    if (ev) {
      putEvent(ev);
      void refreshUndo();
    }
    return ev;
  }

  /** After a change made elsewhere (an import): the list of timelines, the lanes, every window. */
  async function reload() {
    await loadTimelines();
    await loadCurrent();
  }

  // ------------------------------------------------------------ lanes

  async function laneChange<T>(call: Promise<Result<T>>): Promise<T | undefined> {
    const r = notices.check(await call);
    if (r !== undefined) await loadCurrent();
    return r;
  }
  const createLane = (name: string) => laneChange(api.createLane({ timelineId: currentId.value!, name }));
  const renameLane = (id: number, name: string) => laneChange(api.renameLane({ id, name }));
  const reorderLanes = (laneIds: number[]) => laneChange(api.reorderLanes({ timelineId: currentId.value!, laneIds }));
  const deleteLane = (id: number) => laneChange(api.deleteLane({ id }));

  // ------------------------------------------------------------ timelines

  async function createTimeline(title: string) {
    const tl = notices.check(await api.createTimeline({ title }));
    if (!tl) return;
    await loadTimelines();
    await open(tl.id);
    return tl;
  }
  async function renameTimeline(id: number, title: string) {
    const tl = notices.check(await api.updateTimeline({ id, title }));
    if (tl) await loadTimelines();
    await refreshUndo();
    return tl;
  }
  async function duplicateTimeline(id: number) {
    const tl = notices.check(await api.duplicateTimeline({ id }));
    if (!tl) return;
    await loadTimelines();
    await open(tl.id);
    return tl;
  }
  async function deleteTimeline(id: number) {
    const r = notices.check(await api.deleteTimeline({ id }));
    if (!r) return false;
    await loadTimelines();
    if (currentId.value === id) {
      const next = timelines.value[0]?.id ?? null;
      if (next !== null) await open(next);
      else {
        currentId.value = null;
        await loadCurrent();
      }
    } else await refreshUndo();
    return true;
  }

  // ------------------------------------------------------------ undo / redo

  /** Undo or redo the last change through the journal, then reload what it may have touched. */
  async function step(direction: 'undo' | 'redo') {
    const before = undoState.value;
    const where = { timelineId: currentId.value, locale: locale.value };
    const r = direction === 'undo' ? await api.undo(where) : await api.redo(where);
    const s = notices.check(r);
    if (!s) return;
    undoState.value = s;
    await loadTimelines();
    if (currentId.value === null || !timelines.value.some((x) => x.id === currentId.value)) {
      currentId.value = timelines.value[0]?.id ?? null;
    }
    await loadCurrent();
    const label = direction === 'undo' ? before.undoLabel : before.redoLabel;
    if (label) notices.push('info', t(direction === 'undo' ? 'notice.undone' : 'notice.redone', { label }), 3000);
  }

  return {
    timelines, currentId, current, lanes, selectedIds, selected, settings, loaded, loadedTimelineId, extent, extentOf, undoState, colorBy, revision, eventCount,
    init, takeFirstWindow, loadTimelines, loadCurrent, reload, open, saveSettings, select, selectEvent, eventsNear, refreshUndo,
    createEvent, updateEvent, deleteEvents, eventChange,
    createLane, renameLane, reorderLanes, deleteLane,
    createTimeline, renameTimeline, duplicateTimeline, deleteTimeline,
    undo: () => step('undo'), redo: () => step('redo'),
  };
});
