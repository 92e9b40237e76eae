/** Orders for events: time order for the arrow keys, column sorts for the list view. Pure. */
import type { Lane, TimelineEvent } from '../../../core/api';
import { compareDates } from '../../../core/dates';

export type SortColumn = 'date' | 'title' | 'kind' | 'confidence' | 'lane' | 'sources';
export interface SortState { column: SortColumn; dir: 'asc' | 'desc' }

const CONF_ORDER = { confirmed: 0, reported: 1, claimed: 2, disputed: 3 } as const;

/** Events in time order (start, then end, then title): the order the arrow keys walk. */
export function inTimeOrder<E extends TimelineEvent>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => compareDates(a.start, b.start) || a.title.localeCompare(b.title) || a.id - b.id);
}

/** The id of the event before/after `current` in time order; the first/last one when nothing is selected. */
export function stepInTime(events: readonly TimelineEvent[], current: number | null, step: 1 | -1): number | null {
  const ordered = inTimeOrder(events);
  if (!ordered.length) return null;
  const i = current === null ? -1 : ordered.findIndex((e) => e.id === current);
  if (i < 0) return (step === 1 ? ordered[0] : ordered[ordered.length - 1])!.id;
  return ordered[Math.min(ordered.length - 1, Math.max(0, i + step))]!.id;
}

/** Sorts for the list view; ties fall back to time order so the table never jumps. */
export function sortEvents<E extends TimelineEvent>(
  events: readonly E[], sort: SortState, lanes: readonly Lane[], label: (e: E, column: 'kind' | 'confidence') => string,
): E[] {
  const lanePos = new Map(lanes.map((l) => [l.id, l.position]));
  const byTime = inTimeOrder(events);
  const rank = new Map(byTime.map((e, i) => [e.id, i]));
  const cmp = (a: E, b: E): number => {
    switch (sort.column) {
      case 'date': return 0;
      case 'title': return a.title.localeCompare(b.title);
      case 'kind': return label(a, 'kind').localeCompare(label(b, 'kind'));
      case 'confidence': return CONF_ORDER[a.confidence] - CONF_ORDER[b.confidence];
      case 'lane': return (lanePos.get(a.laneId ?? -1) ?? Infinity) - (lanePos.get(b.laneId ?? -1) ?? Infinity);
      case 'sources': return a.sources.length - b.sources.length;
    }
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return byTime.sort((a, b) => sign * (cmp(a, b) || rank.get(a.id)! - rank.get(b.id)!));
}

/** Splits an FTS snippet ("… [[Kazan]] summit …") into plain and highlighted parts. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  const re = /\[\[(.*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) out.push({ text: snippet.slice(last, m.index), hit: false });
    out.push({ text: m[1]!, hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), hit: false });
  return out;
}
