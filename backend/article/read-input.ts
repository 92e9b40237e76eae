/** An article input (text, file bytes, URL) → its text or HTML, ready for extraction. */
import { ChronikError, type ArticleInput } from '../../core/api';
import { MAX_FILE_BYTES } from '../../core/contract/import';
import { decodeArticleBytes, formatSize, type ArticleFormat } from './decode';
import { fetchArticle } from './fetch-url';
import { isBlank } from './invisible';

export interface RawArticle {
  content: string;
  format: ArticleFormat;
  /** The file name or URL, for messages and as a title of last resort. */
  name: string;
  /** Where the page was fetched from (after redirects). */
  url: string | null;
  title: string;
  warnings: string[];
}

/**
 * Reads the input; every expected failure is a ChronikError with a message that names the input.
 * `signal` aborts a download (CANCELLED).
 */
export async function readInput(input: ArticleInput, signal?: AbortSignal): Promise<RawArticle> {
  switch (input.kind) {
    case 'text': {
      if (isBlank(input.text)) throw new ChronikError('VALIDATION', 'The pasted text is empty', 'input.text');
      if (/\u0000/.test(input.text)) throw new ChronikError('UNSUPPORTED', 'The pasted text contains binary data', 'input.text');
      return { content: input.text, format: 'text', name: 'pasted text', url: null, title: input.title ?? '', warnings: [] };
    }
    case 'file': {
      const bytes = decodeBase64(input.base64, input.name);
      const decoded = decodeArticleBytes(bytes, input.name);
      const warnings = decoded.encoding === 'windows-1252' ? [`"${input.name}" is not UTF-8; it was read as Windows-1252 (Western European)`] : [];
      if (decoded.replaced) warnings.push(replacedWarning(input.name, decoded.replaced));
      return { content: decoded.text, format: decoded.format, name: input.name, url: null, title: '', warnings };
    }
    case 'url': {
      const fetched = await fetchArticle(input.url, { signal });
      const decoded = decodeArticleBytes(fetched.bytes, fetched.url, fetched.charset);
      const format: ArticleFormat = fetched.contentType === 'text/plain' ? 'text' : 'html';
      const warnings = decoded.replaced ? [replacedWarning(fetched.url, decoded.replaced)] : [];
      return { content: decoded.text, format, name: fetched.url, url: fetched.url, title: '', warnings };
    }
  }
}

function replacedWarning(name: string, n: number): string {
  return `"${name}" is UTF-8 with ${n === 1 ? 'one invalid byte' : `${n} invalid bytes`}; ${n === 1 ? 'it shows' : 'they show'} as \uFFFD`;
}

function decodeBase64(b64: string, name: string): Uint8Array {
  const clean = b64.replace(/\s+/g, '');
  // Name the real size before decoding a file that is too large anyway.
  const approxBytes = Math.floor((clean.length * 3) / 4);
  if (approxBytes > MAX_FILE_BYTES) {
    throw new ChronikError('VALIDATION', `"${name}" is ${formatSize(approxBytes)}; Chronik imports articles up to ${formatSize(MAX_FILE_BYTES)}`);
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new ChronikError('VALIDATION', `"${name}" did not arrive as valid base64 data`, 'input.base64');
  return new Uint8Array(Buffer.from(clean, 'base64'));
}
