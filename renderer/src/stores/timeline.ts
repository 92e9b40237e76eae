/**
 * The open project as the renderer sees it: timelines, the current timeline's lanes and events,
 * the selection and the settings. All data comes from and goes to the backend through `api`.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Lane, Settings, Timeline, TimelineEvent } from '../../../core/api';
import { api } from '../api';
import { setLocale } from '../i18n';
import { useNoticeStore } from './errors';

export const useTimelineStore = defineStore('timeline', () => {
  const notices = useNoticeStore();
  const timelines = ref<Timeline[]>([]);
  const currentId = ref<number | null>(null);
  const lanes = ref<Lane[]>([]);
  // Events are replaced wholesale on reload; shallow keeps Vue from deep-proxying every date.
  const events = shallowRef<TimelineEvent[]>([]);
  const selectedIds = ref<number[]>([]);
  const settings = ref<Settings | null>(null);
  const loaded = ref(false);
  /** The timeline whose lanes and events are loaded now (the canvas fits the view when it changes). */
  const loadedTimelineId = ref<number | null>(null);

  const current = computed(() => timelines.value.find((t) => t.id === currentId.value) ?? null);
  const selected = computed(() => events.value.find((e) => e.id === selectedIds.value[0]) ?? null);

  async function loadTimelines() {
    const list = notices.check(await api.listTimelines());
    if (list) timelines.value = list;
  }

  async function loadCurrent() {
    if (currentId.value === null) {
      lanes.value = [];
      events.value = [];
      return;
    }
    const [l, e] = await Promise.all([api.listLanes({ timelineId: currentId.value }), api.listEvents({ timelineId: currentId.value })]);
    lanes.value = notices.check(l) ?? [];
    events.value = notices.check(e) ?? [];
    selectedIds.value = selectedIds.value.filter((id) => events.value.some((ev) => ev.id === id));
    loadedTimelineId.value = currentId.value;
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

  async function createTimeline(title: string) {
    const t = notices.check(await api.createTimeline({ title }));
    if (!t) return;
    await loadTimelines();
    await open(t.id);
    return t;
  }

  async function saveSettings(patch: Partial<Settings>) {
    const s = notices.check(await api.updateSettings(patch));
    if (s) settings.value = s;
  }

  function select(ids: number[]) {
    selectedIds.value = ids;
  }

  return {
    timelines, currentId, current, lanes, events, selectedIds, selected, settings, loaded, loadedTimelineId,
    init, loadTimelines, loadCurrent, open, createTimeline, saveSettings, select,
  };
});
