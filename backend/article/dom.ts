/** The little of the DOM the article reader uses, over linkedom (no DOM lib in the Node build). */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
export interface DomElement extends DomNode {
  tagName: string;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const wrap = (html: string) => `<!doctype html><html><head></head><body>${html}</body></html>`;

/**
 * Parses an HTML string into a document that always has a root element; linkedom is forgiving,
 * so broken HTML still parses. A fragment (or a cut-off `<html lan`) is wrapped in a page.
 */
export function parseDocument(html: string): DomDocument {
  // A fragment without <html> would leave documentElement empty; wrap it.
  const source = /<html[\s>]/i.test(html) ? html : wrap(html);
  const doc = parseHTML(source).document as unknown as DomDocument;
  return doc.documentElement ? doc : (parseHTML(wrap(html)).document as unknown as DomDocument);
}

/** How big and how deep a page is: what Readability's running time grows with. */
export interface PageShape {
  elements: number;
  /** The deepest element's depth (the root is 1). */
  depth: number;
  /** The sum of every element's depth: Readability walks each element's ancestors, several times. */
  depthSum: number;
}

/** Measures a document without recursion (deep pages must not overflow the stack). */
export function pageShape(doc: DomDocument): PageShape {
  const shape: PageShape = { elements: 0, depth: 0, depthSum: 0 };
  const root = doc.documentElement;
  if (!root) return shape;
  const stack: Array<[DomElement, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    shape.elements++;
    shape.depthSum += depth;
    if (depth > shape.depth) shape.depth = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return shape;
}

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'BODY', 'HTML']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Plain text of an element: one paragraph per block element, separated by a blank line, runs of
 * whitespace inside a paragraph collapsed; scripts and styles skipped. Walks siblings by
 * `nextSibling` with its own stack: linkedom's `childNodes[i]` costs time in proportion to i, and
 * recursion would overflow on deep pages.
 */
export function textOf(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // `null` marks the end of a block element: its paragraph ends there.
  const stack: Array<DomNode | null> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) {
      flush();
      continue;
    }
    if (n.nodeType === 3) {
      current += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      current += ' ';
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push(null);
    }
    const children: DomNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}
