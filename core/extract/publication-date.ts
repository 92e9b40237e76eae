/** Finds the publication date in the first lines of an article ("Berlin, 25.10.2024", "Oct 25, 2024"). */
import { tag } from '../tagger';

/** How far into the text a dateline may stand. */
const HEAD_CHARS = 400;

/** The first full calendar date (`YYYY-MM-DD`) near the top of the text, with its phrase; null when none. */
export function findPublicationDate(text: string, lang: 'de' | 'en'): { value: string; phrase: string } | null {
  const head = text.slice(0, HEAD_CHARS);
  // No anchor on purpose: only absolute dates resolve, relative ones ("gestern") stay unresolved.
  for (const t of tag(head, { lang })) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(t.value);
    if (m) return { value: m[1]!, phrase: t.text };
  }
  return null;
}
