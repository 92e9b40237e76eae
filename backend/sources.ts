import { ChronikError, type Parsed } from '../core/api';
import { now, sources, type DB } from '../db';
import type { SourceFields } from '../db/rows';
import { notFound, toDate, type Context, type Handlers } from './context';
import { requireEvent } from './events';

type SourceHandlers = Pick<Handlers, 'listSources' | 'getSourceText' | 'createSource' | 'updateSource' | 'attachSource' | 'detachSource'>;

export function requireSource(db: DB, id: number) {
  return sources.getSource(db, id) ?? notFound('Source', id);
}

/** Inserts a source inside a running change (in a batch when given); returns its id. */
export function insertSource(db: DB, input: Parsed<'createSource'> & { contentHash?: string | null; html?: string | null }, batchId: number | null = null): number {
  const published = input.publishedAt ? toDate(input.publishedAt, 'publishedAt') : null;
  const t = now();
  return sources.insertSource(db, {
    url: input.url ?? null,
    title: input.title,
    publisher: input.publisher ?? '',
    author: input.author ?? '',
    publishedAt: published,
    accessedAt: t,
    language: input.language ?? null,
    contentHash: input.contentHash ?? null,
    text: input.text ?? null,
    html: input.html ?? null,
    createdAt: t,
    updatedAt: t,
  }, batchId);
}

export type LinkInput = Omit<Parsed<'attachSource'>, 'sourceId' | 'source'> & { sourceId: number };

/** A source patch as stored fields (publishedAt read through core/dates). */
function sourceFields(patch: Omit<Parsed<'updateSource'>, 'id'>): SourceFields {
  const { publishedAt, ...rest } = patch;
  const f: SourceFields = { ...rest, updatedAt: now() };
  if (publishedAt !== undefined) f.publishedAt = publishedAt ? toDate(publishedAt, 'publishedAt') : null;
  return f;
}

/** Links (or re-links) a source to an event inside a running change. */
export function linkSource(db: DB, input: LinkInput): void {
  const { eventId, sourceId } = input;
  if (input.quoteStart != null && input.quoteEnd != null && input.quoteEnd < input.quoteStart) {
    throw new ChronikError('VALIDATION', 'quoteEnd is before quoteStart', 'quoteEnd');
  }
  const existing = sources.getLink(db, eventId, sourceId);
  sources.upsertLink(db, {
    event_id: eventId,
    source_id: sourceId,
    quote: input.quote ?? existing?.quote ?? '',
    quote_start: input.quoteStart !== undefined ? input.quoteStart : (existing?.quote_start ?? null),
    quote_end: input.quoteEnd !== undefined ? input.quoteEnd : (existing?.quote_end ?? null),
    date_phrase: input.datePhrase ?? existing?.date_phrase ?? '',
    stance: input.stance ?? existing?.stance ?? 'reports',
    position: existing?.position ?? sources.nextLinkPosition(db, eventId),
  });
}

export function sourceHandlers(ctx: Context): SourceHandlers {
  const { db } = ctx;
  return {
    listSources: () => sources.listSources(db),

    getSourceText: ({ id }) => {
      const source = requireSource(db, id);
      const stored = sources.getSourceText(db, id);
      // Every event citing this source, in text order, so the reader can highlight all passages.
      return { source, text: stored?.text ?? '', html: stored?.html ?? null, quotes: sources.quotesOfSource(db, id) };
    },

    createSource: (input) =>
      ctx.change({ key: 'createSource', params: { title: input.title || input.url || '' } }, null, (cs) => {
        const id = insertSource(db, input);
        cs.created('source', id);
        return requireSource(db, id);
      }),

    updateSource: (patch) => {
      const src = requireSource(db, patch.id);
      const { id: _id, ...patchFields } = patch;
      const fields = sourceFields(patchFields);
      return ctx.change({ key: 'editSource', params: { title: src.title || src.url || String(src.id) } }, null, (cs) => {
        cs.touch('source', src.id);
        sources.updateSource(db, src.id, fields);
        return requireSource(db, src.id);
      });
    },

    attachSource: ({ source, sourceId, ...link }) => {
      const ev = requireEvent(db, link.eventId);
      const existing = sourceId !== undefined ? requireSource(db, sourceId) : null;
      const name = existing?.title || existing?.url || source?.title || source?.url;
      if (!name) throw new ChronikError('VALIDATION', 'A new source needs a title or a URL', 'source.title');
      return ctx.change({ key: 'cite', params: { source: name, title: ev.title } }, ev.timelineId, (cs) => {
        let id = sourceId;
        if (id === undefined) {
          id = insertSource(db, { ...source, title: source!.title || source!.url || '' });
          cs.created('source', id);
        } else if (source) {
          cs.touch('source', id);
          sources.updateSource(db, id, sourceFields(source));
        }
        cs.touch('event', ev.id);
        linkSource(db, { ...link, sourceId: id });
        return requireEvent(db, ev.id);
      });
    },

    detachSource: ({ eventId, sourceId }) => {
      const ev = requireEvent(db, eventId);
      if (!ev.sources.some((l) => l.source.id === sourceId)) {
        throw new ChronikError('NOT_FOUND', `Source ${sourceId} is not linked to event ${eventId}`);
      }
      return ctx.change({ key: 'removeSource', params: { title: ev.title } }, ev.timelineId, (cs) => {
        cs.touch('event', eventId);
        sources.deleteLink(db, eventId, sourceId);
        return requireEvent(db, eventId);
      });
    },
  };
}
