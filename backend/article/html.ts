/** HTML page → main text, sanitized article HTML and metadata (Readability over linkedom). */
import { Readability } from '@mozilla/readability';
import sanitizeHtml from 'sanitize-html';
import { ChronikError } from '../../core/api';
import { formatSize } from './decode';
import { pageShape, parseDocument, textOf, type DomDocument } from './dom';
import { removeFurniture } from './furniture';
import { readMetadata, type HtmlMeta } from './metadata';

export interface ExtractedHtml {
  text: string;
  html: string;
  meta: HtmlMeta;
  warnings: string[];
}

/**
 * Limits that keep the analysis of any page within seconds (see README, Reliability). Chromium's
 * own parser stops nesting at 512 levels, so a deeper page is not an ordinary web page.
 */
export const PAGE_LIMITS = {
  /** Page markup without scripts, styles and comments (parsing costs about 1 s per MB here). */
  maxMarkupBytes: 2 * 1024 * 1024,
  maxDepth: 512,
  /**
   * Readability scores every element and walks its ancestors, in several passes: measured here,
   * its time is about 14 µs per unit of `depthSum + 12 × elements` (a flat page of 1,000
   * paragraphs ≈ 60,000 units ≈ 0.9 s). Above this the whole page's text is taken instead.
   */
  readabilityWork: 100_000,
};

/** What article HTML may keep: structure and links, nothing active, no remote content. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'em', 'strong', 'b', 'i', 'u', 's',
    'sub', 'sup', 'br', 'hr', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'pre', 'code',
    'time', 'abbr', 'q', 'cite', 'dl', 'dt', 'dd', 'span', 'div', 'section', 'article'],
  allowedAttributes: { a: ['href', 'title'], time: ['datetime'], abbr: ['title'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Sanitizes article HTML for storage and display (also applied to HTML a client sends back). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Signs of a truncated or badly broken page, worth a warning (the text may still be fine). */
function looksDamaged(html: string): boolean {
  const lastOpen = html.lastIndexOf('<');
  if (lastOpen > html.lastIndexOf('>')) return true;
  if (/<html[\s>]/i.test(html) && !/<\/html\s*>/i.test(html) && !/<\/body\s*>/i.test(html)) return true;
  const opens = (html.match(/<(p|div|article|section)[\s>]/gi) ?? []).length;
  const closes = (html.match(/<\/(p|div|article|section)\s*>/gi) ?? []).length;
  return opens > 5 && closes < opens / 2;
}

const INERT_OPEN = /<(script|style)(?=[\s>/])|<!--/gi;
const CLOSE: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * Removes scripts (but not JSON-LD metadata), styles and comments in one linear pass before
 * parsing: pages often carry megabytes of them, and nothing of them is article text.
 */
export function stripInert(html: string): string {
  const parts: string[] = [];
  let last = 0;
  INERT_OPEN.lastIndex = 0;
  for (let m = INERT_OPEN.exec(html); m; m = INERT_OPEN.exec(html)) {
    const at = m.index;
    let end: number;
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', at + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const name = m[1]!.toLowerCase();
      const tagEnd = html.indexOf('>', at);
      const close = CLOSE[name]!;
      close.lastIndex = tagEnd < 0 ? html.length : tagEnd;
      const c = tagEnd < 0 ? null : close.exec(html);
      end = c ? c.index + c[0].length : html.length;
      if (name === 'script' && tagEnd >= 0 && /type\s*=\s*["']?application\/ld\+json/i.test(html.slice(at, tagEnd))) {
        INERT_OPEN.lastIndex = end; // metadata: kept
        continue;
      }
    }
    parts.push(html.slice(last, at));
    last = end;
    INERT_OPEN.lastIndex = end;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

/** Removes page furniture before the fallback extraction of the whole body. */
function stripFurniture(doc: DomDocument): void {
  const junk = doc.querySelectorAll('script, style, header');
  for (let i = junk.length - 1; i >= 0; i--) junk[i]!.remove();
  removeFurniture(doc);
}

/**
 * Extracts the article from a page; `baseUrl` is where it was fetched from (for relative links),
 * `name` names the page in messages. Pages beyond PAGE_LIMITS are refused (markup, depth) or read
 * whole without article detection (too much for Readability), so no page takes long.
 */
export function extractHtml(html: string, baseUrl: string | null, name = 'The page'): ExtractedHtml {
  const warnings: string[] = [];
  const markup = stripInert(html);
  if (markup.length > PAGE_LIMITS.maxMarkupBytes) {
    throw new ChronikError('UNSUPPORTED', `${name} has ${formatSize(markup.length)} of page markup besides scripts and styles; Chronik reads pages up to ${formatSize(PAGE_LIMITS.maxMarkupBytes)}. Save the article's text and import that`);
  }
  const doc = parseDocument(markup);
  const shape = pageShape(doc);
  if (shape.depth > PAGE_LIMITS.maxDepth) {
    throw new ChronikError('UNSUPPORTED', `${name} cannot be read: its elements are nested ${shape.depth.toLocaleString('en')} levels deep (browsers stop at ${PAGE_LIMITS.maxDepth}); it is not an ordinary web page`);
  }
  const meta = readMetadata(doc, baseUrl);
  let content: string | null = null;
  if (shape.depthSum + 12 * shape.elements <= PAGE_LIMITS.readabilityWork) {
    try {
      // Readability mutates its document: give it a fresh one, without captions, bylines and the like.
      const articleDoc = parseDocument(markup);
      removeFurniture(articleDoc);
      const parsed = new Readability(articleDoc as never, { charThreshold: 200 }).parse();
      if (parsed?.content && (parsed.textContent ?? '').trim().length >= 80) {
        content = parsed.content;
        if (!meta.byline && parsed.byline) meta.byline = parsed.byline.replace(/\s+/g, ' ').trim();
        if (!meta.publisher && parsed.siteName) meta.publisher = parsed.siteName.trim();
      }
    } catch {
      content = null; // Readability gives up on odd pages; the whole body is the fallback.
    }
  } else {
    warnings.push('The page is too large for article detection; Chronik took the text of the whole page, so check it for menus and other page furniture');
  }
  if (content === null) {
    stripFurniture(doc);
    content = doc.body ? doc.body.innerHTML : markup;
  }
  const clean = sanitizeArticleHtml(content);
  const cleanDoc = parseDocument(clean);
  const text = textOf(cleanDoc.body ?? cleanDoc.documentElement!);
  if (looksDamaged(html)) warnings.push('The HTML looks damaged or cut off; check that the extracted text is complete');
  return { text, html: clean, meta, warnings };
}
