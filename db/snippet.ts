/**
 * A search hit's snippet, made here for a page of hits instead of by FTS5's snippet(): that one
 * runs for every match before the page is cut (15,000 matches for one page of 50 at a million
 * events). Same shape: about a dozen words of the text that matches best, each matching word in
 * [[ ]], "…" where the text was cut. Words match as the index matches them: by prefix, without
 * regard to case or diacritics.
 */
import { foldText } from '../core/filter';

/** A word as the full-text index reads it: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a full-text query, folded as the index folds them (see ftsQuery). */
export function queryWords(query: string): string[] {
  return (query.match(WORD) ?? []).map(foldText);
}

export function snippetOf(texts: readonly string[], words: readonly string[], size = 12): string {
  let best: { text: string; tokens: RegExpExecArray[]; hits: number[] } | null = null;
  for (const text of texts) {
    const tokens = [...text.matchAll(WORD)];
    const hits: number[] = [];
    tokens.forEach((t, i) => {
      const folded = foldText(t[0]);
      if (words.some((w) => folded.startsWith(w))) hits.push(i);
    });
    if (hits.length && (!best || hits.length > best.hits.length)) best = { text, tokens, hits };
  }
  if (!best) {
    const text = texts.find((t) => t.trim()) ?? '';
    return cut(text, [...text.matchAll(WORD)], new Set(), 0, size);
  }
  // A word or two before the first match, as much after as fits.
  const start = Math.max(0, Math.min(best.hits[0]! - 2, best.tokens.length - size));
  return cut(best.text, best.tokens, new Set(best.hits), start, size);
}

function cut(text: string, tokens: RegExpExecArray[], marked: ReadonlySet<number>, start: number, size: number): string {
  if (!tokens.length) return text.slice(0, 200);
  const end = Math.min(tokens.length, start + size);
  let out = start > 0 ? '…' : '';
  let at = start > 0 ? tokens[start]!.index : 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    out += text.slice(at, t.index);
    out += marked.has(i) ? `[[${t[0]}]]` : t[0];
    at = t.index + t[0].length;
  }
  out += end < tokens.length ? text.slice(at, tokens[end]!.index).trimEnd() + '…' : text.slice(at);
  return out;
}
