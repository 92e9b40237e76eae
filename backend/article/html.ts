/** HTML page → main text, sanitized article HTML and metadata (Readability over linkedom). */
import { Readability } from '@mozilla/readability';
import sanitizeHtml from 'sanitize-html';
import { parseDocument, textOf, type DomDocument } from './dom';
import { readMetadata, type HtmlMeta } from './metadata';

export interface ExtractedHtml {
  text: string;
  html: string;
  meta: HtmlMeta;
  warnings: string[];
}

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

/** Removes page furniture before the fallback extraction of the whole body. */
function stripFurniture(doc: DomDocument): void {
  const junk = doc.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, [role="navigation"], [aria-hidden="true"]');
  for (let i = junk.length - 1; i >= 0; i--) junk[i]!.remove();
}

/** Extracts the article from a page; `baseUrl` is where it was fetched from (for relative links). */
export function extractHtml(html: string, baseUrl: string | null): ExtractedHtml {
  const warnings: string[] = [];
  const meta = readMetadata(parseDocument(html), baseUrl);
  let content: string | null = null;
  try {
    // Readability mutates its document: give it a fresh one.
    const parsed = new Readability(parseDocument(html) as never, { charThreshold: 200 }).parse();
    if (parsed?.content && (parsed.textContent ?? '').trim().length >= 80) {
      content = parsed.content;
      if (!meta.byline && parsed.byline) meta.byline = parsed.byline.replace(/\s+/g, ' ').trim();
      if (!meta.publisher && parsed.siteName) meta.publisher = parsed.siteName.trim();
    }
  } catch {
    content = null; // Readability gives up on odd pages; the whole body is the fallback.
  }
  if (content === null) {
    const doc = parseDocument(html);
    stripFurniture(doc);
    content = doc.body ? (doc.body as unknown as { innerHTML: string }).innerHTML : html;
  }
  const clean = sanitizeArticleHtml(content);
  const text = textOf(parseDocument(clean).body ?? parseDocument(clean).documentElement!);
  if (looksDamaged(html)) warnings.push('The HTML looks damaged or cut off; check that the extracted text is complete');
  return { text, html: clean, meta, warnings };
}
