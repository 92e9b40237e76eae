/**
 * The article importer over the contract. `analyzeArticle` reads and proposes (writes nothing);
 * `importArticle` stores the analyst's decisions in one undoable change.
 */
import { ChronikError, type ImportResult, type Parsed, type TimelineEvent } from '../core/api';
import type { importMethods } from '../core/contract/import';
import type { ChronikDate } from '../core/dates';
import type { BatchItem, KnownEvent } from '../core/extract';
import { bulk, events, sources, timelines, type DB } from '../db';
import { contentHash } from './article/analyze';
import type { AnalysisRunner } from './article/analysis-runner';
import { sanitizeArticleHtml } from './article/html';
import { readInput } from './article/read-input';
import { toDate, type Context, type Handlers } from './context';
import type { ChangeSet } from '../db/journal';
import type { HistoryLabel } from '../core/history-labels';
import { insertEvent, requireEvent } from './events';
import { insertSource, linkSource, requireSource } from './sources';
import { requireTimeline } from './timelines';

type BatchArticle = Parsed<'importArticles'>['articles'][number];
type Decision = BatchArticle['decisions'][number];

interface Step {
  d: Decision;
  link: { quote: string; quoteStart: number | null; quoteEnd: number | null } | null;
  start: ChronikDate | null;
  end: ChronikDate | null;
}

interface ArticlePlan {
  title: string;
  article: BatchArticle['article'];
  hash: string;
  html: string | null;
  publishedAt: ChronikDate | null;
  steps: Step[];
}

/** The timeline's events as the duplicate finder sees them. */
function knownEvents(db: DB, timelineId: number): KnownEvent[] {
  return events.queryEvents(db, { timelineId }).map((e) => ({
    id: e.id,
    title: e.title,
    start: e.start,
    end: e.end,
    text: [e.description, ...e.sources.map((s) => s.quote)].join(' '),
  }));
}

function batchItems(batch: Parsed<'analyzeArticle'>['batch']): BatchItem[] {
  return (batch ?? []).map((b) => {
    let start: ChronikDate | null = null;
    try {
      start = b.start ? toDate(b.start, 'batch.start') : null;
    } catch {
      start = null; // An undated batch item can still be compared by text… but never matches without a date.
    }
    return { ref: b.ref, title: b.title, start, quote: b.quote ?? '' };
  });
}

/**
 * Checks one decision against the article text and returns its quote offsets: the quote must be
 * verbatim in the text; offsets that do not point at it are corrected, a quote not found refused.
 */
function checkQuote(d: Decision, text: string, n: number): { quote: string; quoteStart: number | null; quoteEnd: number | null } {
  const c = d.candidate;
  const quote = c.quote ?? '';
  if (!quote) return { quote: '', quoteStart: null, quoteEnd: null };
  if (c.quoteStart != null && c.quoteEnd != null && text.slice(c.quoteStart, c.quoteEnd) === quote) {
    return { quote, quoteStart: c.quoteStart, quoteEnd: c.quoteEnd };
  }
  const at = text.indexOf(quote);
  if (at < 0) throw new ChronikError('VALIDATION', `Decision ${n} (“${c.title}”): the quote is not in the article text`, `decisions.${n - 1}.candidate.quote`);
  return { quote, quoteStart: at, quoteEnd: at + quote.length };
}

/**
 * Checks one article of a batch without writing: quotes verbatim in the text, merge targets in
 * this timeline (or accepted candidates of earlier articles), a date on every accepted candidate.
 * Never trusts what comes back from the client: the text is re-hashed, the HTML re-sanitized.
 */
function planArticle(db: DB, timelineId: number, a: BatchArticle, index: number): ArticlePlan {
  const where = (i: number) => `articles.${index}.decisions.${i}`;
  const steps = a.decisions.map((d, i): Step => {
    const n = i + 1;
    if (d.action === 'reject') return { d, link: null, start: null, end: null };
    const link = checkQuote(d, a.article.text, n);
    if (d.action === 'merge') {
      if (d.mergeIntoCandidate) {
        const ref = d.mergeIntoCandidate;
        if (ref.article >= index) throw new ChronikError('VALIDATION', `Decision ${n} (“${d.candidate.title}”) merges into a candidate of article ${ref.article + 1}, which is not an earlier article of the batch`, `${where(i)}.mergeIntoCandidate`);
      } else {
        if (d.mergeInto === undefined) throw new ChronikError('VALIDATION', `Decision ${n} (“${d.candidate.title}”) merges but names no event (mergeInto)`, `${where(i)}.mergeInto`);
        const target = requireEvent(db, d.mergeInto);
        if (target.timelineId !== timelineId) throw new ChronikError('VALIDATION', `Decision ${n}: event ${d.mergeInto} belongs to another timeline`, `${where(i)}.mergeInto`);
        return { d, link, start: null, end: null };
      }
    }
    // Accepted, or merged into a batch candidate (which becomes a new event when that one was not accepted).
    if (!d.candidate.start) {
      if (d.action === 'merge') return { d, link, start: null, end: null };
      throw new ChronikError('VALIDATION', `Decision ${n} (“${d.candidate.title}”) has no date; give it one (or the article's publication date) before accepting`, `${where(i)}.candidate.start`);
    }
    const start = toDate(d.candidate.start, `${where(i)}.candidate.start`);
    const end = d.candidate.end ? toDate(d.candidate.end, `${where(i)}.candidate.end`) : null;
    const laneId = d.candidate.laneId;
    if (laneId != null && timelines.getLane(db, laneId)?.timelineId !== timelineId) {
      throw new ChronikError('VALIDATION', `Decision ${n} (“${d.candidate.title}”): lane ${laneId} is not a lane of this timeline`, `${where(i)}.candidate.laneId`);
    }
    return { d, link, start, end };
  });
  return {
    title: a.article.meta.title || a.article.meta.url || 'untitled article',
    article: a.article,
    hash: contentHash(a.article.text),
    html: a.article.html ? sanitizeArticleHtml(a.article.html) : null,
    publishedAt: a.article.meta.publishedAt ? toDate(a.article.meta.publishedAt, `articles.${index}.article.meta.publishedAt`) : null,
    steps,
  };
}

interface StoredArticle {
  sourceId: number | null;
  sourceCreated: boolean;
  created: Array<{ candidateId: string | null; id: number }>;
  merged: Array<{ candidateId: string | null; id: number }>;
  rejected: number;
}

/**
 * Stores one planned article inside the batch's change; `eventOf` maps "article:candidate" to the
 * event it became. New events and sources go into the change's batch (undo hides them at once).
 */
function storeArticle(db: DB, cs: ChangeSet, batchId: number, timelineId: number, plan: ArticlePlan, index: number, eventOf: Map<string, number>): StoredArticle {
  const rejected = plan.steps.filter((p) => p.d.action === 'reject').length;
  if (rejected === plan.steps.length) return { sourceId: null, sourceCreated: false, created: [], merged: [], rejected };
  const { article } = plan;
  let sourceId = sources.findSourceByHash(db, plan.hash)?.id;
  const sourceCreated = sourceId === undefined;
  if (sourceId === undefined) {
    sourceId = insertSource(db, {
      url: article.meta.url ?? null,
      title: plan.title,
      publisher: article.meta.publisher ?? '',
      author: article.meta.byline ?? '',
      publishedAt: plan.publishedAt,
      language: article.meta.language ?? null,
      text: article.text,
      html: plan.html,
      contentHash: plan.hash,
    }, batchId);
  }
  const created: StoredArticle['created'] = [];
  const merged: StoredArticle['merged'] = [];
  let skipped = 0;
  for (const p of plan.steps) {
    if (!p.link) continue;
    const c = p.d.candidate;
    const linkInput = { sourceId, ...p.link, datePhrase: c.datePhrase ?? '', stance: c.stance ?? 'reports' } as const;
    const ref = p.d.mergeIntoCandidate;
    const target = p.d.action !== 'merge' ? undefined : ref ? eventOf.get(`${ref.article}:${ref.candidateId}`) : p.d.mergeInto;
    if (target !== undefined) {
      cs.touch('event', target);
      linkSource(db, { eventId: target, ...linkInput });
      merged.push({ candidateId: c.id ?? null, id: target });
    } else if (p.start) {
      const id = insertEvent(db, {
        timelineId, title: c.title, description: c.description ?? '', kind: c.kind, start: p.start, end: p.end,
        laneId: c.laneId ?? null, confidence: c.confidence, tags: c.tags,
      }, batchId);
      linkSource(db, { eventId: id, ...linkInput });
      created.push({ candidateId: c.id ?? null, id });
      if (c.id) eventOf.set(`${index}:${c.id}`, id);
    } else {
      skipped++; // merged into a batch candidate that was rejected, and undated itself
    }
  }
  return { sourceId, sourceCreated, created, merged, rejected: rejected + skipped };
}

/**
 * The import handlers. Analyses run on `runner` (worker threads), so the backend keeps answering
 * while one runs; `cancelAnalysis` aborts the downloads and stops the analyses of a request id.
 */
export function importHandlers(ctx: Context, runner: AnalysisRunner): Pick<Handlers, keyof typeof importMethods> {
  const { db } = ctx;
  /** Downloads in flight per request id, so a cancel can abort them. */
  const downloads = new Map<string, Set<AbortController>>();
  return {
    analyzeArticle: async (input) => {
      // Validate cheap things before reading (a download can take seconds).
      if (input.timelineId !== undefined) requireTimeline(db, input.timelineId);
      const publishedAt = input.publishedAt !== undefined ? toDate(input.publishedAt, 'publishedAt') : undefined;
      const abort = new AbortController();
      const id = input.requestId;
      if (id !== undefined) downloads.set(id, (downloads.get(id) ?? new Set()).add(abort));
      let raw: Awaited<ReturnType<typeof readInput>>;
      try {
        raw = await readInput(input.input, abort.signal);
      } finally {
        if (id !== undefined) {
          downloads.get(id)?.delete(abort);
          if (!downloads.get(id)?.size) downloads.delete(id);
        }
      }
      const draft = await runner.run({
        raw,
        opts: {
          publishedAt,
          lang: input.lang,
          known: input.timelineId !== undefined ? knownEvents(db, input.timelineId) : [],
          batch: batchItems(input.batch),
        },
      }, id);
      return { ...draft, alreadyImported: sources.findSourceByHash(db, draft.contentHash) ?? null };
    },

    cancelAnalysis: ({ requestId }) => {
      const aborts = downloads.get(requestId) ?? new Set();
      for (const a of aborts) a.abort();
      downloads.delete(requestId);
      return { cancelled: aborts.size + runner.cancel(requestId) };
    },

    importArticles: ({ timelineId, articles }) => {
      const timeline = requireTimeline(db, timelineId);
      // Check every article and decision before the transaction, so a bad one changes nothing.
      const plans = articles.map((a, i) => planArticle(db, timelineId, a, i));
      if (plans.every((p) => p.steps.every((s) => s.d.action === 'reject'))) {
        return plans.map((p) => ({ source: null, sourceCreated: false, created: [], merged: [], rejected: p.steps.length }) satisfies ImportResult);
      }
      const label: HistoryLabel = plans.length === 1 ? { key: 'importArticle', params: { title: plans[0]!.title } } : { key: 'importArticles', params: { n: plans.length } };
      const stored = ctx.change(label, timeline.id, (cs) => {
        const eventOf = new Map<string, number>();
        const batchId = bulk.createBatch(db, 'pending');
        cs.batch(batchId);
        return plans.map((plan, i) => storeArticle(db, cs, batchId, timelineId, plan, i, eventOf));
      });
      const withEvent = (x: { candidateId: string | null; id: number }): { candidateId: string | null; event: TimelineEvent } => ({ candidateId: x.candidateId, event: requireEvent(db, x.id) });
      return stored.map((r) => ({
        source: r.sourceId === null ? null : requireSource(db, r.sourceId),
        sourceCreated: r.sourceCreated,
        created: r.created.map(withEvent),
        merged: r.merged.map(withEvent),
        rejected: r.rejected,
      }) satisfies ImportResult);
    },
  };
}
