/**
 * The export side of the contract: the briefing (HTML preview and PDF through the shell's
 * printer), the exchange formats out, and data imports in — each import one undoable change.
 */
import { ChronikError, type ImportPreview, type Language, type Parsed, type TimelineEvent } from '../core/api';
import { buildBriefing, defaultPaper, describeFilter } from '../core/briefing';
import { formatRange, type DateOrder } from '../core/dates';
import {
  bundleFromTimeline, FORMAT_INFO, ImportError, languageDateOrder, previewCsv, readFormat, slashDateOrder, streamReader, wholeRecordsLength, writeFormat,
  type BundlePieces, type CsvMapping, type SourceExtras, type TimelineBundle,
} from '../core/exchange';
import { applyFilter, type EventFilter } from '../core/filter';
import { entities, events, sources, timelines } from '../db';
import { dateWindow, type Context, type Handlers } from './context';
import { importError, importSessions, refusal } from './import-sessions';
import type { PdfOptions } from './printer';
import { requireTimeline } from './timelines';

type ExchangeHandlers = Pick<Handlers, 'briefingPreview' | 'exportBriefingPdf' | 'exportTimeline' | 'previewImport' | 'importData'
  | 'beginImport' | 'pushImport' | 'finishImport' | 'cancelImport'>;
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

  const sessions = importSessions(ctx);

  /** What a file (or, `partial`, its beginning) would bring in; a broken one throws its reader's error. */
  const read = (format: Parsed<'importData'>['format'], content: string, mapping: CsvMapping | undefined, locale: Language | undefined, partial: boolean, skipBad = false, dateOrder?: DateOrder): TimelineBundle & { refused: ImportError[] } => {
    try {
      if (!partial && !skipBad) return { ...readFormat(format, content, { mapping, locale, dateOrder }), refused: [] };
      // The beginning of a large file: whatever its complete records and elements hold.
      const b: TimelineBundle & { refused: ImportError[] } = { timeline: { title: '', description: '', createdAt: null, updatedAt: null }, lanes: [], sources: [], events: [], refused: [] };
      const reader = streamReader(format, { mapping, locale, skipBad, dateOrder });
      const take = (p: BundlePieces) => {
        if (p.timeline) b.timeline = p.timeline;
        b.lanes.push(...p.lanes);
        b.sources.push(...p.sources);
        b.events.push(...p.events);
        b.refused.push(...p.refused);
      };
      take(reader.push(partial && format === 'csv' ? content.slice(0, wholeRecordsLength(content)) : content));
      if (!partial) take(reader.end());
      // Leaving out bad rows leaves nothing: say so, not only what the first row lacks.
      if (skipBad && !b.events.length && b.refused.length) {
        const first = b.refused[0]!;
        throw new ImportError(`No row${partial ? ' of the part read' : ''} could be read (${b.refused.length} refused); the first: ${first.message}`, first.location);
      }
      return b;
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

    previewImport: ({ format, content, mapping, dateOrder, locale, partial, skipBadRows }): ImportPreview => {
      let csv: ReturnType<typeof previewCsv> | undefined;
      // A cut-off last record of a partial CSV is not a row (it may hold line breaks of its own).
      const whole = partial && format === 'csv' ? content.slice(0, wholeRecordsLength(content)) || content : content;
      if (format === 'csv') {
        try {
          csv = previewCsv(whole);
        } catch (e) {
          importError(e);
        }
      }
      // Slash dates: read in the order chosen, else in the one the file shows; the import is begun with it.
      let dates: NonNullable<ImportPreview['csv']>['dates'];
      if (csv) {
        const shown = slashDateOrder(whole, mapping ?? csv.suggestedMapping);
        if (shown.slashDates) {
          dates = dateOrder ? { order: dateOrder, by: 'chosen' }
            : shown.order ? { order: shown.order, by: 'file', example: shown.example }
            : { order: languageDateOrder(locale), by: 'language' };
        }
      }
      let bundle: ReturnType<typeof read> | null = null;
      let problem: string | null = null;
      try {
        bundle = read(format, whole, mapping ?? csv?.suggestedMapping, locale, !!partial && format !== 'timelinejs', !!skipBadRows && format !== 'timelinejs', dates?.order);
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
        csv: csv && (dates ? { ...csv, dates } : csv),
        problem,
        ...(partial ? { partial: true } : {}),
        ...(bundle?.refused.length ? { refused: { count: bundle.refused.length, examples: bundle.refused.slice(0, 50).map(refusal) } } : {}),
      };
    },

    importData: (input) => {
      const mapping = input.format === 'csv' && !input.mapping ? csvMapping(input.content) : input.mapping;
      // The whole file is at hand: its slash dates are read in the order its own dates show (a file
      // too broken to tell is left to the import, which names what is wrong).
      let dateOrder = input.dateOrder;
      if (!dateOrder && input.format === 'csv' && mapping) {
        try {
          dateOrder = slashDateOrder(input.content, mapping).order ?? undefined;
        } catch {
          dateOrder = undefined;
        }
      }
      return sessions.importWhole({ ...input, mapping, dateOrder });
    },
    beginImport: (input) => sessions.begin(input),
    pushImport: ({ importId, chunk }) => sessions.push(importId, chunk),
    finishImport: ({ importId }) => sessions.finish(importId),
    cancelImport: ({ importId }) => sessions.cancel(importId),
  };
}

/** The suggested mapping of a CSV file (when the caller gives none). */
function csvMapping(content: string): CsvMapping {
  try {
    const head = content.length > 5_000_000 ? content.slice(0, content.lastIndexOf('\n', 1_000_000) + 1) : content;
    return previewCsv(head).suggestedMapping as CsvMapping;
  } catch (e) {
    return importError(e);
  }
}
