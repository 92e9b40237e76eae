/**
 * The open project as the renderer sees it: timelines, the current timeline's lanes and events,
 * the selection, the settings and the undo state. All data comes from and goes to the backend
 * through `api`; a change is applied here only after the backend saved it.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { Input, Lane, Settings, Timeline, TimelineEvent, UndoState } from '../../../core/api';
import { api } from '../api';
import { locale, setLocale, t } from '../i18n';
import { useNoticeStore } from './notices';

export type EventPatch = Omit<Input<'updateEvent'>, 'id'>;

export const useTimelineStore = defineStore('timeline', () => {
  const notices = useNoticeStore();
  const timelines = ref<Timeline[]>([]);
  const currentId = ref<number | null>(null);
  const lanes = ref<Lane[]>([]);
  // Events are replaced wholesale on change; shallow keeps Vue from deep-proxying every date.
  const events = shallowRef<TimelineEvent[]>([]);
  const selectedIds = ref<number[]>([]);
  const settings = ref<Settings | null>(null);
  const loaded = ref(false);
  const undoState = ref<UndoState>({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  /** The timeline whose lanes and events are loaded now (the canvas fits the view when it changes). */
  const loadedTimelineId = ref<number | null>(null);

  const current = computed(() => timelines.value.find((t) => t.id === currentId.value) ?? null);
  const selected = computed(() => events.value.find((e) => e.id === selectedIds.value[0]) ?? null);
  const colorBy = computed(() => settings.value?.colorBy ?? 'kind');

  async function refreshUndo() {
    const s = await api.undoState({ timelineId: currentId.value, locale: locale.value });
    if (s.ok) undoState.value = s.value;
  }
  // Undo labels come from the journal in the UI language.
  watch(locale, () => void refreshUndo());

  async function loadTimelines() {
    const list = notices.check(await api.listTimelines());
    if (list) timelines.value = list;
  }

  async function loadCurrent() {
    if (currentId.value === null) {
      lanes.value = [];
      events.value = [];
      loadedTimelineId.value = null;
      await refreshUndo();
      return;
    }
    const [l, e] = await Promise.all([api.listLanes({ timelineId: currentId.value }), api.listEvents({ timelineId: currentId.value })]);
    lanes.value = notices.check(l) ?? [];
    events.value = notices.check(e) ?? [];
    selectedIds.value = selectedIds.value.filter((id) => events.value.some((ev) => ev.id === id));
    loadedTimelineId.value = currentId.value;
    await refreshUndo();
  }

  /** First load: settings (language, last timeline), the timeline list, the last open timeline. */
  async function init() {
    settings.value = notices.check(await api.getSettings()) ?? null;
    setLocale(settings.value?.language ?? null);
    await loadTimelines();
    const last = settings.value?.lastTimelineId;
    currentId.value = timelines.value.find((t) => t.id === last)?.id ?? timelines.value[0]?.id ?? null;
    await loadCurrent();
    loaded.value = true;
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
    selectedIds.value = ids;
  }

  /** Replaces one event in the list after the backend saved it (a new array, so watchers see it). */
  function putEvent(ev: TimelineEvent) {
    const i = events.value.findIndex((e) => e.id === ev.id);
    events.value = i < 0 ? [...events.value, ev] : events.value.map((e) => (e.id === ev.id ? ev : e));
    const tl = timelines.value.find((t) => t.id === ev.timelineId);
    if (tl && i < 0) tl.eventCount++;
  }

  // ------------------------------------------------------------ events

  async function createEvent(input: Omit<Input<'createEvent'>, 'timelineId'>): Promise<TimelineEvent | undefined> {
    if (currentId.value === null) return;
    const ev = notices.check(await api.createEvent({ ...input, timelineId: currentId.value }));
    if (ev) {
      putEvent(ev);
      selectedIds.value = [ev.id];
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
    const titles = events.value.filter((e) => ids.includes(e.id)).map((e) => e.title);
    const r = notices.check(await api.deleteEvents({ ids }));
    if (!r) return false;
    events.value = events.value.filter((e) => !ids.includes(e.id));
    selectedIds.value = selectedIds.value.filter((id) => !ids.includes(id));
    const tl = current.value;
    if (tl) tl.eventCount -= ids.length;
    await refreshUndo();
    notices.push('info', titles.length === 1 ? t('notice.deleted', { title: titles[0]! }) : t('notice.deletedMany', { n: titles.length }), 8000,
      { label: t('command.undo'), run: () => void step('undo') });
    return true;
  }

  /** Runs a change the backend reports as the new event (sources), then keeps it. */
  async function eventChange(call: Promise<import('../../../core/api').Result<TimelineEvent>>): Promise<TimelineEvent | undefined> {
    const ev = notices.check(await call);
    if (ev) {
      putEvent(ev);
      void refreshUndo();
    }
    return ev;
  }

  // ------------------------------------------------------------ lanes

  async function laneChange<T>(call: Promise<import('../../../core/api').Result<T>>): Promise<T | undefined> {
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
    const t = notices.check(await api.createTimeline({ title }));
    if (!t) return;
    await loadTimelines();
    await open(t.id);
    return t;
  }
  async function renameTimeline(id: number, title: string) {
    const t = notices.check(await api.updateTimeline({ id, title }));
    if (t) await loadTimelines();
    await refreshUndo();
    return t;
  }
  async function duplicateTimeline(id: number) {
    const t = notices.check(await api.duplicateTimeline({ id }));
    if (!t) return;
    await loadTimelines();
    await open(t.id);
    return t;
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
    if (currentId.value === null || !timelines.value.some((t) => t.id === currentId.value)) {
      currentId.value = timelines.value[0]?.id ?? null;
    }
    await loadCurrent();
    const label = direction === 'undo' ? before.undoLabel : before.redoLabel;
    if (label) notices.push('info', t(direction === 'undo' ? 'notice.undone' : 'notice.redone', { label }), 3000);
  }

  return {
    timelines, currentId, current, lanes, events, selectedIds, selected, settings, loaded, loadedTimelineId, undoState, colorBy,
    init, loadTimelines, loadCurrent, open, saveSettings, select, refreshUndo,
    createEvent, updateEvent, deleteEvents, eventChange,
    createLane, renameLane, reorderLanes, deleteLane,
    createTimeline, renameTimeline, duplicateTimeline, deleteTimeline,
    undo: () => step('undo'), redo: () => step('redo'),
  };
});
