/**
 * The import part of the contract: articles in, candidate events out.
 *
 * The review is stateless on the backend: `analyzeArticle` reads one input and returns an
 * `ArticleDraft` without writing anything; `importArticles` stores the analyst's decisions on a
 * draft in one undoable transaction. A batch is several analyses, so cancelling it loses nothing.
 */
import * as v from 'valibot';
import type { ChronikDate } from '../dates';
import type { EventKind, Language, Source, TimelineEvent } from '../domain';
import { CONFIDENCES, EVENT_KINDS, LANGUAGES } from '../domain';
import { dateInput, httpUrl, id, linkFields, method, tags, text, title } from './schemas';

// ---------------------------------------------------------------- limits

/** Largest file the importer reads (bytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest page the importer downloads (bytes). */
export const MAX_URL_BYTES = 10 * 1024 * 1024;
/** Longest pasted or extracted article text (characters). */
export const MAX_TEXT_CHARS = 5_000_000;
/** How long a download may take (ms). */
export const URL_TIMEOUT_MS = 15_000;
/**
 * Longest article text the importer analyses (characters, about 150,000 words): longer texts are
 * refused with a message, so no analysis takes more than a few seconds (see README, Reliability).
 */
export const MAX_ANALYSIS_CHARS = 1_000_000;
/** Most candidates one article proposes, and most decisions one article of a batch may carry. */
export const MAX_CANDIDATES = 5000;

// ---------------------------------------------------------------- types

/** Where the article comes from: data, never a path (the renderer and the CLI read files themselves). */
export type ArticleInput =
  | { kind: 'text'; text: string; title?: string }
  | { kind: 'file'; name: string; base64: string }
  | { kind: 'url'; url: string };

/** Where the publication date was found. */
export type PublishedFrom = 'input' | 'meta' | 'json-ld' | 'time' | 'byline' | 'text';

export interface ArticleMeta {
  title: string;
  byline: string;
  publisher: string;
  /** The canonical URL (or the fetched one); null for pasted text and files without one. */
  url: string | null;
  language: Language;
  /** Day precision; null when it could not be found (the review then asks for it). */
  publishedAt: ChronikDate | null;
  publishedFrom: PublishedFrom | null;
}

/** See Candidate.datedBy. */
export type DatedBy = 'phrase' | 'context' | 'publication' | null;

/** A proposed event: what the analyst accepts, edits, merges or rejects. */
export interface Candidate {
  /** Stable within one draft: `c1`, `c2`… in text order. */
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  /** Null only when the article has no publication date and the sentence no absolute date. */
  start: ChronikDate | null;
  end: ChronikDate | null;
  /** True when the date is only the publication date (or a vague "now"). */
  approximate: boolean;
  /** The verbatim sentence or clause, and its UTF-16 offsets into the draft's text. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The temporal expression the date came from, as the article wrote it ('' when none). */
  datePhrase: string;
  /**
   * Where the date comes from: the clause's own date phrase, its context (the time of a liveblog
   * entry, the date a narrative has reached), or only the publication day (then scored low and
   * listed last); null when there is no date at all.
   */
  datedBy: DatedBy;
  /** 0..1: how likely this is a dated event worth keeping. */
  score: number;
  /** Background ("seit dem Koreakrieg", "historically"): not an event of the article's week. */
  background: boolean;
  /** An existing event of the timeline this candidate seems to repeat: proposed as a merge. */
  duplicateOf: { eventId: number; title: string } | null;
  /** An earlier candidate of the same draft or batch that reports the same thing. */
  duplicateOfCandidate: { ref: string; title: string } | null;
}

/** Everything the review needs about one article; nothing of it is stored yet. */
export interface ArticleDraft {
  meta: ArticleMeta;
  /** The extracted plain text: quotes and offsets refer to it. */
  text: string;
  /** The sanitized article HTML (null for plain text input). */
  html: string | null;
  /** SHA-256 of the normalised text: the same article imported twice has the same hash. */
  contentHash: string;
  /** The stored source with the same content hash, when the article was imported before. */
  alreadyImported: Source | null;
  /** True when no publication date was found: relative dates are unresolved until one is given. */
  needsPublishedAt: boolean;
  candidates: Candidate[];
  /** Things the analyst should know (damaged HTML, guessed language, encoding used…). */
  warnings: string[];
}

export type ImportAction = 'accept' | 'merge' | 'reject';

export interface ImportResult {
  /** The stored source; null when every candidate was rejected (then nothing is stored). */
  source: Source | null;
  /** False when the article was already stored and its source was reused. */
  sourceCreated: boolean;
  /** Accepted candidates as events, with the candidate id they came from. */
  created: Array<{ candidateId: string | null; event: TimelineEvent }>;
  /** Existing events the article was added to as one more source. */
  merged: Array<{ candidateId: string | null; event: TimelineEvent }>;
  rejected: number;
}

// ---------------------------------------------------------------- schemas

const requestId = v.pipe(v.string(), v.minLength(1, 'A request id must not be empty'), v.maxLength(100, 'A request id is longer than 100 characters'));

const language = v.picklist(LANGUAGES, `Language must be one of ${LANGUAGES.join(', ')}`);

// base64 is 4/3 of the bytes; a little slack lets the handler name the real size of a too-large file.
const MAX_BASE64_CHARS = Math.ceil((MAX_FILE_BYTES * 4) / 3) * 4;

export const articleInput = v.variant('kind', [
  v.object({
    kind: v.literal('text'),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS, `The pasted text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters`)),
    title: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
  }),
  v.object({
    kind: v.literal('file'),
    name: v.pipe(v.string(), v.trim(), v.minLength(1, 'A file name is required'), v.maxLength(1000)),
    base64: v.pipe(v.string(), v.maxLength(MAX_BASE64_CHARS, `The file is far larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)),
  }),
  v.object({ kind: v.literal('url'), url: httpUrl }),
], 'An article input is {kind:"text"|"file"|"url", …}');

/** A candidate as the client sends it back: possibly edited, re-checked against the text. */
const decidedCandidate = v.object({
  id: v.optional(v.pipe(v.string(), v.maxLength(50))),
  title,
  description: v.optional(text(20000)),
  kind: v.optional(v.picklist(EVENT_KINDS, `Kind must be one of ${EVENT_KINDS.join(', ')}`)),
  start: v.nullish(dateInput),
  end: v.nullish(dateInput),
  /** What the event gets when accepted (set in the review's form): a lane of the target timeline, confidence, tags. */
  laneId: v.nullish(id),
  confidence: v.optional(v.picklist(CONFIDENCES, `Confidence must be one of ${CONFIDENCES.join(', ')}`)),
  tags: v.optional(tags),
  ...linkFields,
});

const decision = v.object({
  candidate: decidedCandidate,
  action: v.picklist(['accept', 'merge', 'reject'], 'Action must be accept, merge or reject'),
  /** Merge into an existing event… */
  mergeInto: v.optional(id),
  /** …or into the event an accepted candidate of an earlier article of the same batch becomes. */
  mergeIntoCandidate: v.optional(v.object({
    article: v.pipe(v.number(), v.integer(), v.minValue(0)),
    candidateId: v.pipe(v.string(), v.maxLength(50)),
  })),
});

/** The article as the draft gave it; the backend re-hashes and re-sanitizes it, never trusting it as is. */
const draftArticle = v.object({
  meta: v.object({
    title: v.pipe(v.string(), v.trim(), v.maxLength(1000)),
    byline: v.optional(text(300)),
    publisher: v.optional(text(300)),
    url: v.nullish(httpUrl),
    language: v.nullish(v.pipe(v.string(), v.maxLength(10))),
    publishedAt: v.nullish(dateInput),
  }),
  text: v.pipe(v.string(), v.minLength(1, 'The article has no text'), v.maxLength(MAX_TEXT_CHARS, `The article text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters`)),
  html: v.nullish(v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES, 'The article HTML is larger than 20 MB'))),
});

export const importMethods = {
  /**
   * Reads an article and proposes candidate events; writes nothing. Pass `publishedAt` to
   * re-resolve every relative date against another publication date, `lang` to override the
   * detected language, `timelineId` to find duplicates among its events, and `batch` (candidates
   * of other drafts in the same batch) to find duplicates across articles not yet imported.
   */
  analyzeArticle: method<ArticleDraft>()(v.object({
    input: articleInput,
    timelineId: v.optional(id),
    publishedAt: v.optional(dateInput),
    lang: v.optional(language),
    batch: v.optional(v.pipe(v.array(v.object({
      ref: v.pipe(v.string(), v.maxLength(100)),
      title: v.pipe(v.string(), v.maxLength(1000)),
      start: v.nullish(dateInput),
      quote: v.optional(text(20000)),
    })), v.maxLength(5000))),
    /** Names the analysis for `cancelAnalysis` (the import view uses one per batch). */
    requestId: v.optional(requestId),
  })),

  /**
   * Stops the analyses started with `requestId` (the import view's Cancel): a download is aborted,
   * a running analysis ends at once; each answers CANCELLED. Returns how many were stopped.
   */
  cancelAnalysis: method<{ cancelled: number }>()(v.object({ requestId })),

  /**
   * Stores a batch of articles with the analyst's decisions as ONE undoable step: all or nothing,
   * so a failure or a cancelled batch never leaves anything half-imported. One result per article.
   */
  importArticles: method<ImportResult[]>()(v.object({
    timelineId: id,
    articles: v.pipe(v.array(v.object({
      article: draftArticle,
      decisions: v.pipe(v.array(decision), v.maxLength(MAX_CANDIDATES, `More than ${MAX_CANDIDATES} decisions`)),
    })), v.minLength(1, 'No article to import'), v.maxLength(500, 'More than 500 articles in one batch')),
  })),
};
