/**
 * The article import as the renderer runs it: inputs → one analysis per article
 * (a batch, cancellable: nothing is stored before the end) → the review's decisions → one
 * one `importArticles` batch. Also opens the source reader. The views are in src/import/.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ArticleDraft, Candidate, EventSummary, Lane } from '../../../core/api';
import type { ChronikDate } from '../../../core/dates';
import { api } from '../api';
import { canvasView, windowAround } from '../canvas/canvas-view';
import { t } from '../i18n';
import {
  candidateRef, carryDecisions, filterCounts, hasDate, importPayload, proposal, proposedAction, visibleRows,
  type Action, type CandidateEdit, type Decision, type MergeTarget, type ReviewArticle, type ReviewFilter, type ReviewSort,
} from '../import/review-model';
import type { QueuedInput, Refusal } from '../import/read-files';
import { useNoticeStore } from './notices';
import { useTimelineStore } from './timeline';
import { useUiStore } from './ui';

export type ImportPhase = 'input' | 'analyzing' | 'review' | 'importing';

/** One row of the review list: a candidate of an article. */
export interface ReviewRow {
  article: ReviewArticle;
  articleIndex: number;
  candidate: Candidate;
  ref: string;
}

export const IMPORT_DIALOG = 'import-articles';
export const READER_DIALOG = 'source-reader';

export const useImportStore = defineStore('import', () => {
  const ui = useUiStore();
  const timeline = useTimelineStore();
  const notices = useNoticeStore();

  const phase = ref<ImportPhase>('input');
  const articles = ref<ReviewArticle[]>([]);
  /** Inputs the backend (or the size check) refused, with its message. */
  const failures = ref<Refusal[]>([]);
  const progress = ref({ done: 0, total: 0, label: '' });
  const cursor = ref(0);
  /** Files dropped on the window before the view was open: the view picks them up. */
  const pending = shallowRef<QueuedInput[]>([]);
  /** Bumped by a cancel: an analysis of an older generation is dropped when it returns. */
  let generation = 0;
  /** Names the running batch's analyses, so Cancel can stop the one in progress on the backend. */
  let requestId = '';
  let nextKey = 1;

  const rows = computed<ReviewRow[]>(() => articles.value.flatMap((article, articleIndex) =>
    article.draft.candidates.map((candidate) => ({ article, articleIndex, candidate, ref: candidateRef(article, candidate) }))));
  /** Where accepted events go: a timeline's id, or null for a new one named `newTitle`. */
  const targetId = ref<number | null>(null);
  const newTitle = ref('');
  /** The lanes of the target timeline (the candidate form offers them). */
  const targetLanes = ref<Lane[]>([]);
  const sort = ref<ReviewSort>('position');
  const filter = ref<ReviewFilter>('all');
  /** The rows as the list shows them (sorted, filtered): the cursor and the keys walk these. */
  const visible = computed<ReviewRow[]>(() => visibleRows(rows.value, decisionOf, sort.value, filter.value));
  const filterCount = computed(() => filterCounts(rows.value, decisionOf));
  const current = computed<ReviewRow | null>(() => visible.value[cursor.value] ?? null);
  const counts = computed(() => {
    const n = { pending: 0, accept: 0, merge: 0, reject: 0 };
    for (const r of rows.value) n[decisionOf(r).action]++;
    return n;
  });

  function decisionOf(r: ReviewRow): Decision {
    return r.article.decisions[r.candidate.id] ?? proposal(r.candidate);
  }

  /** Chooses the target timeline (null: a new one); its lanes are loaded for the form. */
  async function setTarget(id: number | null) {
    targetId.value = id;
    targetLanes.value = [];
    if (id === null) return;
    const lanes = notices.check(await api.listLanes({ timelineId: id }));
    if (lanes && targetId.value === id) targetLanes.value = lanes;
  }

  /** Events of the target timeline within `days` of a date (merge targets). */
  async function eventsNear(date: ChronikDate, days: number): Promise<EventSummary[]> {
    return targetId.value === null ? [] : timeline.eventsNear(date, days, targetId.value);
  }

  function reset() {
    phase.value = 'input';
    void setTarget(timeline.currentId);
    newTitle.value = '';
    sort.value = 'position';
    filter.value = 'all';
    articles.value = [];
    failures.value = [];
    cursor.value = 0;
    progress.value = { done: 0, total: 0, label: '' };
  }

  /** Opens the import view; with inputs (a drop on the window) it starts analysing them at once. */
  function openImport(inputs: QueuedInput[] = []) {
    if (ui.dialog?.name !== IMPORT_DIALOG) reset();
    if (inputs.length) pending.value = [...pending.value, ...inputs];
    ui.openDialog(IMPORT_DIALOG);
  }

  function takePending(): QueuedInput[] {
    const p = pending.value;
    pending.value = [];
    return p;
  }

  /** Candidates of the articles analysed so far, for the duplicate finder across the batch. */
  function batchOf(list: ReviewArticle[]) {
    return list.flatMap((a) => a.draft.candidates.map((c) => ({ ref: candidateRef(a, c), title: c.title, start: c.start, quote: c.quote })));
  }

  async function analyzeOne(input: QueuedInput, before: ReviewArticle[], publishedAt?: ChronikDate) {
    return api.analyzeArticle({
      input: input.input,
      timelineId: targetId.value ?? undefined,
      batch: batchOf(before),
      ...(publishedAt ? { publishedAt } : {}),
      ...(requestId ? { requestId } : {}),
    });
  }

  /** Analyses the inputs one after the other; a cancel between two drops the whole batch. */
  async function analyze(inputs: QueuedInput[], refused: Refusal[] = []) {
    if (phase.value === 'analyzing' || phase.value === 'importing') return;
    const gen = ++generation;
    requestId = `batch-${gen}-${crypto.randomUUID()}`;
    failures.value = [...refused];
    const done: ReviewArticle[] = [...articles.value];
    phase.value = 'analyzing';
    progress.value = { done: 0, total: inputs.length, label: inputs[0]?.label ?? '' };
    for (const [i, q] of inputs.entries()) {
      progress.value = { done: i, total: inputs.length, label: q.label };
      const r = await analyzeOne(q, done);
      if (gen !== generation) return;
      if (!r.ok && r.code === 'CANCELLED') break;
      if (!r.ok) {
        failures.value = [...failures.value, { label: q.label, message: r.message }];
        continue;
      }
      const draft = r.value;
      const article: ReviewArticle = { key: `a${nextKey++}`, label: q.label, input: q.input, draft, decisions: {} };
      for (const c of draft.candidates) article.decisions[c.id] = proposal(c);
      done.push(article);
    }
    progress.value = { done: inputs.length, total: inputs.length, label: '' };
    articles.value = done;
    phase.value = done.length ? 'review' : 'input';
    cursor.value = Math.min(cursor.value, Math.max(0, visible.value.length - 1));
  }

  /** Moves the cursor by `by` rows of the visible list (clamped). */
  function move(by: number) {
    const n = visible.value.length;
    if (n) cursor.value = Math.max(0, Math.min(n - 1, cursor.value + by));
  }

  /**
   * Runs a decision on the current row, then moves to the row that followed it in the visible
   * order, also when the decision takes the row out of the list (the "open" filter).
   */
  function decideAndAdvance(run: (r: ReviewRow) => boolean): boolean {
    const r = current.value;
    if (!r) return false;
    const next = visible.value[cursor.value + 1] ?? null;
    if (!run(r)) return false;
    // Rows are rebuilt on every change: find them again by their ref.
    const list = visible.value;
    const at = next ? list.findIndex((x) => x.ref === next.ref) : -1;
    const here = list.findIndex((x) => x.ref === r.ref);
    if (at >= 0) cursor.value = at;
    else if (here >= 0) cursor.value = here; // the last row: stay on it
    else cursor.value = Math.max(0, Math.min(cursor.value, list.length - 1));
    return true;
  }

  /** Another sort or filter: the cursor stays on the same candidate when it is still listed. */
  function setView(next: { sort?: ReviewSort; filter?: ReviewFilter }) {
    const r = current.value;
    if (next.sort) sort.value = next.sort;
    if (next.filter) filter.value = next.filter;
    const at = r ? visible.value.findIndex((x) => x.ref === r.ref) : -1;
    cursor.value = at >= 0 ? at : 0;
  }

  /** Puts the cursor on a candidate (a click in the article); shows all rows when the filter hides it. */
  function goTo(ref: string) {
    if (!visible.value.some((x) => x.ref === ref)) filter.value = 'all';
    const at = visible.value.findIndex((x) => x.ref === ref);
    if (at >= 0) cursor.value = at;
  }

  /** Stops a batch: the analysis in progress is stopped, the ones so far dropped; nothing was stored. */
  function cancelBatch() {
    if (requestId) void api.cancelAnalysis({ requestId });
    requestId = '';
    generation++;
    articles.value = [];
    phase.value = 'input';
    progress.value = { done: 0, total: 0, label: '' };
  }

  function setDecision(r: ReviewRow, patch: Partial<Decision>) {
    const a = r.article;
    a.decisions = { ...a.decisions, [r.candidate.id]: { ...decisionOf(r), ...patch } };
    articles.value = [...articles.value];
  }

  /**
   * Sets a candidate's action; false (and nothing changes) when an accept lacks a date. Deciding
   * the same again keeps it (R on a rejected candidate stays rejected); 'pending' resets it to open.
   */
  function decide(r: ReviewRow, action: Action): boolean {
    const d = decisionOf(r);
    if (action === 'accept' && !hasDate(r.candidate, d)) return false;
    if (action === 'merge' && !d.mergeInto) return false;
    setDecision(r, { action });
    return true;
  }

  function confirm(r: ReviewRow): boolean {
    return decide(r, proposedAction(decisionOf(r)));
  }

  function saveEdit(r: ReviewRow, edit: CandidateEdit) {
    setDecision(r, { edit, action: 'accept' });
  }

  function mergeInto(r: ReviewRow, target: MergeTarget) {
    setDecision(r, { mergeInto: target, action: 'merge' });
  }

  /** Accept-all confirms every undecided candidate that can be (merges stay merges); reject-all rejects them. */
  function decideAll(kind: 'accept' | 'reject') {
    for (const a of articles.value) {
      const next = { ...a.decisions };
      for (const c of a.draft.candidates) {
        const d = next[c.id] ?? proposal(c);
        if (kind === 'reject') next[c.id] = { ...d, action: 'reject' };
        else if (d.action === 'pending' && (d.mergeInto || hasDate(c, d))) next[c.id] = { ...d, action: proposedAction(d) };
      }
      a.decisions = next;
    }
    articles.value = [...articles.value];
  }

  /** Re-analyses one article with another publication date: every relative date is resolved again. */
  async function setPublishedAt(articleIndex: number, date: ChronikDate): Promise<boolean> {
    const a = articles.value[articleIndex];
    if (!a) return false;
    const r = await analyzeOne({ label: a.label, input: a.input }, articles.value.slice(0, articleIndex), { value: date.value, precision: 'day' });
    const draft: ArticleDraft | undefined = notices.check(r);
    if (!draft) return false;
    const next: ReviewArticle = { ...a, draft, decisions: carryDecisions(a, draft) };
    articles.value = articles.value.map((x, i) => (i === articleIndex ? next : x));
    return true;
  }

  /**
   * Stores every article with something accepted or merged in ONE batch call (one undo step,
   * all or nothing), then shows the new events.
   */
  async function importAll(): Promise<boolean> {
    if (phase.value !== 'review') return false;
    const title = newTitle.value.trim();
    if (targetId.value === null && !title) {
      notices.push('error', t('import.needTargetName'));
      return false;
    }
    const batchIndex = new Map<string, number>();
    const batch: NonNullable<ReturnType<typeof importPayload>>[] = [];
    for (const a of articles.value) {
      const payload = importPayload(a, batchIndex);
      if (!payload) continue;
      batchIndex.set(a.key, batch.length);
      batch.push(payload);
    }
    if (!batch.length) return false;
    phase.value = 'importing';
    progress.value = { done: 0, total: articles.value.length, label: '' };
    // A new timeline is created first; when the import then fails it is deleted again.
    const created = targetId.value === null ? notices.check(await api.createTimeline({ title })) : undefined;
    const tlId = created?.id ?? targetId.value;
    if (tlId === null) {
      phase.value = 'review';
      return false;
    }
    const results = notices.check(await api.importArticles({ timelineId: tlId, articles: batch }));
    if (!results) {
      // Nothing was stored: the batch is all or nothing; the review stays open as it was.
      if (created) await api.deleteTimeline({ id: created.id });
      phase.value = 'review';
      return false;
    }
    const events = results.flatMap((r) => [...r.created, ...r.merged].map((c) => c.event));
    const ids = [...new Set(events.map((e) => e.id))];
    const added = results.reduce((n, r) => n + r.created.length, 0);
    const merged = results.reduce((n, r) => n + r.merged.length, 0);
    await showImported(tlId, events);
    timeline.select(ids);
    if (added || merged) {
      notices.push('info', t('import.done', { added, merged }), 10000, { label: t('command.undo'), run: () => void timeline.undo() });
    }
    reset();
    ui.closeDialog();
    return true;
  }

  /** Opens the target timeline with its view window around the imported events (remembered, like a window the analyst chose). */
  async function showImported(tlId: number, events: Array<Pick<EventSummary, 'start' | 'end'>>) {
    const around = windowAround(events);
    if (around) await timeline.saveSettings({ viewWindows: { [String(tlId)]: { start: around.start.toISOString(), end: around.end.toISOString() } } });
    await timeline.loadTimelines();
    if (tlId !== timeline.currentId) {
      await timeline.open(tlId); // the canvas restores the window saved above
      return;
    }
    await timeline.loadCurrent();
    if (around) canvasView.current?.showRange(around.start, around.end);
  }

  function close() {
    if (phase.value === 'analyzing') cancelBatch();
    reset();
    if (ui.dialog?.name === IMPORT_DIALOG) ui.closeDialog();
  }

  /** Opens the reader on a stored source: its text with every quoted passage highlighted. */
  function openSourceReader(sourceId: number, eventId?: number) {
    ui.openDialog(READER_DIALOG, { sourceId, eventId });
  }

  return {
    phase, articles, failures, progress, cursor, rows, visible, sort, filter, filterCount, current, counts, pending,
    targetId, newTitle, targetLanes, setTarget, eventsNear,
    decisionOf, openImport, takePending, analyze, cancelBatch, move, decideAndAdvance, setView, goTo,
    decide, confirm, saveEdit, mergeInto, decideAll,
    setPublishedAt, importAll, close, reset, openSourceReader,
  };
});
