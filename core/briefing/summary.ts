/**
 * The briefing's optional summary: what an editor wants before reading on — how many events of
 * each kind and confidence, the period, which events rest on a single source (or none), and the
 * most corroborated events. Numbers link to the chronology.
 */
import { formatRange, type ChronikDate } from '../dates';
import { CONFIDENCES, EVENT_KINDS, type TimelineEvent } from '../domain';
import { countLabel } from '../plural';
import { esc } from './escape';
import type { Labels } from './labels';
import type { Language } from '../language';

/** How many events of a list to name before "… and n more". */
const LIST = 12;
/** How many of the most corroborated events to name. */
const TOP = 5;

const distinctSources = (e: TimelineEvent) => new Set(e.sources.map((l) => l.source.id)).size;

/** The summary section's body (without its heading): counts, period, thin sourcing, best sourcing. */
export function summaryHtml(
  events: readonly TimelineEvent[], numbers: ReadonlyMap<number, number>, period: { from: ChronikDate | null; to: ChronikDate | null },
  L: Labels, locale: Language,
): string {
  const count = (n: number) => countLabel(n, L.eventsN, locale);
  const table = (caption: string, rows: [string, number][]) => `<table class="counts"><caption>${esc(caption)}</caption>${rows
    .filter(([, n]) => n > 0).map(([k, n]) => `<tr><th>${esc(k)}</th><td>${n}</td></tr>`).join('')}</table>`;
  const byKind = EVENT_KINDS.map((k): [string, number] => [L.kinds[k], events.filter((e) => e.kind === k).length]).sort((p, q) => q[1] - p[1]);
  const byConfidence = CONFIDENCES.map((c): [string, number] => [L.confidences[c], events.filter((e) => e.confidence === c).length]);
  const ref = (e: TimelineEvent) => `<a href="#ev-${numbers.get(e.id)}"><span class="num">${numbers.get(e.id)}</span>${esc(e.title)}</a>`;
  const list = (items: readonly TimelineEvent[], extra: (e: TimelineEvent) => string = () => '') => {
    const shown = items.slice(0, LIST).map((e) => `<li>${ref(e)}${extra(e)}</li>`).join('');
    const more = items.length > LIST ? `<li class="more">${esc(countLabel(items.length - LIST, L.andMore, locale))}</li>` : '';
    return `<ul class="event-list">${shown}${more}</ul>`;
  };
  const single = events.filter((e) => distinctSources(e) === 1);
  const none = events.filter((e) => distinctSources(e) === 0);
  const best = [...events].filter((e) => distinctSources(e) > 1)
    .sort((p, q) => distinctSources(q) - distinctSources(p) || numbers.get(p.id)! - numbers.get(q.id)!).slice(0, TOP);
  const range = period.from && period.to ? formatRange(period.from, period.to, locale) : '—';

  const parts = [
    `<p class="lead">${esc(L.summaryLead(count(events.length), range))}</p>`,
    `<div class="count-tables">${table(L.byKind, byKind)}${table(L.byConfidence, byConfidence)}</div>`,
    `<h3>${esc(L.singleSource)} <span class="n">${single.length}</span></h3>`,
    single.length ? list(single) : `<p class="muted">${esc(L.noneOf)}</p>`,
  ];
  if (none.length) parts.push(`<h3>${esc(L.uncitedEvents)} <span class="n">${none.length}</span></h3>`, list(none));
  parts.push(`<h3>${esc(L.mostCorroborated)}</h3>`, best.length
    ? list(best, (e) => ` <span class="srcs">${esc(countLabel(distinctSources(e), L.sourcesN, locale))}</span>`)
    : `<p class="muted">${esc(L.noCorroborated)}</p>`);
  return parts.join('\n');
}
