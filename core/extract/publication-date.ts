/** Finds the publication date in the first lines of an article ("Berlin, 25.10.2024", "Oct 25, 2024"). */
import type { Language } from '../language';
import { daysInMonth } from '../dates';
import { tag } from '../tagger';

/** How far into the text a dateline may stand. */
const HEAD_CHARS = 400;

/**
 * True when a date stands as a dateline: on a short line of its own ("25.10.2024", "Berlin,
 * 25. Oktober 2024", "Published Oct 25, 2024") or at the head of a line before a dash or colon
 * ("LONDON, March 6, 2025 — …", "Kiel, 7. März 2025. Die …"). A date inside the first sentence of the story is an event date,
 * not the publication date.
 */
function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).trim();
  // A short line that is not a sentence ("Berlin, 25.10.2024", "Published Oct 25, 2024").
  if (line.length <= 90 && (!/[.!?]$/.test(line) || line.split(/\s+/).length <= 6)) return true;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 4);
  // "LONDON, March 6, 2025 — The…", "Port Aldwick, 7 March 2025. The…"
  return before.length <= 40 && /^\s*[—–\-:|.]/.test(after);
}

/** True for a day that exists: not "31.04.2024" or "30. Februar 2024". */
function existingDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The first full calendar date (`YYYY-MM-DD`) in a dateline near the top of the text; null when
 * none. An impossible date is no date: it is skipped, and the review asks for the date when none is left.
 */
export function findPublicationDate(text: string, lang: Language): { value: string; phrase: string } | null {
  const head = text.slice(0, HEAD_CHARS);
  // No anchor on purpose: only absolute dates resolve, relative ones ("gestern") stay unresolved.
  for (const t of tag(head, { lang })) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(t.value);
    if (m && existingDay(m[1]!) && isDateline(text, t.start, t.end)) return { value: m[1]!, phrase: t.text };
  }
  return null;
}
