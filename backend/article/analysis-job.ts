/**
 * One analysis as data in, data out: what the analysis worker runs (and the backend itself when
 * no worker script is at hand). Every failure becomes a reply with a clear message, never a throw.
 */
import { ChronikError, type ArticleDraft, type ErrorCode } from '../../core/api';
import { analyzeRaw, type AnalyzeOptions } from './analyze';
import type { RawArticle } from './read-input';

export interface AnalysisJob {
  raw: RawArticle;
  opts: AnalyzeOptions;
}

export type Analysed = Omit<ArticleDraft, 'alreadyImported'>;

export type AnalysisReply = { ok: true; draft: Analysed } | { ok: false; code: ErrorCode; message: string; field?: string };

/** How messages name an input: "x.html", or "The pasted text". */
export function inputName(raw: Pick<RawArticle, 'name'>): string {
  return raw.name === 'pasted text' ? 'The pasted text' : `"${raw.name}"`;
}

/** Runs one analysis. Unexpected failures (a page that breaks the parser) get a plain message too. */
export function runAnalysisJob(job: AnalysisJob): AnalysisReply {
  try {
    return { ok: true, draft: analyzeRaw(job.raw, job.opts) };
  } catch (e) {
    if (e instanceof ChronikError) return { ok: false, code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
    return { ok: false, code: 'UNSUPPORTED', message: `${inputName(job.raw)} cannot be read: Chronik could not make sense of its content. Save the article's text and import that` };
  }
}
