import { ChronikError, type Parsed, type SourceQuote } from '../core/api';
import { events, insertRow, now, sources, stmt, updateRow, type DB } from '../db';
import { notFound, toDate, type Context, type Handlers } from './context';
import { requireEvent } from './events';

type SourceHandlers = Pick<Handlers, 'listSources' | 'getSourceText' | 'createSource' | 'updateSource' | 'attachSource' | 'detachSource'>;

export function requireSource(db: DB, id: number) {
  return sources.getSource(db, id) ?? notFound('Source', id);
}

/** Inserts a source inside a running change; returns its id. */
export function insertSource(db: DB, input: Parsed<'createSource'> & { contentHash?: string | null; html?: string | null }): number {
  const published = input.publishedAt ? toDate(input.publishedAt, 'publishedAt') : null;
  const t = now();
  return insertRow(db, 'sources', {
    url: input.url ?? null,
    title: input.title,
    publisher: input.publisher ?? '',
    author: input.author ?? '',
    published_value: published?.value ?? null,
    published_precision: published?.precision ?? null,
    accessed_at: t,
    language: input.language ?? null,
    content_hash: input.contentHash ?? null,
    text: input.text ?? null,
    html: input.html ?? null,
    created_at: t,
    updated_at: t,
  });
}

export type LinkInput = Omit<Parsed<'attachSource'>, 'sourceId' | 'source'> & { sourceId: number };

/** The columns a source patch changes (publishedAt read through core/dates). */
function sourceColumns(patch: Omit<Parsed<'updateSource'>, 'id'>): Record<string, unknown> {
  const cols: Record<string, unknown> = { updated_at: now() };
  if (patch.url !== undefined) cols.url = patch.url;
  if (patch.title !== undefined) cols.title = patch.title;
  if (patch.publisher !== undefined) cols.publisher = patch.publisher;
  if (patch.author !== undefined) cols.author = patch.author;
  if (patch.language !== undefined) cols.language = patch.language;
  if (patch.publishedAt !== undefined) {
    const d = patch.publishedAt ? toDate(patch.publishedAt, 'publishedAt') : null;
    cols.published_value = d?.value ?? null;
    cols.published_precision = d?.precision ?? null;
  }
  return cols;
}

/** Links (or re-links) a source to an event inside a running change. */
export function linkSource(db: DB, input: LinkInput): void {
  const { eventId, sourceId } = input;
  if (input.quoteStart != null && input.quoteEnd != null && input.quoteEnd < input.quoteStart) {
    throw new ChronikError('VALIDATION', 'quoteEnd is before quoteStart', 'quoteEnd');
  }
  const existing = stmt(db, 'SELECT * FROM event_sources WHERE event_id = ? AND source_id = ?').get(eventId, sourceId) as Record<string, unknown> | undefined;
  const { pos } = stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS pos FROM event_sources WHERE event_id = ?').get(eventId) as { pos: number };
  const row = {
    event_id: eventId,
    source_id: sourceId,
    quote: input.quote ?? (existing?.quote as string | undefined) ?? '',
    quote_start: input.quoteStart !== undefined ? input.quoteStart : (existing?.quote_start ?? null),
    quote_end: input.quoteEnd !== undefined ? input.quoteEnd : (existing?.quote_end ?? null),
    date_phrase: input.datePhrase ?? (existing?.date_phrase as string | undefined) ?? '',
    stance: input.stance ?? (existing?.stance as string | undefined) ?? 'reports',
    position: (existing?.position as number | undefined) ?? pos,
  };
  stmt(db, `INSERT INTO event_sources (event_id, source_id, quote, quote_start, quote_end, date_phrase, stance, position)
    VALUES (@event_id, @source_id, @quote, @quote_start, @quote_end, @date_phrase, @stance, @position)
    ON CONFLICT(event_id, source_id) DO UPDATE SET quote = excluded.quote, quote_start = excluded.quote_start,
      quote_end = excluded.quote_end, date_phrase = excluded.date_phrase, stance = excluded.stance`).run(row);
  events.refreshSearchIndex(db, eventId);
}

export function sourceHandlers(ctx: Context): SourceHandlers {
  const { db } = ctx;
  return {
    listSources: () => sources.listSources(db),

    getSourceText: ({ id }) => {
      const source = requireSource(db, id);
      const stored = sources.getSourceText(db, id);
      // Every event citing this source, in text order, so the reader can highlight all passages.
      const quotes = stmt(db, `SELECT es.event_id AS eventId, e.title AS eventTitle, es.quote, es.quote_start AS quoteStart, es.quote_end AS quoteEnd
        FROM event_sources es JOIN events e ON e.id = es.event_id
        WHERE es.source_id = ? AND es.quote <> '' ORDER BY coalesce(es.quote_start, 1e18), e.id`).all(id) as SourceQuote[];
      return { source, text: stored?.text ?? '', html: stored?.html ?? null, quotes };
    },

    createSource: (input) =>
      ctx.change({ key: 'createSource', params: { title: input.title || input.url || '' } }, null, (cs) => {
        const id = insertSource(db, input);
        cs.created('source', id);
        return requireSource(db, id);
      }),

    updateSource: (patch) => {
      const src = requireSource(db, patch.id);
      return ctx.change({ key: 'editSource', params: { title: src.title || src.url || String(src.id) } }, null, (cs) => {
        cs.touch('source', src.id);
        const { id: _id, ...patchFields } = patch;
        const cols = sourceColumns(patchFields);
        updateRow(db, 'sources', src.id, cols);
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
          updateRow(db, 'sources', id, sourceColumns(source));
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
        stmt(db, 'DELETE FROM event_sources WHERE event_id = ? AND source_id = ?').run(eventId, sourceId);
        events.refreshSearchIndex(db, eventId);
        return requireEvent(db, eventId);
      });
    },
  };
}
