/** Downloads an article page: timeout, size cap, content-type check, a clear message when offline. */
import { ChronikError } from '../../core/api';
import { MAX_URL_BYTES, URL_TIMEOUT_MS } from '../../core/contract/import';
import { formatSize } from './decode';

export interface Fetched {
  bytes: Uint8Array;
  /** The final URL after redirects. */
  url: string;
  contentType: string;
  charset: string | null;
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const ACCEPTED = /^(text\/html|application\/xhtml\+xml|text\/plain)$/i;

/** Fetches `url` with the importer's limits; every failure is a ChronikError with code IO or UNSUPPORTED. */
export async function fetchArticle(url: string, opts: { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? URL_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_URL_BYTES;
  const host = new URL(url).host;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  // The caller's cancel aborts the same request; it is told apart from the timeout by its own signal.
  const onCancel = () => abort.abort();
  if (opts.signal?.aborted) throw new ChronikError('CANCELLED', 'The analysis was cancelled');
  opts.signal?.addEventListener('abort', onCancel);
  const fail = (e: unknown) => (opts.signal?.aborted ? new ChronikError('CANCELLED', 'The analysis was cancelled') : networkError(e, host, timeoutMs, abort.signal.aborted));
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: abort.signal, redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.9' } });
    } catch (e) {
      throw fail(e);
    }
    if (!res.ok) throw new ChronikError('IO', `${host} answered ${res.status} ${res.statusText || ''}`.trim() + ` for ${url}`);
    const contentType = res.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0]!.trim();
    if (!ACCEPTED.test(mime)) {
      await res.body?.cancel();
      throw new ChronikError('UNSUPPORTED', `${url} is ${mime || 'of no declared type'}, not an HTML or text page`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new ChronikError('VALIDATION', `${url} is ${formatSize(declared)}; Chronik downloads pages up to ${formatSize(maxBytes)}`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        total += chunk.length;
        if (total > maxBytes) {
          abort.abort();
          throw new ChronikError('VALIDATION', `${url} is larger than ${formatSize(maxBytes)}; Chronik downloads pages up to that size`);
        }
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof ChronikError) throw e;
      throw fail(e);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
    return { bytes, url: res.url || url, contentType: mime, charset };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCancel);
  }
}

function networkError(e: unknown, host: string, timeoutMs: number, aborted: boolean): ChronikError {
  if (aborted) return new ChronikError('IO', `${host} did not answer within ${Math.round(timeoutMs / 1000)} s`);
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code && OFFLINE_CODES.has(cause.code)) {
    return new ChronikError('IO', `Cannot reach ${host} — the machine seems to be offline (${cause.code})`);
  }
  return new ChronikError('IO', `Cannot reach ${host}: ${cause?.message ?? (e as Error)?.message ?? String(e)}`);
}
