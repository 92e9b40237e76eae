/**
 * The event filter shared by the renderer's filter bar, the briefing and every export: one pure
 * function so "what the analyst sees" and "what leaves the app" can never disagree.
 */
import { sortKey, type ChronikDate } from './dates';
import type { Confidence, EventKind, TimelineEvent } from './domain';

export interface EventFilter {
  /** Keep events overlapping [from, to] (same rule as listEvents: a month overlaps its days). */
  from?: ChronikDate | null;
  to?: ChronikDate | null;
  /** Keep events carrying any of these tags (case-insensitive). */
  tags?: string[];
  kinds?: EventKind[];
  confidences?: Confidence[];
  /** Keep events in these lanes; `null` stands for "no lane". */
  laneIds?: (number | null)[];
  /** Keep events that name any of these entities (people, organisations, places). */
  entityIds?: number[];
  /** Every word must occur in the title, description, location, tags, entities, quotes or source titles. */
  query?: string;
  /** Only events that no source backs yet (the analyst's to-do list). */
  unsourced?: boolean;
}

/** Lower case without diacritics, so "Kyjiw" matches "Kyjiw" and "Čop" matches "cop". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the filter restricts nothing. */
export function isEmptyFilter(f: EventFilter | null | undefined): boolean {
  if (!f) return true;
  return !f.from && !f.to && !f.tags?.length && !f.kinds?.length && !f.confidences?.length && !f.laneIds?.length
    && !f.entityIds?.length && !f.query?.trim() && !f.unsourced;
}

/** The events that pass the filter, in their given order. */
export function applyFilter<E extends TimelineEvent>(events: readonly E[], filter: EventFilter | null | undefined): E[] {
  if (isEmptyFilter(filter)) return [...events];
  const f = filter!;
  const fromKey = f.from ? sortKey(f.from, 'start') : null;
  const toKey = f.to ? sortKey(f.to, 'end') : null;
  const tags = f.tags?.length ? new Set(f.tags.map((t) => foldText(t.trim()))) : null;
  const kinds = f.kinds?.length ? new Set<string>(f.kinds) : null;
  const confidences = f.confidences?.length ? new Set<string>(f.confidences) : null;
  const lanes = f.laneIds?.length ? new Set(f.laneIds) : null;
  const entities = f.entityIds?.length ? new Set(f.entityIds) : null;
  const words = f.query?.trim() ? foldText(f.query).split(/\s+/).filter(Boolean) : null;
  return events.filter((e) => {
    if (fromKey !== null && sortKey(e.end ?? e.start, 'end') < fromKey) return false;
    if (toKey !== null && sortKey(e.start, 'start') > toKey) return false;
    if (tags && !e.tags.some((t) => tags.has(foldText(t)))) return false;
    if (kinds && !kinds.has(e.kind)) return false;
    if (confidences && !confidences.has(e.confidence)) return false;
    if (lanes && !lanes.has(e.laneId)) return false;
    if (entities && !(e.entities ?? []).some((x) => entities.has(x.id))) return false;
    if (f.unsourced && e.sources.length) return false;
    if (words) {
      const hay = foldText([
        e.title, e.description, e.location?.name ?? '', ...e.tags, ...(e.entities ?? []).map((x) => x.name),
        ...e.sources.flatMap((l) => [l.quote, l.source.title, l.source.publisher]),
      ].join('\n'));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}
