/**
 * The article import as the renderer runs it: inputs → one analysis per article
 * (a batch, cancellable: nothing is stored before the end) → the review's decisions → one
 * one `importArticles` batch. Also opens the source reader. The views are in src/import/.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ArticleDraft, Candidate } from '../../../core/api';
import type { ChronikDate } from '../../../core/dates';
import { api } from '../api';
import { t } from '../i18n';
import {
  candidateRef, carryDecisions, hasDate, importPayload, proposal, proposedAction,
  type Action, type CandidateEdit, type Decision, type MergeTarget, type ReviewArticle,
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
  const current = computed<ReviewRow | null>(() => rows.value[cursor.value] ?? null);
  const counts = computed(() => {
    const n = { pending: 0, accept: 0, merge: 0, reject: 0 };
    for (const r of rows.value) n[decisionOf(r).action]++;
    return n;
  });

  function decisionOf(r: ReviewRow): Decision {
    return r.article.decisions[r.candidate.id] ?? proposal(r.candidate);
  }

  function reset() {
    phase.value = 'input';
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
      timelineId: timeline.currentId ?? undefined,
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
    cursor.value = Math.min(cursor.value, Math.max(0, rows.value.length - 1));
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

  /** Sets a candidate's action; false (and nothing changes) when an accept lacks a date. */
  function decide(r: ReviewRow, action: Action): boolean {
    const d = decisionOf(r);
    if (action === 'accept' && !hasDate(r.candidate, d)) return false;
    if (action === 'merge' && !d.mergeInto) return false;
    setDecision(r, { action: d.action === action && action !== 'pending' ? 'pending' : action });
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
    const tlId = timeline.currentId;
    if (tlId === null || phase.value !== 'review') return false;
    phase.value = 'importing';
    progress.value = { done: 0, total: articles.value.length, label: '' };
    const batchIndex = new Map<string, number>();
    const batch: NonNullable<ReturnType<typeof importPayload>>[] = [];
    for (const a of articles.value) {
      const payload = importPayload(a, batchIndex);
      if (!payload) continue;
      batchIndex.set(a.key, batch.length);
      batch.push(payload);
    }
    if (!batch.length) {
      phase.value = 'review';
      return false;
    }
    const results = notices.check(await api.importArticles({ timelineId: tlId, articles: batch }));
    if (!results) {
      // Nothing was stored: the batch is all or nothing; the review stays open as it was.
      phase.value = 'review';
      return false;
    }
    const ids = [...new Set(results.flatMap((r) => [...r.created, ...r.merged].map((c) => c.event.id)))];
    const added = results.reduce((n, r) => n + r.created.length, 0);
    const merged = results.reduce((n, r) => n + r.merged.length, 0);
    await timeline.loadTimelines();
    await timeline.loadCurrent();
    timeline.select(ids);
    if (added || merged) {
      notices.push('info', t('import.done', { added, merged }), 10000, { label: t('command.undo'), run: () => void timeline.undo() });
    }
    reset();
    ui.closeDialog();
    return true;
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
    phase, articles, failures, progress, cursor, rows, current, counts, pending,
    decisionOf, openImport, takePending, analyze, cancelBatch, decide, confirm, saveEdit, mergeInto, decideAll,
    setPublishedAt, importAll, close, reset, openSourceReader,
  };
});
