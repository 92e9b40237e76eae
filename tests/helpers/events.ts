/**
 * One builder for the events, sources and links that tests hand to pure functions (filters, the
 * briefing, the list order): a new field of TimelineEvent is added here once.
 */
import type { ChronikDate, Precision, Source, SourceLink, TimelineEvent } from '../../core/domain';

type DateLike = string | ChronikDate;

/** "2024" → year, "2024-10" → month, "2024-10-23" → day, longer → minute precision. */
export function testDate(d: DateLike): ChronikDate {
  if (typeof d !== 'string') return d;
  const precision: Precision = d.length <= 5 ? 'year' : d.length <= 7 ? 'month' : d.length <= 10 ? 'day' : 'minute';
  return { value: d, precision };
}

export type TestEventInput = Partial<Omit<TimelineEvent, 'start' | 'end'>> & { start?: DateLike; end?: DateLike | null };

/** A stored-looking event: id 1 on timeline 1, dated 2024-10-01, with no lane, tags or sources. */
export function testEvent(p: TestEventInput = {}): TimelineEvent {
  const { start = '2024-10-01', end = null, ...rest } = p;
  const id = rest.id ?? 1;
  return {
    id, timelineId: 1, title: `E${id}`, description: '', kind: 'other', location: null, laneId: null,
    confidence: 'reported', color: null, tags: [], entities: [], sources: [], createdAt: '', updatedAt: '',
    ...rest,
    start: testDate(start),
    end: end === null ? null : testDate(end),
  };
}

/** A source without stored text. */
export function testSource(id: number, p: Partial<Source> = {}): Source {
  return {
    id, url: null, title: `Article ${id}`, publisher: '', author: '', publishedAt: null, accessedAt: null,
    language: null, contentHash: null, hasText: false, ...p,
  };
}

/** A source as it backs an event, with an optional quote. */
export function testLink(source: Source, quote = '', p: Partial<SourceLink> = {}): SourceLink {
  return { source, quote, quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports', ...p };
}
