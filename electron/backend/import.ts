/**
 * The article importer over the contract. `analyzeArticle` reads and proposes (writes nothing);
 * `importArticle` stores the analyst's decisions in one undoable change.
 */
import { ChronikError, type ImportResult, type Parsed, type TimelineEvent } from '../../core/api';
import type { importMethods } from '../../core/contract/import';
import type { ChronikDate } from '../../core/dates';
import type { BatchItem, KnownEvent } from '../../core/extract';
import { events, sources, type DB } from '../../db';
import { analyzeRaw, contentHash } from './article/analyze';
import { sanitizeArticleHtml } from './article/html';
import { readInput } from './article/read-input';
import { toDate, type Context, type Handlers } from './context';
import { insertEvent, requireEvent } from './events';
import { insertSource, linkSource, requireSource } from './sources';
import { requireTimeline } from './timelines';

type Decision = Parsed<'importArticle'>['decisions'][number];

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

export function importHandlers(ctx: Context): Pick<Handlers, keyof typeof importMethods> {
  const { db } = ctx;
  return {
    analyzeArticle: async (input) => {
      // Validate cheap things before reading (a download can take seconds).
      if (input.timelineId !== undefined) requireTimeline(db, input.timelineId);
      const publishedAt = input.publishedAt !== undefined ? toDate(input.publishedAt, 'publishedAt') : undefined;
      const raw = await readInput(input.input);
      const draft = analyzeRaw(raw, {
        publishedAt,
        lang: input.lang,
        known: input.timelineId !== undefined ? knownEvents(db, input.timelineId) : [],
        batch: batchItems(input.batch),
      });
      return { ...draft, alreadyImported: sources.findSourceByHash(db, draft.contentHash) ?? null };
    },

    importArticle: ({ timelineId, article, decisions }) => {
      const timeline = requireTimeline(db, timelineId);
      // Never trust what comes back from the client: re-hash the text, re-sanitize the HTML.
      const hash = contentHash(article.text);
      const html = article.html ? sanitizeArticleHtml(article.html) : null;
      const publishedAt = article.meta.publishedAt ? toDate(article.meta.publishedAt, 'article.meta.publishedAt') : null;

      // Check every decision before the transaction, so a bad one changes nothing.
      const plan = decisions.map((d, i) => {
        const n = i + 1;
        if (d.action === 'reject') return { d, link: null, start: null, end: null };
        const link = checkQuote(d, article.text, n);
        if (d.action === 'merge') {
          if (d.mergeInto === undefined) throw new ChronikError('VALIDATION', `Decision ${n} (“${d.candidate.title}”) merges but names no event (mergeInto)`, `decisions.${i}.mergeInto`);
          const target = requireEvent(db, d.mergeInto);
          if (target.timelineId !== timelineId) throw new ChronikError('VALIDATION', `Decision ${n}: event ${d.mergeInto} belongs to another timeline`, `decisions.${i}.mergeInto`);
          return { d, link, start: null, end: null };
        }
        if (!d.candidate.start) throw new ChronikError('VALIDATION', `Decision ${n} (“${d.candidate.title}”) has no date; give it one (or the article's publication date) before accepting`, `decisions.${i}.candidate.start`);
        const start = toDate(d.candidate.start, `decisions.${i}.candidate.start`);
        const end = d.candidate.end ? toDate(d.candidate.end, `decisions.${i}.candidate.end`) : null;
        return { d, link, start, end };
      });
      const rejected = plan.filter((p) => p.d.action === 'reject').length;
      if (rejected === plan.length) return { source: null, sourceCreated: false, created: [], merged: [], rejected } satisfies ImportResult;

      const title = article.meta.title || article.meta.url || 'untitled article';
      const ids = ctx.change(`Import “${title}”`, timeline.id, (cs) => {
        let sourceId = sources.findSourceByHash(db, hash)?.id;
        const sourceCreated = sourceId === undefined;
        if (sourceId === undefined) {
          sourceId = insertSource(db, {
            url: article.meta.url ?? null,
            title,
            publisher: article.meta.publisher ?? '',
            author: article.meta.byline ?? '',
            publishedAt,
            language: article.meta.language ?? null,
            text: article.text,
            html,
            contentHash: hash,
          });
          cs.created('source', sourceId);
        }
        const created: Array<{ candidateId: string | null; id: number }> = [];
        const merged: Array<{ candidateId: string | null; id: number }> = [];
        for (const p of plan) {
          if (!p.link) continue;
          const c = p.d.candidate;
          const linkInput = { sourceId, ...p.link, datePhrase: c.datePhrase ?? '', stance: c.stance ?? 'reports' } as const;
          if (p.d.action === 'merge') {
            cs.touch('event', p.d.mergeInto!);
            linkSource(db, { eventId: p.d.mergeInto!, ...linkInput });
            merged.push({ candidateId: c.id ?? null, id: p.d.mergeInto! });
          } else {
            const id = insertEvent(db, { timelineId, title: c.title, description: c.description ?? '', kind: c.kind, start: p.start!, end: p.end });
            cs.created('event', id);
            linkSource(db, { eventId: id, ...linkInput });
            created.push({ candidateId: c.id ?? null, id });
          }
        }
        return { sourceId, sourceCreated, created, merged };
      });
      const withEvent = (x: { candidateId: string | null; id: number }): { candidateId: string | null; event: TimelineEvent } => ({ candidateId: x.candidateId, event: requireEvent(db, x.id) });
      return {
        source: requireSource(db, ids.sourceId),
        sourceCreated: ids.sourceCreated,
        created: ids.created.map(withEvent),
        merged: ids.merged.map(withEvent),
        rejected,
      } satisfies ImportResult;
    },
  };
}
