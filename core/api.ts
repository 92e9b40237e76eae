/**
 * THE contract of Chronik: domain types, every method the backend offers with the schema that
 * validates its input, error codes and Result. The preload bridge, the IPC handlers, the HTTP
 * routes, the CLI and the renderer's client are all generated from `contract` below; adding a
 * method is one line here plus its implementation in electron/backend.
 */
import * as v from 'valibot';
import { checkDate, type ChronikDate, type Precision } from './dates';

// ---------------------------------------------------------------- results and errors

export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'IO' | 'UNSUPPORTED' | 'CANCELLED' | 'INTERNAL';

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: ErrorCode; message: string; field?: string };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, field?: string): Err =>
  field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };

/** An expected failure thrown inside the backend; the dispatcher turns it into an `Err` value. */
export class ChronikError extends Error {
  constructor(public readonly code: ErrorCode, message: string, public readonly field?: string) {
    super(message);
    this.name = 'ChronikError';
  }
}

// ---------------------------------------------------------------- domain types

export const CONFIDENCES = ['confirmed', 'reported', 'claimed', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const STANCES = ['confirms', 'reports', 'disputes'] as const;
export type Stance = (typeof STANCES)[number];

export const EVENT_KINDS = [
  'deployment', 'statement', 'report', 'attack', 'meeting', 'agreement', 'movement', 'casualties', 'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type { ChronikDate, Precision };

export interface Timeline {
  id: number;
  title: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  eventCount: number;
}

export interface Lane {
  id: number;
  timelineId: number;
  name: string;
  position: number;
}

export interface Place {
  name: string;
  lat?: number | null;
  lon?: number | null;
}

export interface Source {
  id: number;
  url: string | null;
  title: string;
  publisher: string;
  author: string;
  publishedAt: ChronikDate | null;
  accessedAt: string | null;
  language: string | null;
  contentHash: string | null;
  /** True when the article's extracted text is stored and can be read offline. */
  hasText: boolean;
}

/** A source as it backs one event: the quoted passage, where it stands, how it dated the event. */
export interface SourceLink {
  source: Source;
  quote: string;
  quoteStart: number | null;
  quoteEnd: number | null;
  datePhrase: string;
  stance: Stance;
}

export interface TimelineEvent {
  id: number;
  timelineId: number;
  title: string;
  description: string;
  kind: EventKind;
  start: ChronikDate;
  end: ChronikDate | null;
  location: Place | null;
  laneId: number | null;
  confidence: Confidence;
  color: string | null;
  tags: string[];
  sources: SourceLink[];
  createdAt: string;
  updatedAt: string;
}

export interface SearchHit {
  eventId: number;
  title: string;
  /** A fragment of the matching text with hits between [[ and ]]. */
  snippet: string;
}

export interface JournalEntry {
  id: number;
  timelineId: number | null;
  label: string;
  createdAt: string;
  state: 'done' | 'undone';
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface Settings {
  lastTimelineId: number | null;
  /** The visible window per timeline, as ISO instants. */
  viewWindows: Record<string, { start: string; end: string }>;
  language: Language | null;
  colorBy: 'kind' | 'confidence';
}

export interface AppInfo {
  version: string;
  dbPath: string;
  schemaVersion: number;
  shell: 'electron' | 'web' | 'cli' | 'test';
}

// ---------------------------------------------------------------- input schemas

const id = v.pipe(v.number('An id must be a number'), v.integer('An id must be an integer'), v.minValue(1, 'An id must be positive'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `Text is longer than ${max} characters`));
const title = v.pipe(v.string('A title is required'), v.trim(), v.minLength(1, 'A title is required'), v.maxLength(500, 'A title is longer than 500 characters'));

const chronikDate = v.pipe(
  v.object({
    value: v.string(),
    precision: v.picklist(['year', 'month', 'day', 'minute']),
    approximate: v.optional(v.boolean()),
    uncertain: v.optional(v.boolean()),
    original: v.optional(v.string()),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkDate(dataset.value as ChronikDate);
    if (problem) addIssue({ message: problem });
  }),
);
/** A date as data, or as text the backend parses with core/dates (`23.10.2024`, `Oct 2024`…). */
export const dateInput = v.union([v.pipe(v.string(), v.maxLength(100, 'A date is longer than 100 characters')), chronikDate], 'A date must be text such as 2024-10-23 or a date object');
export type DateInput = v.InferInput<typeof dateInput>;

const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(4000, 'A URL is longer than 4000 characters'),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
    } catch {
      return false;
    }
  }, (issue) => `Not an http(s) URL: "${String(issue.input)}"`),
);

const place = v.object({
  name: text(300),
  lat: v.nullish(v.pipe(v.number(), v.minValue(-90, 'Latitude must be between -90 and 90'), v.maxValue(90, 'Latitude must be between -90 and 90'))),
  lon: v.nullish(v.pipe(v.number(), v.minValue(-180, 'Longitude must be between -180 and 180'), v.maxValue(180, 'Longitude must be between -180 and 180'))),
});

const color = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'A colour must look like #1f77b4'));
const tags = v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'A tag must not be empty'), v.maxLength(100)));

const eventFields = {
  title,
  description: v.optional(text(20000)),
  kind: v.optional(v.picklist(EVENT_KINDS, `Kind must be one of ${EVENT_KINDS.join(', ')}`)),
  start: dateInput,
  end: v.nullish(dateInput),
  location: v.nullish(place),
  laneId: v.nullish(id),
  confidence: v.optional(v.picklist(CONFIDENCES, `Confidence must be one of ${CONFIDENCES.join(', ')}`)),
  color: v.nullish(color),
  tags: v.optional(tags),
};

const eventInput = v.object({ timelineId: id, ...eventFields });
const eventPatch = v.object({
  id,
  title: v.optional(title),
  description: eventFields.description,
  kind: eventFields.kind,
  start: v.optional(dateInput),
  end: eventFields.end,
  location: eventFields.location,
  laneId: eventFields.laneId,
  confidence: eventFields.confidence,
  color: eventFields.color,
  tags: eventFields.tags,
});

const sourceFields = {
  url: v.nullish(httpUrl),
  title: v.pipe(v.string(), v.trim(), v.maxLength(1000)),
  publisher: v.optional(text(300)),
  author: v.optional(text(300)),
  publishedAt: v.nullish(dateInput),
  language: v.nullish(v.pipe(v.string(), v.maxLength(10))),
};
const sourceInput = v.object({ ...sourceFields, text: v.optional(text(5_000_000)) });
const sourcePatch = v.object({
  id,
  url: sourceFields.url,
  title: v.optional(sourceFields.title),
  publisher: sourceFields.publisher,
  author: sourceFields.author,
  publishedAt: sourceFields.publishedAt,
  language: sourceFields.language,
});

const linkFields = {
  quote: v.optional(text(20000)),
  quoteStart: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
  quoteEnd: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
  datePhrase: v.optional(text(500)),
  stance: v.optional(v.picklist(STANCES, `Stance must be one of ${STANCES.join(', ')}`)),
};

const none = v.optional(v.object({}), {});

// ---------------------------------------------------------------- the contract

/** Declares one method: its input schema and (as a type only) its output. */
const method = <O>() => <S extends v.GenericSchema>(input: S) => ({ input, output: undefined as unknown as O });

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
  listTags: method<string[]>()(v.object({ timelineId: id })),

  listSources: method<Source[]>()(none),
  getSourceText: method<{ source: Source; text: string }>()(v.object({ id })),
  createSource: method<Source>()(sourceInput),
  updateSource: method<Source>()(sourcePatch),
  /** Links a source to an event with its quote; linking again updates quote and stance. */
  attachSource: method<TimelineEvent>()(v.object({ eventId: id, sourceId: id, ...linkFields })),
  detachSource: method<TimelineEvent>()(v.object({ eventId: id, sourceId: id })),

  undo: method<UndoState>()(v.object({ timelineId: v.nullish(id) })),
  redo: method<UndoState>()(v.object({ timelineId: v.nullish(id) })),
  undoState: method<UndoState>()(v.object({ timelineId: v.nullish(id) })),
  history: method<JournalEntry[]>()(v.object({ timelineId: v.nullish(id), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))) })),

  getSettings: method<Settings>()(none),
  updateSettings: method<Settings>()(v.object({
    lastTimelineId: v.nullish(id),
    viewWindows: v.optional(v.record(v.string(), v.object({ start: v.string(), end: v.string() }))),
    language: v.nullish(v.picklist(LANGUAGES)),
    colorBy: v.optional(v.picklist(['kind', 'confidence'])),
  })),
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
