/**
 * Page furniture that is never article text: navigation, photo captions and credits, bylines,
 * share and newsletter boxes, related links, encyclopaedia edit links, footnote markers and
 * reference lists. Removed before the article is detected, so none of it becomes a candidate.
 */
import type { DomDocument, DomElement } from './dom';

/** Elements removed wherever they stand (class and id fragments are matched as written, lower case). */
const FURNITURE = [
  'nav', 'aside', 'footer', 'form', 'button', 'iframe', 'svg', 'noscript', '[role="navigation"]', '[role="complementary"]',
  '[aria-hidden="true"]', 'figcaption', '[itemprop="caption"]', '[itemprop="author"]',
  // Captions, credits, bylines and the boxes around an article.
  '[class*="caption"]', '[class*="credit"]', '[class*="copyright"]', '[class*="byline"]', '[class*="autor"]', '[class*="author"]',
  '[class*="bildnachweis"]', '[class*="share"]', '[class*="social"]', '[class*="newsletter"]', '[class*="related"]',
  '[class*="promo"]', '[class*="advert"]', '[class*="breadcrumb"]', '[id*="comments"]', '[class*="comments"]',
  // Wikipedia and other wikis: edit links, footnote markers, reference lists, navigation boxes, infoboxes.
  '.mw-editsection', 'sup.reference', '.reference', 'ol.references', '.references', '.reflist', '.mw-references-wrap',
  '.navbox', '.infobox', '#toc', '.toc', '.mw-jump-link', '#mw-navigation', '#siteSub', '#contentSub', '.catlinks', '#footer',
];

// A footnote marker left as text: "[12]", "[a]", "[Anm. 3]".
const FOOTNOTE = /^\s*\[(?:\d{1,3}|[a-z]|Anm\.\s*\d{1,3}|note \d{1,3})\]\s*$/i;

/** Removes the furniture from a document in place. */
export function removeFurniture(doc: DomDocument): void {
  const junk = doc.querySelectorAll(FURNITURE.join(', '));
  for (let i = junk.length - 1; i >= 0; i--) junk[i]!.remove();
  // Footnote markers without a class: <sup>[3]</sup>, <sup><a>[3]</a></sup>.
  const sups = doc.querySelectorAll('sup');
  for (let i = sups.length - 1; i >= 0; i--) {
    const s: DomElement = sups[i]!;
    if (FOOTNOTE.test(s.textContent ?? '')) s.remove();
  }
}
