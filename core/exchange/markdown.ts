/**
 * Markdown export: the chronology as a document with footnotes (GitHub / Pandoc `[^n]` syntax),
 * grouped by month, each source numbered once in order of first citation.
 */
import { formatDate, formatRange, partsToValue, valueToParts, MONTHS, type ChronikDate } from '../dates';
import type { Language } from '../language';
import { labels } from '../briefing/labels';
import type { BundleEntity, TimelineBundle } from './bundle';
import { ENTITY_KINDS } from '../domain';

/** "People: Kim Jong Un (commander)", "Places: Kursk": an event's entities by kind, for text exports. */
export function entityLines(list: readonly Pick<BundleEntity, 'kind' | 'name' | 'role'>[], L: Pick<ReturnType<typeof labels>, 'entityKinds'>): string[] {
  return ENTITY_KINDS.map((k) => {
    const names = list.filter((e) => e.kind === k).map((e) => (e.role ? `${e.name} (${e.role})` : e.name));
    return names.length ? `${L.entityKinds[k]}: ${names.join(', ')}` : '';
  }).filter(Boolean);
}

/** Escapes the characters that would start Markdown syntax inside running text. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** "October 2024" (or "2024" for a year-precise date): the heading an event is grouped under. */
export function groupHeading(date: ChronikDate, locale: Language): string {
  const p = valueToParts(date.value)?.parts;
  if (!p) return date.value;
  const year = formatDate({ value: partsToValue({ year: p.year }, 'year'), precision: 'year' }, locale);
  return p.month === undefined ? year : `${MONTHS[locale][p.month - 1]} ${year}`;
}

/** Writes the chronology as Markdown. */
export function writeMarkdown(b: TimelineBundle, options: { locale?: Language; generatedAt?: string } = {}): string {
  const locale = options.locale ?? 'en';
  const L = labels(locale);
  const lanes = new Map(b.lanes.map((l) => [l.key, l.name]));
  const sources = new Map(b.sources.map((s) => [s.key, s]));
  const number = new Map<string, number>();
  const out: string[] = [`# ${md(b.timeline.title)}`, ''];
  if (b.timeline.description) out.push(md(b.timeline.description), '');
  const facts = [`${L.events}: ${b.events.length}`];
  if (options.generatedAt) facts.push(`${L.generated}: ${formatDate({ value: options.generatedAt.slice(0, 10), precision: 'day' }, locale)}`);
  out.push(`*${facts.join(' · ')}*`, '', `## ${L.chronology}`, '');
  let group = '';
  for (const e of b.events) {
    const g = groupHeading(e.start, locale);
    if (g !== group) {
      group = g;
      out.push(`### ${g}`, '');
    }
    const refs = e.sources.map((l) => {
      let n = number.get(l.source);
      if (!n) number.set(l.source, (n = number.size + 1));
      return `[^${n}]`;
    }).join('');
    out.push(`**${md(formatRange(e.start, e.end, locale))}** — **${md(e.title)}**${refs}`, '');
    if (e.description) out.push(md(e.description), '');
    const meta = [`${L.kind}: ${L.kinds[e.kind]}`, `${L.confidence}: ${L.confidences[e.confidence]}`];
    if (e.lane) meta.push(`${L.lane}: ${md(lanes.get(e.lane) ?? '')}`);
    if (e.location?.name) meta.push(`${L.location}: ${md(e.location.name)}`);
    if (e.tags.length) meta.push(`${L.tags}: ${e.tags.map(md).join(', ')}`);
    for (const line of entityLines(e.entities ?? [], L)) meta.push(md(line));
    out.push(`*${meta.join(' · ')}*`, '');
    for (const l of e.sources) if (l.quote) out.push(`> ${md(l.quote).replace(/\n/g, '\n> ')}`, '');
  }
  if (number.size) {
    out.push(`## ${L.sources}`, '');
    for (const [key, n] of number) {
      const s = sources.get(key)!;
      const parts = [s.publisher && md(s.publisher), s.title && `“${md(s.title)}”`, s.publishedAt && formatDate(s.publishedAt, locale)].filter(Boolean);
      out.push(`[^${n}]: ${parts.join(', ')}${s.url ? `${parts.length ? '. ' : ''}<${s.url}>` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
