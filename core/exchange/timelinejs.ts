/**
 * TimelineJS 3 JSON (Knight Lab): export for publishing a timeline on the web, import to take one
 * over. Lanes become groups (and eras if asked); the first source of an event becomes its media
 * link with the publisher as credit, and every quote and source is written into the slide text,
 * so a published timeline still says where each event comes from (and reads back in whole).
 */
import {
  formatDate, isDeepYear, MAX_YEAR, valueToParts, partsToValue, checkRange, type ChronikDate, type Precision,
} from '../dates';
import type { Language } from '../language';
import { emptyBundle, type BundleEvent, type BundleSource, type TimelineBundle } from './bundle';
import { ImportError, parseJson } from './errors';
import { oneLine, titleFromText } from './text';

interface TjsDate { year: number | string; month?: number | string; day?: number | string; hour?: number | string; minute?: number | string; display_date?: string }
interface TjsText { headline?: string; text?: string }
interface TjsMedia { url?: string; caption?: string; credit?: string; link?: string }
interface TjsSlide { start_date?: TjsDate; end_date?: TjsDate; text?: TjsText; media?: TjsMedia; group?: string; unique_id?: string }
export interface TimelineJsDoc { title?: { text?: TjsText }; events: TjsSlide[]; eras?: { start_date: TjsDate; end_date: TjsDate; text?: TjsText }[] }

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Decodes the entities TimelineJS files use. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return named[e.toLowerCase()] ?? '';
  });
}

/** Text from TimelineJS's HTML fields: tags dropped, paragraphs kept as blank lines, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ''))
    .trim();
}

const WORDS = {
  en: { sources: 'Sources', slide: 'Slide' },
  de: { sources: 'Quellen', slide: 'Folie' },
} as const;

function tjsDate(d: ChronikDate, locale: Language): TjsDate {
  const p = valueToParts(d.value)!.parts;
  // Chronik counts astronomically (-0043 = 44 BC); TimelineJS historically (-44), with no year 0.
  const out: TjsDate = { year: p.year <= 0 ? p.year - 1 : p.year };
  if (p.month !== undefined) out.month = p.month;
  if (p.day !== undefined) out.day = p.day;
  if (p.hour !== undefined) out.hour = p.hour;
  if (p.minute !== undefined) out.minute = p.minute;
  // TimelineJS shows its own label unless told; ours keeps precision and "c." marks.
  out.display_date = formatDate(d, locale);
  return out;
}

/** "Publisher, Author": who a source is credited to. */
const creditOf = (s: BundleSource) => [s.publisher, s.author].filter(Boolean).join(', ');

/** A source as an attribution: its credit and title, linked when it has an http(s) URL. */
function attribution(s: BundleSource): string {
  const label = escapeHtml([creditOf(s), s.title].filter(Boolean).join(': ') || s.url || '');
  return s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtml(s.url)}">${label}</a>` : label;
}

/** The slide text: the description, every quote with its source, and the list of sources. */
function slideText(e: BundleEvent, sources: ReadonlyMap<string, BundleSource>, locale: Language): string {
  const parts = e.description.split(/\n{2,}/).filter(Boolean).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const cited = e.sources.map((l) => ({ link: l, source: sources.get(l.source) })).filter((x) => !!x.source);
  for (const { link, source } of cited) {
    if (!link.quote.trim()) continue;
    parts.push(`<blockquote class="chronik-quote">“${escapeHtml(link.quote.trim())}”<cite>${attribution(source!)}</cite></blockquote>`);
  }
  if (cited.length) {
    const items = cited.map((x) => `<span class="chronik-source">${attribution(x.source!)}</span>`);
    parts.push(`<p class="chronik-sources">${WORDS[locale].sources}: ${items.join('; ')}</p>`);
  }
  return parts.join('');
}

/** Writes TimelineJS JSON; `eras` adds one era per lane spanning its events. */
export function writeTimelineJs(b: TimelineBundle, options: { eras?: boolean; locale?: Language } = {}): string {
  const locale = options.locale ?? 'en';
  const lanes = new Map(b.lanes.map((l) => [l.key, l.name]));
  const sources = new Map(b.sources.map((s) => [s.key, s]));
  const doc: TimelineJsDoc = {
    title: { text: { headline: escapeHtml(b.timeline.title), text: b.timeline.description ? `<p>${escapeHtml(b.timeline.description)}</p>` : '' } },
    events: b.events.map((e, i) => {
      const slide: TjsSlide = {
        start_date: tjsDate(e.start, locale),
        text: { headline: escapeHtml(e.title), text: slideText(e, sources, locale) },
        unique_id: `event-${i + 1}`,
      };
      if (e.end) slide.end_date = tjsDate(e.end, locale);
      if (e.lane) slide.group = lanes.get(e.lane);
      const first = e.sources.map((l) => sources.get(l.source)).find((s) => s?.url);
      if (first?.url) slide.media = { url: first.url, credit: escapeHtml(creditOf(first)), caption: escapeHtml(first.title) };
      return slide;
    }),
  };
  if (options.eras) {
    doc.eras = [];
    for (const l of b.lanes) {
      const evs = b.events.filter((e) => e.lane === l.key);
      if (!evs.length) continue;
      const first = evs[0]!;
      const last = evs.reduce((a, e) => ((e.end ?? e.start).value > (a.end ?? a.start).value ? e : a), first);
      doc.eras.push({ start_date: tjsDate(first.start, locale), end_date: tjsDate(last.end ?? last.start, locale), text: { headline: escapeHtml(l.name) } });
    }
  }
  return JSON.stringify(doc, null, 2) + '\n';
}

function readDate(d: unknown, field: string): ChronikDate {
  if (!d || typeof d !== 'object') throw new ImportError(`TimelineJS, field ${field}: a date object with at least a year is required`, { field });
  const o = d as Record<string, unknown>;
  const num = (k: string, min: number, max: number): number | undefined => {
    const raw = o[k];
    if (raw === undefined || raw === null || raw === '') return undefined;
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (!Number.isInteger(n) || n < min || n > max) {
      const range = `${min.toLocaleString('en')} and ${max.toLocaleString('en')}`;
      throw new ImportError(`TimelineJS, field ${field}.${k}: "${String(raw)}" is not a whole number between ${range}`, { field: `${field}.${k}` });
    }
    return n;
  };
  const tjsYear = num('year', -MAX_YEAR, MAX_YEAR);
  if (tjsYear === undefined) throw new ImportError(`TimelineJS, field ${field}.year: a year is required`, { field: `${field}.year` });
  // TimelineJS counts historically (-44 = 44 BC, no year 0); Chronik astronomically (-0043).
  const year = tjsYear < 0 ? tjsYear + 1 : tjsYear;
  // Deep time is a year and nothing finer, as TimelineJS's own cosmological dates are.
  const deep = isDeepYear(year);
  const month = deep ? undefined : num('month', 1, 12);
  const day = month === undefined ? undefined : num('day', 1, 31);
  const hour = day === undefined ? undefined : num('hour', 0, 23);
  const minute = hour === undefined ? undefined : num('minute', 0, 59) ?? 0;
  const precision: Precision = hour !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const value = partsToValue({ year, month, day, hour, minute }, precision);
  if (!valueToParts(value)) throw new ImportError(`TimelineJS, field ${field}: ${value} is not a day of the calendar`, { field });
  const date: ChronikDate = { value, precision };
  const display = typeof o.display_date === 'string' ? o.display_date.trim() : '';
  if (/^(c\.|ca\.|circa|about|etwa|~)/i.test(display)) date.approximate = true;
  return date;
}

/** A link of Chronik's own markup: its URL and the label "Publisher, Author: Title". */
interface Attribution { url: string | null; label: string }

/** Reads back the quotes and sources that writeTimelineJs put into a slide's text; the rest is the description. */
function splitSlideText(html: string): { description: string; quotes: Array<{ quote: string; cite: Attribution }>; sources: Attribution[] } {
  const anchor = (s: string): Attribution => {
    const a = /<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/i.exec(s);
    return a ? { url: decodeEntities(a[1]!), label: htmlToText(a[2]!) } : { url: null, label: htmlToText(s) };
  };
  const quotes: Array<{ quote: string; cite: Attribution }> = [];
  let rest = html.replace(/<blockquote class="chronik-quote">([\s\S]*?)<cite>([\s\S]*?)<\/cite><\/blockquote>/gi, (_, q: string, c: string) => {
    quotes.push({ quote: htmlToText(q).replace(/^“|”$/g, ''), cite: anchor(c) });
    return '';
  });
  const sources: Attribution[] = [];
  rest = rest.replace(/<p class="chronik-sources">([\s\S]*?)<\/p>/gi, (_, list: string) => {
    for (const m of list.matchAll(/<span class="chronik-source">([\s\S]*?)<\/span>/gi)) sources.push(anchor(m[1]!));
    return '';
  });
  return { description: htmlToText(rest), quotes, sources };
}

/** "Publisher, Author: Title" back into its parts (as writeTimelineJs joined them). */
function splitLabel(label: string): { publisher: string; title: string } {
  const i = label.indexOf(': ');
  return i < 0 ? { publisher: label, title: '' } : { publisher: label.slice(0, i), title: label.slice(i + 2) };
}

/**
 * Reads TimelineJS JSON into a bundle; a missing or bad field throws, naming it. A slide without
 * a headline takes its title as TimelineJS shows it: the first words of its text, else the media
 * caption or credit. Titles are one line.
 */
export function readTimelineJs(text: string, options: { locale?: Language } = {}): TimelineBundle {
  const W = WORDS[options.locale ?? 'en'];
  const raw = parseJson(text, 'TimelineJS');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError('TimelineJS: the file must be a JSON object with an "events" list', { field: 'events' });
  const doc = raw as Record<string, unknown>;
  if ((doc as { format?: unknown }).format === 'chronik-timeline') throw new ImportError('TimelineJS: this is a Chronik JSON file; import it as Chronik JSON', { field: 'format' });
  if (!Array.isArray(doc.events)) throw new ImportError('TimelineJS, field events: a list of events is required — is this a TimelineJS file?', { field: 'events' });
  const titleText = (doc.title as { text?: TjsText } | undefined)?.text;
  const b = emptyBundle(oneLine(htmlToText(String(titleText?.headline ?? ''))) || 'TimelineJS import');
  b.timeline.description = htmlToText(String(titleText?.text ?? ''));
  const lanes = new Map<string, string>();
  const sources = new Map<string, string>();
  /** One source per URL (or, without one, per label) across the whole file. */
  const sourceKey = (url: string | null, fields: { title: string; publisher: string }): string => {
    const id = url ?? `\u0000${fields.publisher}\u0000${fields.title}`;
    let key = sources.get(id);
    if (!key) {
      key = `s${sources.size + 1}`;
      sources.set(id, key);
      b.sources.push({
        key, url, title: fields.title, publisher: fields.publisher, author: '', publishedAt: null,
        accessedAt: null, language: null, contentHash: null, text: null, html: null, createdAt: null, updatedAt: null,
      });
    }
    return key;
  };
  doc.events.forEach((slide: unknown, i) => {
    const field = `events[${i}]`;
    if (!slide || typeof slide !== 'object') throw new ImportError(`TimelineJS, field ${field}: an event must be an object`, { field });
    const s = slide as TjsSlide;
    const start = readDate(s.start_date, `${field}.start_date`);
    const end = s.end_date ? readDate(s.end_date, `${field}.end_date`) : null;
    const problem = checkRange(start, end);
    if (problem) throw new ImportError(`TimelineJS, field ${field}.end_date: ${problem}`, { field: `${field}.end_date` });
    const body = splitSlideText(String(s.text?.text ?? ''));
    const caption = oneLine(htmlToText(String(s.media?.caption ?? '')));
    const credit = oneLine(htmlToText(String(s.media?.credit ?? '')));
    const title = oneLine(htmlToText(String(s.text?.headline ?? ''))) || titleFromText(body.description) || caption || credit || `${W.slide} ${i + 1}`;
    let lane: string | null = null;
    if (typeof s.group === 'string' && s.group.trim()) {
      const name = oneLine(s.group);
      lane = lanes.get(name) ?? null;
      if (!lane) {
        lane = `l${lanes.size + 1}`;
        lanes.set(name, lane);
        b.lanes.push({ key: lane, name });
      }
    }
    const links: BundleEvent['sources'] = [];
    const cite = (key: string, quote = '') => {
      const have = links.find((l) => l.source === key);
      if (have) {
        if (!have.quote && quote) have.quote = quote;
      } else links.push({ source: key, quote, quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' });
    };
    const url = typeof s.media?.url === 'string' ? s.media.url.trim() : '';
    if (/^https?:\/\/\S+$/i.test(url)) cite(sourceKey(url, { title: caption, publisher: credit }));
    // Chronik's own markup: every source with its quote.
    const ref = (a: Attribution) => sourceKey(a.url && /^https?:\/\/\S+$/i.test(a.url) ? a.url : null, splitLabel(a.label));
    for (const a of body.sources) if (a.url || a.label) cite(ref(a));
    for (const q of body.quotes) cite(ref(q.cite), q.quote);
    b.events.push({
      title, description: body.description, kind: 'other', start, end, location: null, lane, confidence: 'reported',
      color: null, tags: [], entities: [], sources: links, createdAt: null, updatedAt: null,
    });
  });
  return b;
}
