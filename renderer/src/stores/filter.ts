/**
 * What the analyst narrows the view to: the filter bar (core/filter's EventFilter, applied by the
 * backend to every window, page and count) and the full-text search, whose hits come in pages and
 * are highlighted on the canvas and in the list.
 */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { EventFilterInput, SearchHit } from '../../../core/api';
import { isEmptyFilter, type EventFilter } from '../../../core/filter';
import { api } from '../api';
import { useNoticeStore } from './notices';
import { useTimelineStore } from './timeline';

/**
 * Resolves after the browser painted the next frame (a message sent from the frame's callback runs
 * after it), or after 100 ms where no frames come (a hidden window).
 */
function afterPaint(): Promise<void> {
  return new Promise((done) => {
    setTimeout(done, 100);
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => done();
      c.port2.postMessage(null);
    });
  });
}

/** Hits asked for at a time. */
const HIT_PAGE = 50;

export const useFilterStore = defineStore('filter', () => {
  const timeline = useTimelineStore();
  const notices = useNoticeStore();
  const filter = ref<EventFilter>({});
  /** "Without sources" is part of the shared filter, so exports and briefings honour it too. */
  const unsourcedOnly = computed({
    get: () => !!filter.value.unsourced,
    set: (on: boolean) => set({ unsourced: on || undefined }),
  });
  /** The search the canvas and the list highlight (and the list narrows to). */
  const query = ref('');
  /** The search whose hits are listed: it leads `query` by a frame, so the hits are drawn first. */
  const listedQuery = ref('');
  const hits = ref<SearchHit[]>([]);
  /** All hits of the query (the list holds the first pages). */
  const hitTotal = ref(0);
  /** Events under the filter (null until counted). */
  const visibleCount = ref<number | null>(null);
  let seq = 0;

  const active = computed(() => !isEmptyFilter(filter.value));
  /** The filter as the contract takes it. */
  const input = computed(() => filter.value as EventFilterInput);

  function set(patch: Partial<EventFilter>) {
    filter.value = { ...filter.value, ...patch };
  }
  function clear() {
    filter.value = {};
  }

  let countSeq = 0;
  async function countVisible() {
    const id = timeline.currentId;
    const mine = ++countSeq;
    if (id === null) {
      visibleCount.value = 0;
      return;
    }
    const r = await api.listPage({ timelineId: id, filter: input.value, limit: 1 });
    if (mine === countSeq && r.ok) visibleCount.value = r.value.total;
  }
  watch(() => [filter.value, timeline.loadedTimelineId, timeline.revision] as const, () => void countVisible(), { immediate: true });

  /**
   * Runs the full-text search; an empty query clears the hits. The newest answer wins. The query
   * becomes the shown one (canvas and list highlight its hits) with its first page of hits, so the
   * hits are asked for alone first and the list of them is drawn before the canvas and list reload.
   */
  async function search(q: string) {
    const mine = ++seq;
    if (!q.trim() || timeline.currentId === null) {
      query.value = q;
      listedQuery.value = q;
      hits.value = [];
      hitTotal.value = 0;
      return;
    }
    const r = await api.searchPage({ timelineId: timeline.currentId, query: q, limit: HIT_PAGE });
    if (mine !== seq) return;
    const page = notices.check(r);
    listedQuery.value = q;
    hits.value = page?.hits ?? [];
    hitTotal.value = page?.total ?? 0;
    // The canvas and the list ask for their highlighted windows once the hits are on screen: asking
    // in the same turn kept the list of hits waiting for their requests (a few ms each) to be sent.
    await afterPaint();
    if (mine !== seq) return;
    query.value = q;
  }
  /** The next page of hits. */
  async function moreHits() {
    if (!listedQuery.value.trim() || timeline.currentId === null || hits.value.length >= hitTotal.value) return;
    const mine = seq;
    const r = await api.searchPage({ timelineId: timeline.currentId, query: listedQuery.value, offset: hits.value.length, limit: HIT_PAGE });
    if (mine !== seq) return;
    const page = notices.check(r);
    if (page) hits.value = [...hits.value, ...page.hits];
  }
  function clearSearch() {
    void search('');
  }
  // Hits follow edits and the timeline shown.
  watch(() => [timeline.loadedTimelineId, timeline.revision] as const, () => {
    if (listedQuery.value.trim()) void search(listedQuery.value);
  });

  return { filter, input, unsourcedOnly, query, listedQuery, hits, hitTotal, visibleCount, active, set, clear, search, moreHits, clearSearch };
});
