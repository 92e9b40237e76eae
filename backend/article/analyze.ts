/** Builds an ArticleDraft: read, extract text and metadata, find candidates and duplicates. Writes nothing. */
import { createHash } from 'node:crypto';
import type { ArticleDraft, ArticleMeta, Language, PublishedFrom } from '../../core/api';
import { MAX_ANALYSIS_CHARS, MAX_CANDIDATES } from '../../core/contract/import';
import { parseDate, type ChronikDate } from '../../core/dates';
import { extractCandidates, findPublicationDate, markDuplicates, type BatchItem, type KnownEvent } from '../../core/extract';
import { detectLanguage } from '../../core/tagger';
import { ChronikError } from '../../core/api';
import { extractHtml } from './html';
import { cleanLabel, isBlank } from './invisible';
import type { RawArticle } from './read-input';

export interface AnalyzeOptions {
  /** Overrides whatever the article says (the analyst's answer in the review). */
  publishedAt?: ChronikDate | null;
  lang?: Language;
  known: KnownEvent[];
  batch: BatchItem[];
}

/** SHA-256 of the text with whitespace normalised: the same article from a file or a URL matches. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/** A publication date from metadata at day precision (the local date as the page writes it). */
function dayFrom(raw: string): ChronikDate | null {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim());
  const r = parseDate(iso ? iso[1]! : raw.trim());
  if (!r.ok) return null;
  const d = r.date;
  if (d.precision === 'minute') return { value: d.value.slice(0, 10), precision: 'day' };
  return { value: d.value, precision: d.precision };
}

/** Markdown and plain text: the first non-empty line is the title when it is short. */
function titleFromText(text: string): string {
  const first = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find(Boolean) ?? '';
  return first.length <= 200 ? first.replace(/[.:]$/, '') : first.slice(0, 80).replace(/\s+\S*$/, '') + '…';
}

export function analyzeRaw(raw: RawArticle, opts: AnalyzeOptions): Omit<ArticleDraft, 'alreadyImported'> {
  const warnings = [...raw.warnings];
  const name = raw.name === 'pasted text' ? 'The pasted text' : `"${raw.name}"`;
  let text: string;
  let html: string | null = null;
  const meta: ArticleMeta = { title: raw.title, byline: '', publisher: '', url: raw.url, language: 'en', publishedAt: null, publishedFrom: null };
  let declaredLang: string | null = null;
  let publishedRaw: { raw: string; from: PublishedFrom } | null = null;
  if (raw.format === 'html') {
    const x = extractHtml(raw.content, raw.url, name);
    text = x.text;
    html = x.html;
    warnings.push(...x.warnings);
    meta.title = meta.title || x.meta.title;
    meta.byline = x.meta.byline;
    meta.publisher = x.meta.publisher;
    meta.url = x.meta.url ?? raw.url;
    declaredLang = x.meta.language;
    publishedRaw = x.meta.published;
  } else {
    // Plain text keeps its line structure; only line endings and trailing blanks are normalised.
    text = raw.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  }
  if (isBlank(text)) throw new ChronikError('VALIDATION', `${name} contains no readable article text`);
  if (text.length > MAX_ANALYSIS_CHARS) {
    throw new ChronikError('VALIDATION', `${name === 'The pasted text' ? name : `The text of ${name}`} is ${text.length.toLocaleString('en')} characters long; Chronik analyses articles up to ${MAX_ANALYSIS_CHARS.toLocaleString('en')} characters (about 150,000 words). Split it into parts and import them one by one`);
  }
  // Zero-width and bidi-override characters could hide or reorder what a title says.
  meta.title = cleanLabel(meta.title) || cleanLabel(titleFromText(text)) || raw.name;
  meta.byline = cleanLabel(meta.byline);
  meta.publisher = cleanLabel(meta.publisher);

  if (opts.lang) meta.language = opts.lang;
  else if (declaredLang === 'de' || declaredLang === 'en') meta.language = declaredLang;
  else {
    meta.language = detectLanguage(text);
    if (declaredLang) warnings.push(`The page declares the language "${declaredLang}"; Chronik reads German and English and treats it as ${meta.language === 'de' ? 'German' : 'English'}`);
  }

  if (opts.publishedAt) [meta.publishedAt, meta.publishedFrom] = [{ value: opts.publishedAt.value, precision: opts.publishedAt.precision }, 'input'];
  else {
    const fromPage = publishedRaw ? dayFrom(publishedRaw.raw) : null;
    if (fromPage && publishedRaw) [meta.publishedAt, meta.publishedFrom] = [fromPage, publishedRaw.from];
    else {
      const found = findPublicationDate(text, meta.language);
      if (found) [meta.publishedAt, meta.publishedFrom] = [{ value: found.value, precision: 'day', original: found.phrase }, 'text'];
    }
  }
  // Relative dates need a day to count from; a month or a year alone is not enough.
  const anchor = meta.publishedAt && meta.publishedAt.precision !== 'year' && meta.publishedAt.precision !== 'month' ? meta.publishedAt.value.slice(0, 10) : null;
  let found = extractCandidates(text, { lang: meta.language, publishedAt: anchor });
  if (found.length > MAX_CANDIDATES) {
    warnings.push(`The article holds ${found.length.toLocaleString('en')} possible events; the first ${MAX_CANDIDATES.toLocaleString('en')} are proposed. Split it into parts to review the rest`);
    found = found.slice(0, MAX_CANDIDATES);
  }
  found = found.map((c) => ({ ...c, title: cleanLabel(c.title) || cleanLabel(c.quote).slice(0, 80).replace(/\s+\S*$/u, '…') }));
  const candidates = markDuplicates(found, opts.known, opts.batch);
  return { meta, text, html, contentHash: contentHash(text), needsPublishedAt: anchor === null, candidates, warnings };
}
