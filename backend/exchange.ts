/**
 * The export side of the contract: the briefing (HTML preview and PDF through the shell's
 * printer), the exchange formats out, and data imports in — each import one undoable change.
 */
import { ChronikError, type DataImportResult, type Lane, type Language, type Parsed, type TimelineEvent } from '../core/api';
import { buildBriefing, defaultPaper, describeFilter } from '../core/briefing';
import { formatRange } from '../core/dates';
import {
  bundleFromTimeline, FORMAT_INFO, ImportError, previewCsv, readFormat, suggestMapping, writeFormat,
  type CsvMapping, type SourceExtras, type TimelineBundle,
} from '../core/exchange';
import { applyFilter, type EventFilter } from '../core/filter';
import { entities, events, now, sources, timelines, type DB } from '../db';
import type { ChangeRecorder } from '../db/journal';
import { dateWindow, type Context, type Handlers } from './context';
import { insertEvent } from './events';
import type { PdfOptions } from './printer';
import { insertSource, linkSource } from './sources';
import { requireTimeline } from './timelines';

type ExchangeHandlers = Pick<Handlers, 'briefingPreview' | 'exportBriefingPdf' | 'exportTimeline' | 'previewImport' | 'importData'>;
type FilterInput = NonNullable<Parsed<'exportTimeline'>['filter']>;

/** The contract's filter (dates maybe as text) as core's EventFilter. */
export function toFilter(f: FilterInput | undefined): EventFilter {
  if (!f) return {};
  return {
    ...dateWindow(f.from, f.to, 'filter.'),
    tags: f.tags, kinds: f.kinds, confidences: f.confidences, laneIds: f.laneIds, entityIds: f.entityIds, query: f.query, unsourced: f.unsourced,
  };
}

/** A file name from a title: letters, digits and dashes, never empty. */
function slug(title: string): string {
  const s = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return s || 'timeline';
}

/** Counts pages of a Chromium PDF (page objects are never compressed into object streams there). */
export function countPdfPages(pdf: Uint8Array): number {
  const s = Buffer.from(pdf).toString('latin1');
  return (s.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function importError(e: unknown): never {
  if (e instanceof ImportError) throw new ChronikError('VALIDATION', e.message, e.location.field ?? (e.location.line ? `line ${e.location.line}` : undefined));
  throw e;
}

export function exchangeHandlers(ctx: Context): ExchangeHandlers {
  const { db } = ctx;

  const scope = (timelineId: number, f: FilterInput | undefined) => {
    const timeline = requireTimeline(db, timelineId);
    const lanes = timelines.listLanes(db, timelineId);
    const filter = toFilter(f);
    const list = applyFilter(events.queryEvents(db, { timelineId }), filter);
    return { timeline, lanes, filter, events: list };
  };

  const briefing = (input: Parsed<'briefingPreview'>) => {
    const { timeline, lanes, filter, events: list } = scope(input.timelineId, input.filter);
    const o = input.options ?? {};
    const locale = o.locale ?? 'en';
    const options = {
      title: o.title?.trim() || timeline.title,
      subtitle: o.subtitle,
      author: o.author,
      handling: o.handling,
      locale,
      paper: o.paper ?? defaultPaper(locale),
      landscape: o.landscape ?? false,
      summary: o.summary ?? false,
      filterDescription: o.filterDescription || describeFilter({ ...filter, from: null, to: null }, locale, lanes, entities.listEntities(db, input.timelineId)),
      from: filter.from,
      to: filter.to,
    } as const;
    const html = buildBriefing({ timeline, lanes, events: list, options, generatedAt: new Date().toISOString() });
    const sourceCount = new Set(list.flatMap((e) => e.sources.map((l) => l.source.id))).size;
    return { html, paper: options.paper, landscape: options.landscape, eventCount: list.length, sourceCount, title: options.title };
  };

  const extras = (list: readonly TimelineEvent[]) => {
    const ids = [...new Set(list.flatMap((e) => e.sources.map((l) => l.source.id)))];
    const map = new Map<number, SourceExtras>();
    if (!ids.length) return map;
    for (const r of sources.sourceExtras(db, ids)) map.set(r.id, { text: r.text, html: r.html, createdAt: r.created_at, updatedAt: r.updated_at });
    return map;
  };

  const read = (format: Parsed<'importData'>['format'], content: string, mapping: CsvMapping | undefined, locale: Language | undefined): TimelineBundle => {
    try {
      const m = format === 'csv' && !mapping ? suggestMapping(previewCsv(content).columns) : mapping;
      return readFormat(format, content, { mapping: m, locale });
    } catch (e) {
      return importError(e);
    }
  };

  return {
    briefingPreview: (input) => {
      const { title: _t, ...preview } = briefing(input);
      return preview;
    },

    exportBriefingPdf: async (input) => {
      if (!ctx.printPdf) {
        throw new ChronikError('UNSUPPORTED', 'This shell cannot print PDFs: no Chromium printer is configured (set CHROMIUM_PATH or install chromium).');
      }
      const b = briefing(input);
      const opts: PdfOptions = { paper: b.paper, landscape: b.landscape };
      let pdf: Uint8Array;
      try {
        pdf = await ctx.printPdf(b.html, opts);
      } catch (e) {
        throw new ChronikError('IO', `Printing the briefing failed: ${(e as Error).message}`);
      }
      return { filename: `${slug(b.title)}.pdf`, base64: Buffer.from(pdf).toString('base64'), pages: countPdfPages(pdf) };
    },

    exportTimeline: ({ timelineId, format, filter, locale, eras }) => {
      const { timeline, lanes, events: list } = scope(timelineId, filter);
      const bundle = bundleFromTimeline(timeline, lanes, list, format === 'json' ? extras(list) : undefined);
      const { content, skipped } = writeFormat(format, bundle, { locale: locale ?? 'en', generatedAt: new Date().toISOString(), eras });
      const info = FORMAT_INFO[format];
      return { filename: `${slug(timeline.title)}.${info.extension}`, mimeType: info.mimeType, content, skipped };
    },

    previewImport: ({ format, content, mapping, locale }) => {
      let csv: ReturnType<typeof previewCsv> | undefined;
      if (format === 'csv') {
        try {
          csv = previewCsv(content);
        } catch (e) {
          importError(e);
        }
      }
      let bundle: TimelineBundle | null = null;
      let problem: string | null = null;
      try {
        bundle = read(format, content, mapping ?? csv?.suggestedMapping, locale);
      } catch (e) {
        // For CSV the mapping step shows the problem; other formats have nothing to adjust.
        if (format !== 'csv') throw e;
        problem = (e as Error).message;
      }
      return {
        format,
        title: bundle?.timeline.title ?? '',
        eventCount: bundle?.events.length ?? 0,
        sourceCount: bundle?.sources.length ?? 0,
        laneNames: bundle?.lanes.map((l) => l.name) ?? [],
        events: (bundle?.events ?? []).slice(0, 20).map((e) => ({ date: formatRange(e.start, e.end, locale ?? 'en'), title: e.title, sources: e.sources.length })),
        csv,
        problem,
      };
    },

    importData: ({ format, content, mapping, timelineId, newTimelineTitle, locale }) => {
      if (timelineId !== undefined) requireTimeline(db, timelineId);
      const bundle = read(format, content, mapping, locale);
      const label = { key: 'importData', params: { n: bundle.events.length, format: format.toUpperCase() } } as const;
      return ctx.change(label, timelineId ?? null, (cs) => importBundle(db, cs, bundle, timelineId, newTimelineTitle));
    },
  };
}

/** Writes a bundle into the database inside a running change; any error rolls the whole import back. */
export function importBundle(db: DB, cs: ChangeRecorder, b: TimelineBundle, timelineId?: number, newTitle?: string): DataImportResult {
  const t = now();
  let tid = timelineId;
  if (tid === undefined) {
    tid = timelines.insertTimeline(db, {
      title: timelines.freeTitle(db, newTitle?.trim() || b.timeline.title), description: b.timeline.description,
      createdAt: b.timeline.createdAt ?? t, updatedAt: b.timeline.updatedAt ?? t,
    });
    cs.created('timeline', tid);
  } else {
    cs.touch('timeline', tid);
  }

  const existingLanes = timelines.listLanes(db, tid);
  const laneIds = new Map<string, number>();
  let position = existingLanes.reduce((m, l: Lane) => Math.max(m, l.position), -1);
  for (const l of b.lanes) {
    const same = existingLanes.find((x) => x.name === l.name);
    if (same) {
      laneIds.set(l.key, same.id);
      continue;
    }
    const id = timelines.insertLane(db, tid, l.name, ++position);
    cs.created('lane', id);
    laneIds.set(l.key, id);
  }

  // A source already in the project (same content hash, else same URL) is cited, not duplicated.
  const sourceIds = new Map<string, number>();
  let sourcesAdded = 0;
  for (const s of b.sources) {
    const found = (s.contentHash ? sources.findSourceByHash(db, s.contentHash)?.id : undefined) ?? (s.url ? sources.findSourceIdByUrl(db, s.url) : undefined);
    if (found !== undefined) {
      sourceIds.set(s.key, found);
      continue;
    }
    const id = insertSource(db, {
      url: s.url, title: s.title, publisher: s.publisher, author: s.author, publishedAt: s.publishedAt, language: s.language,
      text: s.text ?? undefined, contentHash: s.contentHash, html: s.html,
    });
    sources.updateSource(db, id, { accessedAt: s.accessedAt, createdAt: s.createdAt ?? t, updatedAt: s.updatedAt ?? t });
    cs.created('source', id);
    sourceIds.set(s.key, id);
    sourcesAdded++;
  }

  b.events.forEach((e, i) => {
    let id: number;
    try {
      id = insertEvent(db, {
        timelineId: tid, title: e.title, description: e.description, kind: e.kind, start: e.start, end: e.end,
        location: e.location, laneId: e.lane ? laneIds.get(e.lane) ?? null : null, confidence: e.confidence, color: e.color, tags: e.tags,
        entities: e.entities,
      });
    } catch (err) {
      if (err instanceof ChronikError) throw new ChronikError(err.code, `Event ${i + 1} (“${e.title}”): ${err.message}`, `events[${i}]${err.field ? '.' + err.field : ''}`);
      throw err;
    }
    if (e.createdAt || e.updatedAt) events.updateEvent(db, id, { created_at: e.createdAt ?? t, updated_at: e.updatedAt ?? t });
    for (const l of e.sources) {
      linkSource(db, { eventId: id, sourceId: sourceIds.get(l.source)!, quote: l.quote, quoteStart: l.quoteStart, quoteEnd: l.quoteEnd, datePhrase: l.datePhrase, stance: l.stance });
    }
    cs.created('event', id);
  });
  if (timelineId !== undefined) timelines.updateTimeline(db, tid, { updatedAt: t });
  return { timeline: requireTimeline(db, tid), eventsAdded: b.events.length, sourcesAdded };
}

