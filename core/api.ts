/**
 * THE contract of Chronik: domain types, every method the backend offers with the schema that
 * validates its input, error codes and Result. The preload bridge, the IPC handlers, the HTTP
 * routes, the CLI and the renderer's client are all generated from `contract` below; adding a
 * method is one line here plus its implementation in backend/.
 */
import * as v from 'valibot';
import type { EventSummary, TimelineWindow } from './contract/window';
import type { View } from './canvas/first-view';
import type { AppInfo, EntitySummary, JournalEntry, Lane, SearchHit, Settings, Source, Timeline, TimelineEvent, TimelineHits, UndoState } from './domain';
import { LANGUAGES } from './domain';
import {
  citedSource, dateInput, eventInput, eventPatch, id, linkFields, method, none, sourceInput, sourcePatch, text, title,
} from './contract/schemas';
import { importMethods } from './contract/import';
import { exchangeMethods } from './contract/exchange';
import { windowMethods } from './contract/window';

export * from './domain';
export { dateInput, type DateInput, type EntityInput } from './contract/schemas';
export type { ArticleDraft, ArticleInput, ArticleMeta, Candidate, DatedBy, ImportAction, ImportResult, PublishedFrom } from './contract/import';
export type { EventPage, EventSummary, LaneWindow, ListColumn, TimelineWindow } from './contract/window';
export { LIST_COLUMNS } from './contract/window';
export type { BriefingOptionsInput, BriefingPdf, BriefingPreview, DataImportResult, EventFilterInput, ExportedFile, ExportFormatName, ImportFormatName, ImportPreview, ImportProgress, ImportRefusal } from './contract/exchange';

/** One passage of a source cited by an event; offsets are UTF-16 indices into the source's text (null when unknown). */
export interface SourceQuote { eventId: number; eventTitle: string; quote: string; quoteStart: number | null; quoteEnd: number | null }

/**
 * What the first screen needs, in one round trip: the settings, the timelines, and the timeline to
 * show (the one open last, else the first) with its lanes and its first and last event in time
 * order (the canvas restores or fits its view from them), and the window of that view when the
 * canvas's width is given.
 */
export interface Opening {
  settings: Settings;
  timelines: Timeline[];
  current: {
    timelineId: number; lanes: Lane[]; first: EventSummary | null; last: EventSummary | null;
    /**
     * Given the canvas's width: the window of the view it opens on (saved, else the fit), asked as
     * the canvas asks (core/canvas/first-view.ts), unfiltered; null without the width or without a view (no events).
     */
    window?: { view: View; window: TimelineWindow } | null;
  } | null;
}

// ---------------------------------------------------------------- results and errors

import { err, ok, type Err, type ErrorCode, type Ok, type Result } from './result';
export { err, ok, type Err, type ErrorCode, type Ok, type Result };

/** An expected failure thrown inside the backend; the dispatcher turns it into an `Err` value. */
export class ChronikError extends Error {
  constructor(public readonly code: ErrorCode, message: string, public readonly field?: string) {
    super(message);
    this.name = 'ChronikError';
  }
}

// ---------------------------------------------------------------- the contract

export const contract = {
  appInfo: method<AppInfo>()(none),

  listTimelines: method<Timeline[]>()(none),
  createTimeline: method<Timeline>()(v.object({ title, description: v.optional(text(5000)) })),
  updateTimeline: method<Timeline>()(v.object({ id, title: v.optional(title), description: v.optional(text(5000)) })),
  duplicateTimeline: method<Timeline>()(v.object({ id, title: v.optional(title) })),
  deleteTimeline: method<{ id: number }>()(v.object({ id })),

  listLanes: method<Lane[]>()(v.object({ timelineId: id })),
  createLane: method<Lane>()(v.object({ timelineId: id, name: title })),
  renameLane: method<Lane>()(v.object({ id, name: title })),
  reorderLanes: method<Lane[]>()(v.object({ timelineId: id, laneIds: v.array(id) })),
  deleteLane: method<{ id: number }>()(v.object({ id })),

  /** Events of a timeline that overlap the window [from, to] (both optional), in time order. */
  listEvents: method<TimelineEvent[]>()(v.object({ timelineId: id, from: v.optional(dateInput), to: v.optional(dateInput) })),
  getEvent: method<TimelineEvent>()(v.object({ id })),
  createEvent: method<TimelineEvent>()(eventInput),
  updateEvent: method<TimelineEvent>()(eventPatch),
  deleteEvents: method<{ ids: number[] }>()(v.object({ ids: v.pipe(v.array(id), v.minLength(1, 'Nothing to delete')) })),
  searchEvents: method<SearchHit[]>()(v.object({ timelineId: id, query: v.pipe(v.string(), v.trim(), v.maxLength(500)) })),
  /** Full-text search across every timeline: hits grouped by timeline (the best first), up to `perTimeline` each. */
  searchAll: method<TimelineHits[]>()(v.object({
    query: v.pipe(v.string(), v.trim(), v.maxLength(500)),
    perTimeline: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  })),
  listTags: method<string[]>()(v.object({ timelineId: id })),
  /** The people, organisations and places the events of a timeline name, by kind and name, with counts. */
  listEntities: method<EntitySummary[]>()(v.object({ timelineId: id })),

  listSources: method<Source[]>()(none),
  /** A source's stored text and sanitized HTML, with every quote that events cite from it (for the reader). */
  getSourceText: method<{ source: Source; text: string; html: string | null; quotes: SourceQuote[] }>()(v.object({ id })),
  createSource: method<Source>()(sourceInput),
  updateSource: method<Source>()(sourcePatch),
  /**
   * Cites a source on an event with its quote and stance, as one undoable step: an existing source
   * (`sourceId`), the same with changes to it (`sourceId` + `source`), or a new one (`source` alone).
   */
  attachSource: method<TimelineEvent>()(v.pipe(
    v.object({ eventId: id, sourceId: v.optional(id), source: v.optional(citedSource), ...linkFields }),
    v.check((i) => i.sourceId !== undefined || i.source !== undefined, 'Give a sourceId, or the fields of a new source'),
  )),
  detachSource: method<TimelineEvent>()(v.object({ eventId: id, sourceId: id })),

  /** Undo/redo within a timeline (plus project-wide changes); labels come back in `locale`. */
  undo: method<UndoState>()(v.object({ timelineId: v.nullish(id), locale: v.optional(v.picklist(LANGUAGES)) })),
  redo: method<UndoState>()(v.object({ timelineId: v.nullish(id), locale: v.optional(v.picklist(LANGUAGES)) })),
  undoState: method<UndoState>()(v.object({ timelineId: v.nullish(id), locale: v.optional(v.picklist(LANGUAGES)) })),
  history: method<JournalEntry[]>()(v.object({
    timelineId: v.nullish(id),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
    locale: v.optional(v.picklist(LANGUAGES)),
  })),

  /** Settings, timelines and the timeline to show first with its lanes and extent (see Opening). */
  opening: method<Opening>()(v.optional(v.object({
    /** The width of the canvas's time area (a guess before it is laid out): the first window comes along. */
    px: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(20_000))),
  }), {})),
  getSettings: method<Settings>()(none),
  updateSettings: method<Settings>()(v.object({
    lastTimelineId: v.nullish(id),
    viewWindows: v.optional(v.record(v.string(), v.object({ start: v.string(), end: v.string() }))),
    language: v.nullish(v.picklist(LANGUAGES)),
    colorBy: v.optional(v.picklist(['kind', 'confidence'])),
  })),

  ...importMethods,
  ...exchangeMethods,
  ...windowMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (dates may still be text). */
export type Input<K extends MethodName> = v.InferInput<Contract[K]['input']>;
/** What the implementation receives after validation. */
export type Parsed<K extends MethodName> = v.InferOutput<Contract[K]['input']>;
export type Output<K extends MethodName> = Contract[K]['output'];

/** The Api as every shell exposes it: one async function per method, each returning a Result. */
export type Api = {
  [K in MethodName]: undefined extends Input<K>
    ? (input?: Input<K>) => Promise<Result<Output<K>>>
    : (input: Input<K>) => Promise<Result<Output<K>>>;
};

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/**
 * The Api over one transport: every method of the contract becomes `(input) => call(name, input)`.
 * The backend, the preload bridge and the browser shell's client are all built with it.
 */
export function apiOver(call: (method: MethodName, input: unknown) => Promise<Result<unknown>>): Api {
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input?: unknown) => call(m, input)])) as unknown as Api;
}

/** The prefix of every IPC channel; the preload refuses anything else. */
export const CHANNEL_PREFIX = 'chronik:';

/** Validates a raw input against its method's schema; the first problem becomes a VALIDATION error. */
export function validateInput<K extends MethodName>(name: K, raw: unknown): Result<Parsed<K>> {
  const schema = contract[name]?.input;
  if (!schema) return err('NOT_FOUND', `Unknown method "${String(name)}"`);
  const r = v.safeParse(schema, raw ?? undefined);
  if (r.success) return ok(r.output as Parsed<K>);
  const issue = r.issues[0];
  const path = v.getDotPath(issue) ?? undefined;
  return err('VALIDATION', path ? `${path}: ${issue.message}` : issue.message, path);
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
