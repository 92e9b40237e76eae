/** Article metadata from an HTML document: title, byline, publisher, canonical URL, language, date. */
import type { PublishedFrom } from '../../core/api';
import { findPublicationDate } from '../../core/extract';
import type { DomDocument } from './dom';

export interface HtmlMeta {
  title: string;
  byline: string;
  publisher: string;
  url: string | null;
  /** Two-letter code from <html lang> or Content-Language; null when absent. */
  language: string | null;
  /** The raw date string as the page gives it, and where it was found. */
  published: { raw: string; from: PublishedFrom } | null;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function meta(doc: DomDocument, ...keys: string[]): string {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`) ?? doc.querySelector(`meta[itemprop="${k}"]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return '';
}

/** Every JSON-LD object of the page, flattened through arrays and @graph. */
function jsonLd(doc: DomDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x as Record<string, unknown>);
      const graph = (x as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources of metadata remain.
    }
  }
  return out;
}

function names(x: unknown): string {
  if (typeof x === 'string') return clean(x);
  if (Array.isArray(x)) return x.map(names).filter(Boolean).join(', ');
  if (x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string') return clean((x as { name: string }).name);
  return '';
}

function httpUrl(raw: string, base: string | null): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|WebPage)$/;

/** Whether a JSON-LD object is an article ("@type" may be a list: ["NewsArticle", "Article"]). */
const isArticle = (o: Record<string, unknown>): boolean => [o['@type']].flat().some((t) => ARTICLE_TYPES.test(String(t ?? '')));

// Elements that carry the byline or the date line of an article ("Von Jana Petersen · 14.03.2025, 18:42 Uhr").
const DATE_LINES = '[class*="byline"], [class*="dateline"], [class*="date"], [class*="datum"], [class*="autor"], [class*="author"], [class*="published"], [class*="meta"], [itemprop="datePublished"], time';

/** Reads the metadata; `baseUrl` (the fetched URL) resolves a relative canonical link. */
export function readMetadata(doc: DomDocument, baseUrl: string | null): HtmlMeta {
  const ld = jsonLd(doc);
  const article = ld.find(isArticle) ?? ld[0] ?? {};
  const title = meta(doc, 'og:title', 'twitter:title') || clean(article.headline as string) ||
    clean(doc.querySelector('h1')?.textContent) || clean(doc.title);
  const byline = meta(doc, 'author', 'article:author', 'byl', 'dc.creator', 'DC.creator') || names(article.author) ||
    clean(doc.querySelector('[rel="author"]')?.textContent);
  const publisher = meta(doc, 'og:site_name', 'application-name') || names(article.publisher);
  const url = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '', baseUrl) ??
    httpUrl(meta(doc, 'og:url'), baseUrl) ?? httpUrl(typeof article.url === 'string' ? article.url : '', baseUrl) ?? baseUrl;
  const lang = clean(doc.documentElement?.getAttribute('lang')) || meta(doc, 'og:locale') ||
    clean(doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute('content'));
  let published: HtmlMeta['published'] = null;
  const fromMeta = meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'og:published_time');
  const fromLd = [article, ...ld].map((o) => o.datePublished ?? o.dateCreated).find((d): d is string => typeof d === 'string' && !!d);
  if (fromMeta) published = { raw: fromMeta, from: 'meta' };
  else if (fromLd) published = { raw: fromLd, from: 'json-ld' };
  else {
    const time = doc.querySelector('[itemprop="datePublished"][datetime]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
    const raw = clean(time?.getAttribute('datetime'));
    if (raw) published = { raw, from: 'time' };
    else {
      // A date in the byline or date line: "By Maya Lindqvist · Published March 7, 2025", "14.03.2025, 18:42 Uhr".
      const lang = /^de/i.test(clean(doc.documentElement?.getAttribute('lang'))) ? 'de' : 'en';
      const lines = doc.querySelectorAll(DATE_LINES);
      for (let i = 0; i < lines.length && i < 40 && !published; i++) {
        const text = clean(lines[i]!.textContent);
        if (text.length > 200) continue;
        const found = findPublicationDate(text, lang) ?? findPublicationDate(text, lang === 'de' ? 'en' : 'de');
        if (found) published = { raw: found.value, from: 'byline' };
      }
    }
  }
  return { title, byline, publisher, url, language: lang ? lang.slice(0, 2).toLowerCase() : null, published };
}
