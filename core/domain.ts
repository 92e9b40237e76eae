/** The domain types of the contract: what crosses between the backend and every shell. */
import type { ChronikDate, Precision } from './dates';
import type { Language } from './language';


export const CONFIDENCES = ['confirmed', 'reported', 'claimed', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const STANCES = ['confirms', 'reports', 'disputes'] as const;
export type Stance = (typeof STANCES)[number];

export const EVENT_KINDS = [
  'deployment', 'statement', 'report', 'attack', 'meeting', 'agreement', 'movement', 'casualties', 'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What an entity is: the people, organisations and places an event involves. */
export const ENTITY_KINDS = ['person', 'organisation', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export { LANGUAGES, isLanguage, type Language } from './language';

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

/** An entity as one event involves it: who or what, and in which role ("commander", "target", ""). */
export interface EventEntity {
  /** The entity's id (shared by every event that names it). */
  id: number;
  kind: EntityKind;
  name: string;
  role: string;
}

/** An entity named by events of a timeline, with how many: for the filter bar and autocompletion. */
export interface EntitySummary {
  id: number;
  kind: EntityKind;
  name: string;
  eventCount: number;
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
  /** People, organisations and places the event involves, each with its role; in kind, then name order. */
  entities: EventEntity[];
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

/** The hits of a search across all timelines in one timeline: its best hits, and how many there are. */
export interface TimelineHits {
  timelineId: number;
  timelineTitle: string;
  count: number;
  hits: Array<SearchHit & { start: ChronikDate }>;
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
  /** The database file or its folder cannot be written (or it was opened so): changes are refused. */
  readOnly: boolean;
}

