/**
 * Builds the briefing: one self-contained HTML document (print CSS, inline SVG, no external
 * resources) that Chromium prints to PDF. Pure: the same input gives the same document.
 */
import { compareDates, formatDate, formatRange, sortKey, MONTHS_SHORT, type ChronikDate } from '../dates';
import type { Lane, Timeline, TimelineEvent, Source } from '../domain';
import { entityLines, groupHeading } from '../exchange/markdown';
import { esc, safeUrl, truncate } from './escape';
import { buildFigure, CONFIDENCE_COLORS } from './figure';
import type { Language } from '../language';
import { labels, type Labels } from './labels';
import { contentBox, type Paper } from './page';
import { briefingCss } from './styles';
import { pluralForm } from '../plural';
import { pageMarginCss } from './header-footer';
import { summaryHtml } from './summary';

export interface BriefingOptions {
  title: string;
  subtitle?: string;
  author?: string;
  /** Free text such as "Internal — not for distribution", shown on the title page and every header. */
  handling?: string;
  locale: Language;
  paper: Paper;
  landscape: boolean;
  /** The filters in force, in words (see describeFilter). */
  filterDescription?: string;
  /** The chosen period; when absent the period of the events is shown. */
  from?: ChronikDate | null;
  to?: ChronikDate | null;
  /** Adds a summary section at the top: counts by kind and confidence, thin sourcing, best sourcing. */
  summary?: boolean;
}

export interface BriefingInput {
  timeline: Pick<Timeline, 'title' | 'description'>;
  lanes: readonly Lane[];
  /** The events in scope (already filtered). */
  events: readonly TimelineEvent[];
  options: BriefingOptions;
  /** ISO instant of generation. */
  generatedAt: string;
}

/**
 * A range as a reader writes it: "8–13 Oct 2024", "22 Oct – 3 Nov 2024" (en), "08.–13.10.2024" (de),
 * when both ends are plain days of one year; otherwise core's formatRange.
 */
export function compactRange(start: ChronikDate, end: ChronikDate | null, locale: Language): string {
  const plain = (d: ChronikDate) => d.precision === 'day' && !d.approximate && !d.uncertain && /^\d{4}-/.test(d.value);
  if (!end || !plain(start) || !plain(end) || start.value.slice(0, 4) !== end.value.slice(0, 4) || start.value === end.value) return formatRange(start, end, locale);
  const [y, m1, d1] = start.value.split('-');
  const [, m2, d2] = end.value.split('-');
  if (locale === 'de') return m1 === m2 ? `${d1}.–${d2}.${m2}.${y}` : `${d1}.${m1}.–${d2}.${m2}.${y}`;
  const mon = (m: string) => MONTHS_SHORT.en[Number(m) - 1];
  return m1 === m2 ? `${Number(d1)}–${Number(d2)} ${mon(m2!)} ${y}` : `${Number(d1)} ${mon(m1!)} – ${Number(d2)} ${mon(m2!)} ${y}`;
}

/** "5 Nov 2024, 14:30 UTC" from an ISO instant. */
function generatedLabel(iso: string, locale: Language): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return iso;
  return `${formatDate({ value: `${m[1]}T${m[2]}`, precision: 'minute' }, locale)} UTC`;
}

const precisionNote = (d: ChronikDate, L: Labels, locale: Language): string => {
  const words = locale === 'de'
    ? { year: 'nur das Jahr bekannt', month: 'nur der Monat bekannt', day: '', minute: '' }
    : { year: 'year only', month: 'month only', day: '', minute: '' };
  const notes = [words[d.precision]];
  if (d.approximate) notes.push(locale === 'de' ? 'ungefähr' : 'approximate');
  if (d.uncertain) notes.push(locale === 'de' ? 'unsicher' : 'uncertain');
  void L;
  return notes.filter(Boolean).join(', ');
};

function legend(L: Labels, locale: Language, dense: boolean): string {
  const dot = (c: string, hollow: boolean) => `<svg viewBox="0 0 16 10"><circle cx="8" cy="5" r="3.6" fill="${hollow ? '#fff' : c}" stroke="${c}" stroke-width="1.4"/></svg>`;
  const keys = (Object.keys(CONFIDENCE_COLORS) as (keyof typeof CONFIDENCE_COLORS)[]).map((k) =>
    `<span class="key">${dot(CONFIDENCE_COLORS[k], k === 'claimed' || k === 'disputed')}${esc(L.confidences[k])}</span>`);
  keys.push(`<span class="key"><svg viewBox="0 0 16 10"><rect x="1" y="1.5" width="14" height="7" rx="2" fill="#16365c" fill-opacity="0.35" stroke="#16365c"/></svg>${esc(L.range)}</span>`);
  keys.push(`<span class="key"><svg viewBox="0 0 16 10"><line x1="1" y1="5" x2="15" y2="5" stroke="#16365c" stroke-opacity="0.55"/><line x1="1" y1="2.5" x2="1" y2="7.5" stroke="#16365c" stroke-opacity="0.55"/><line x1="15" y1="2.5" x2="15" y2="7.5" stroke="#16365c" stroke-opacity="0.55"/><circle cx="8" cy="5" r="3" fill="#16365c"/></svg>${esc(locale === 'de' ? 'Monat/Jahr (nur grob datiert)' : 'month/year (coarse date)')}</span>`);
  keys.push(`<span class="key"><svg viewBox="0 0 16 10"><circle cx="8" cy="5" r="3.6" fill="#fff" stroke="#16365c" stroke-width="1.4" stroke-dasharray="2 1.5"/></svg>${esc(locale === 'de' ? 'ungefähres Datum' : 'approximate date')}</span>`);
  if (dense) keys.push(`<span class="key"><svg viewBox="0 0 16 10"><rect x="1" y="5" width="3" height="5" fill="#8a94a3"/><rect x="5" y="1" width="3" height="9" fill="#8a94a3"/><rect x="9" y="6" width="3" height="4" fill="#8a94a3"/></svg>${esc(L.density)}</span>`);
  return `<div class="legend">${keys.join('')}</div>`;
}

/** The complete briefing document as HTML. */
export function buildBriefing(input: BriefingInput): string {
  const { options: o, generatedAt } = input;
  const L = labels(o.locale);
  const locale = o.locale;
  const box = contentBox(o.paper, o.landscape);
  const events = [...input.events].sort((a, b) => compareDates(a.start, b.start) || compareDates(a.end ?? a.start, b.end ?? b.start) || a.id - b.id);
  const numbers = new Map(events.map((e, i) => [e.id, i + 1]));

  // Sources are numbered in order of first citation, so footnote numbers rise through the text.
  const sourceNo = new Map<number, number>();
  const sources: Source[] = [];
  const citedBy = new Map<number, number[]>();
  for (const e of events) {
    for (const l of e.sources) {
      if (!sourceNo.has(l.source.id)) {
        sourceNo.set(l.source.id, sources.length + 1);
        sources.push(l.source);
      }
      const list = citedBy.get(l.source.id) ?? citedBy.set(l.source.id, []).get(l.source.id)!;
      if (!list.includes(numbers.get(e.id)!)) list.push(numbers.get(e.id)!);
    }
  }

  const first = events[0];
  const last = events.reduce<TimelineEvent | undefined>((a, e) => (!a || sortKey(e.end ?? e.start, 'end') > sortKey(a.end ?? a.start, 'end') ? e : a), undefined);
  const from = o.from ?? first?.start ?? null;
  const to = o.to ?? (last ? last.end ?? last.start : null);
  const period = from && to ? formatRange(from, to, locale) : from ? `${L.from} ${formatDate(from, locale)}` : to ? `${L.to} ${formatDate(to, locale)}` : '—';

  const scopeRows: [string, string][] = [
    [L.timeline, esc(input.timeline.title)],
    [L.period, esc(period)],
    [L.filters, esc(o.filterDescription || L.noFilter)],
    [L.events, String(events.length)],
    [L.sourcesCount, String(sources.length)],
    [L.generated, esc(generatedLabel(generatedAt, locale))],
  ];
  const handling = o.handling?.trim() ? `<div class="handling">${esc(o.handling.trim())}</div>` : '';
  const cover = `<section class="cover">
${handling}
<div class="kicker">${esc(L.briefing)}</div>
<h1>${esc(o.title)}</h1>
${o.subtitle ? `<p class="subtitle">${esc(o.subtitle)}</p>` : ''}
${o.author ? `<p class="author">${esc(L.preparedBy)} <b>${esc(o.author)}</b></p>` : ''}
<table class="scope"><caption>${esc(L.scope)}</caption>${scopeRows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('')}</table>
${input.timeline.description ? `<div class="summary">${esc(input.timeline.description)}</div>` : ''}
<div class="spacer"></div>
<p class="note">${esc(L.approximateNote)}</p>
${handling}
</section>`;

  // The parts after the title page, numbered in order: summary (when asked), figure, chronology, sources.
  const sections: { cls: string; title: string; body: string }[] = [];
  if (o.summary && events.length) sections.push({ cls: 'summary-part', title: L.summary, body: summaryHtml(events, numbers, { from, to }, L, locale) });

  // Figure: one page, or two for long or dense timelines; dense stretches are counted, not labelled.
  const fig = buildFigure(events, input.lanes, numbers, { width: box.widthPx, maxHeight: box.heightPx - 150 }, locale, L);
  const dense = fig.labelled < fig.total;
  if (fig.panels.length) {
    const captions = fig.panels.map((_, i) => [
      fig.panels.length > 1 ? `${L.figure}, ${L.figurePart(i + 1, fig.panels.length)}` : '',
      dense && i === fig.panels.length - 1 ? L.figureDense(String(fig.labelled), fig.total) : '',
    ].filter(Boolean).join(' — '));
    sections.push({
      cls: 'figure-part', title: L.figure,
      body: `${legend(L, locale, dense)}${fig.panels.map((svg, i) => `<figure class="panel">${svg}${captions[i] ? `<figcaption>${esc(captions[i]!)}</figcaption>` : ''}</figure>`).join('\n')}`,
    });
  }

  const lanesById = new Map(input.lanes.map((l) => [l.id, l.name]));
  const chronology: string[] = [];
  let group = '';
  for (const e of events) {
    const n = numbers.get(e.id)!;
    const g = groupHeading(e.start, locale);
    if (g !== group) {
      group = g;
      chronology.push(`<h3 class="group">${esc(g)}</h3>`);
    }
    const refs = [...new Set(e.sources.map((l) => sourceNo.get(l.source.id)!))].sort((a, b) => a - b);
    const sup = refs.length ? `<sup class="refs">${refs.map((r) => `<a href="#src-${r}">${r}</a>`).join(',')}</sup>` : '';
    const note = precisionNote(e.start, L, locale);
    const meta = [
      `<span class="conf conf-${e.confidence}">${esc(L.confidences[e.confidence])}</span>`,
      esc(L.kinds[e.kind]),
      e.laneId !== null && lanesById.has(e.laneId) ? esc(lanesById.get(e.laneId)!) : '',
      e.location?.name ? esc(e.location.name) : '',
      e.tags.length ? esc(e.tags.map((t) => `#${t}`).join(' ')) : '',
      refs.length ? '' : `<i>${esc(L.uncited)}</i>`,
    ].filter(Boolean).join('<span class="sep">·</span>');
    const who = entityLines(e.entities ?? [], L);
    const whoLine = who.length ? `<p class="meta who">${who.map(esc).join('<span class="sep">·</span>')}</p>` : '';
    const quotes = e.sources.filter((l) => l.quote.trim()).slice(0, 3)
      .map((l) => `<blockquote>“${esc(truncate(l.quote.trim(), 320))}” <a href="#src-${sourceNo.get(l.source.id)}">[${sourceNo.get(l.source.id)}]</a></blockquote>`).join('');
    chronology.push(`<article class="event" id="ev-${n}">
<div class="when">${esc(compactRange(e.start, e.end, locale))}${note ? `<span class="precision">${esc(note)}</span>` : ''}</div>
<div class="what"><h4><span class="num">${n}</span>${esc(e.title)}${sup}</h4>
${e.description ? `<p class="desc">${esc(e.description)}</p>` : ''}
<p class="meta">${meta}</p>${whoLine}${quotes}</div>
</article>`);
  }
  sections.push({ cls: 'chronology-part', title: L.chronology, body: chronology.length ? chronology.join('\n') : `<p class="empty">${esc(L.noEvents)}</p>` });

  const sourceItems = sources.map((s, i) => {
    const n = i + 1;
    const url = safeUrl(s.url);
    const bits = [
      s.publisher ? `<span class="pub">${esc(s.publisher)}</span>` : '',
      s.title ? `“${esc(s.title)}”` : '',
      s.author ? esc(s.author) : '',
      s.publishedAt ? esc(formatDate(s.publishedAt, locale)) : '',
    ].filter(Boolean).join('. ');
    const accessed = s.accessedAt ? ` · ${esc(L.accessed)} ${esc(formatDate({ value: s.accessedAt.slice(0, 10), precision: 'day' }, locale))}` : '';
    const cited = `<span class="cited">${esc(pluralForm(L.citedIn, citedBy.get(s.id)!.length, locale))} ${citedBy.get(s.id)!.map((e) => `<a href="#ev-${e}">${e}</a>`).join(', ')}${accessed}</span>`;
    return `<li id="src-${n}"><span class="n">${n}</span><div>${bits || esc(s.url ?? '')}<div class="where">${url ? `<a class="url" href="${esc(url)}">${esc(url)}</a>` : ''}${cited}</div></div></li>`;
  });
  sections.push({ cls: 'sources-part', title: L.sources, body: sourceItems.length ? `<ol class="sources">${sourceItems.join('\n')}</ol>` : `<p class="empty">${esc(L.noSources)}</p>` });
  const parts = sections.map((x, i) => `<section class="part ${x.cls}"><h2><span class="secnum">${i + 1}</span>${esc(x.title)}</h2>${x.body}</section>`);

  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(o.title)}</title>
<style>${briefingCss(o.paper, o.landscape, box.heightMm)}
${pageMarginCss(o.title, o.handling ?? '')}</style>
</head>
<body>
${cover}
${parts.join('\n')}
</body>
</html>
`;
}
