/** Says in words which filter shaped a briefing or an export, for the title page ("filters in force"). */
import { formatDate } from '../dates';
import type { EntitySummary, Lane } from '../domain';
import type { EventFilter } from '../filter';
import type { Language } from '../language';
import { labels } from './labels';

/** "Tags: Kursk; Confidence: Confirmed, Reported; Search: “troops”", or the "none" label. */
export function describeFilter(
  f: EventFilter | null | undefined, locale: Language, lanes: readonly Lane[] = [], entities: readonly Pick<EntitySummary, 'id' | 'name'>[] = [],
): string {
  const L = labels(locale);
  const parts: string[] = [];
  if (f?.from || f?.to) {
    const a = f.from ? `${L.from} ${formatDate(f.from, locale)}` : '';
    const b = f.to ? `${L.to} ${formatDate(f.to, locale)}` : '';
    parts.push(`${L.period}: ${[a, b].filter(Boolean).join(' ')}`);
  }
  if (f?.tags?.length) parts.push(`${L.tags}: ${f.tags.join(', ')}`);
  if (f?.kinds?.length) parts.push(`${L.kind}: ${f.kinds.map((k) => L.kinds[k]).join(', ')}`);
  if (f?.confidences?.length) parts.push(`${L.confidence}: ${f.confidences.map((c) => L.confidences[c]).join(', ')}`);
  if (f?.laneIds?.length) {
    const names = f.laneIds.map((id) => (id === null ? L.noLane : lanes.find((l) => l.id === id)?.name ?? `#${id}`));
    parts.push(`${L.lane}: ${names.join(', ')}`);
  }
  if (f?.entityIds?.length) {
    const names = f.entityIds.map((id) => entities.find((e) => e.id === id)?.name ?? `#${id}`);
    parts.push(`${L.entities}: ${names.join(', ')}`);
  }
  if (f?.query?.trim()) parts.push(`${locale === 'de' ? 'Suche' : 'Search'}: “${f.query.trim()}”`);
  if (f?.unsourced) parts.push(locale === 'de' ? 'nur Ereignisse ohne Quelle' : 'only events without a source');
  return parts.length ? parts.join('; ') : L.noFilter;
}
