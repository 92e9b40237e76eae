/** Article metadata from an HTML document: title, byline, publisher, canonical URL, language, date. */
import type { PublishedFrom } from '../../core/api';
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

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle)$/;

/** Reads the metadata; `baseUrl` (the fetched URL) resolves a relative canonical link. */
export function readMetadata(doc: DomDocument, baseUrl: string | null): HtmlMeta {
  const ld = jsonLd(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? ld[0] ?? {};
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
  const fromMeta = meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date');
  if (fromMeta) published = { raw: fromMeta, from: 'meta' };
  else if (typeof article.datePublished === 'string' && article.datePublished) published = { raw: article.datePublished, from: 'json-ld' };
  else {
    const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
    const raw = clean(time?.getAttribute('datetime'));
    if (raw) published = { raw, from: 'time' };
  }
  return { title, byline, publisher, url, language: lang ? lang.slice(0, 2).toLowerCase() : null, published };
}
