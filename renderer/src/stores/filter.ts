/**
 * What the analyst narrows the view to: the filter bar (core/filter's EventFilter) and the full-text search, whose hits are highlighted on the canvas and listed.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SearchHit, TimelineEvent } from '../../../core/api';
import { applyFilter, isEmptyFilter, type EventFilter } from '../../../core/filter';
import { api } from '../api';
import { useNoticeStore } from './notices';
import { useTimelineStore } from './timeline';

export const useFilterStore = defineStore('filter', () => {
  const timeline = useTimelineStore();
  const notices = useNoticeStore();
  const filter = ref<EventFilter>({});
  /** "Without sources" is part of the shared filter, so exports and briefings honour it too. */
  const unsourcedOnly = computed({
    get: () => !!filter.value.unsourced,
    set: (on: boolean) => set({ unsourced: on || undefined }),
  });
  const query = ref('');
  const hits = ref<SearchHit[]>([]);
  let seq = 0;

  const active = computed(() => !isEmptyFilter(filter.value));
  /** The events the canvas and the list show. */
  const visible = computed<TimelineEvent[]>(() => applyFilter(timeline.events, filter.value));
  const hitIds = computed(() => new Set(hits.value.map((h) => h.eventId)));

  function set(patch: Partial<EventFilter>) {
    filter.value = { ...filter.value, ...patch };
  }
  function clear() {
    filter.value = {};
  }

  /** Runs the full-text search; an empty query clears the hits. The newest answer wins. */
  async function search(q: string) {
    query.value = q;
    const mine = ++seq;
    if (!q.trim() || timeline.currentId === null) {
      hits.value = [];
      return;
    }
    const r = await api.searchEvents({ timelineId: timeline.currentId, query: q });
    if (mine !== seq) return;
    hits.value = notices.check(r) ?? [];
  }
  function clearSearch() {
    void search('');
  }

  return { filter, unsourcedOnly, query, hits, hitIds, active, visible, set, clear, search, clearSearch };
});
