/**
 * TimelineJS 3 JSON (Knight Lab): export for publishing a timeline on the web, import to take one
 * over. Lanes become groups (and eras if asked); the first source of an event becomes its media
 * link with the publisher as credit.
 */
import { formatDate, valueToParts, partsToValue, checkRange, type ChronikDate, type DateLocale, type Precision } from '../dates';
import { emptyBundle, type TimelineBundle } from './bundle';
import { ImportError, parseJson } from './errors';
import { isHttpUrl } from '../security';

interface TjsDate { year: number | string; month?: number | string; day?: number | string; hour?: number | string; minute?: number | string; display_date?: string }
interface TjsText { headline?: string; text?: string }
interface TjsMedia { url?: string; caption?: string; credit?: string }
interface TjsSlide { start_date?: TjsDate; end_date?: TjsDate; text?: TjsText; media?: TjsMedia; group?: string; unique_id?: string }
export interface TimelineJsDoc { title?: { text?: TjsText }; events: TjsSlide[]; eras?: { start_date: TjsDate; end_date: TjsDate; text?: TjsText }[] }

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text from TimelineJS's HTML fields: tags dropped, paragraphs kept as blank lines, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
      if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return named[e.toLowerCase()] ?? '';
    })
    .trim();
}

function tjsDate(d: ChronikDate, locale: DateLocale): TjsDate {
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

/** Writes TimelineJS JSON; `eras` adds one era per lane spanning its events. */
export function writeTimelineJs(b: TimelineBundle, options: { eras?: boolean; locale?: DateLocale } = {}): string {
  const locale = options.locale ?? 'en';
  const lanes = new Map(b.lanes.map((l) => [l.key, l.name]));
  const sources = new Map(b.sources.map((s) => [s.key, s]));
  const doc: TimelineJsDoc = {
    title: { text: { headline: escapeHtml(b.timeline.title), text: b.timeline.description ? `<p>${escapeHtml(b.timeline.description)}</p>` : '' } },
    events: b.events.map((e, i) => {
      const slide: TjsSlide = {
        start_date: tjsDate(e.start, locale),
        text: { headline: escapeHtml(e.title), text: e.description.split(/\n{2,}/).filter(Boolean).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('') },
        unique_id: `event-${i + 1}`,
      };
      if (e.end) slide.end_date = tjsDate(e.end, locale);
      if (e.lane) slide.group = lanes.get(e.lane);
      const first = e.sources[0] && sources.get(e.sources[0].source);
      if (first?.url) slide.media = { url: first.url, credit: escapeHtml(first.publisher), caption: escapeHtml(first.title) };
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
    if (!Number.isInteger(n) || n < min || n > max) throw new ImportError(`TimelineJS, field ${field}.${k}: "${String(raw)}" is not a whole number between ${min} and ${max}`, { field: `${field}.${k}` });
    return n;
  };
  const tjsYear = num('year', -99999, 99999);
  if (tjsYear === undefined) throw new ImportError(`TimelineJS, field ${field}.year: a year is required`, { field: `${field}.year` });
  // TimelineJS counts historically (-44 = 44 BC, no year 0); Chronik astronomically (-0043).
  const year = tjsYear < 0 ? tjsYear + 1 : tjsYear;
  const month = num('month', 1, 12);
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

/** Reads TimelineJS JSON into a bundle; a missing or bad field throws, naming it. */
export function readTimelineJs(text: string): TimelineBundle {
  const raw = parseJson(text, 'TimelineJS');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError('TimelineJS: the file must be a JSON object with an "events" list', { field: 'events' });
  const doc = raw as Record<string, unknown>;
  if ((doc as { format?: unknown }).format === 'chronik-timeline') throw new ImportError('TimelineJS: this is a Chronik JSON file; import it as Chronik JSON', { field: 'format' });
  if (!Array.isArray(doc.events)) throw new ImportError('TimelineJS, field events: a list of events is required — is this a TimelineJS file?', { field: 'events' });
  const titleText = (doc.title as { text?: TjsText } | undefined)?.text;
  const b = emptyBundle(htmlToText(titleText?.headline ?? '') || 'TimelineJS import');
  b.timeline.description = htmlToText(titleText?.text ?? '');
  const lanes = new Map<string, string>();
  const sources = new Map<string, string>();
  doc.events.forEach((slide: unknown, i) => {
    const field = `events[${i}]`;
    if (!slide || typeof slide !== 'object') throw new ImportError(`TimelineJS, field ${field}: an event must be an object`, { field });
    const s = slide as TjsSlide;
    const start = readDate(s.start_date, `${field}.start_date`);
    const end = s.end_date ? readDate(s.end_date, `${field}.end_date`) : null;
    const problem = checkRange(start, end);
    if (problem) throw new ImportError(`TimelineJS, field ${field}.end_date: ${problem}`, { field: `${field}.end_date` });
    const title = htmlToText(String(s.text?.headline ?? ''));
    if (!title) throw new ImportError(`TimelineJS, field ${field}.text.headline: a headline is required`, { field: `${field}.text.headline` });
    let lane: string | null = null;
    if (typeof s.group === 'string' && s.group.trim()) {
      const name = s.group.trim();
      lane = lanes.get(name) ?? null;
      if (!lane) {
        lane = `l${lanes.size + 1}`;
        lanes.set(name, lane);
        b.lanes.push({ key: lane, name });
      }
    }
    const links: TimelineBundle['events'][number]['sources'] = [];
    const url = typeof s.media?.url === 'string' ? s.media.url.trim() : '';
    if (isHttpUrl(url) && !/\s/.test(url)) {
      let key = sources.get(url);
      if (!key) {
        key = `s${sources.size + 1}`;
        sources.set(url, key);
        b.sources.push({
          key, url, title: htmlToText(s.media?.caption ?? ''), publisher: htmlToText(s.media?.credit ?? ''), author: '', publishedAt: null,
          accessedAt: null, language: null, contentHash: null, text: null, html: null, createdAt: null, updatedAt: null,
        });
      }
      links.push({ source: key, quote: '', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' });
    }
    b.events.push({
      title, description: htmlToText(s.text?.text ?? ''), kind: 'other', start, end, location: null, lane, confidence: 'reported',
      color: null, tags: [], sources: links, createdAt: null, updatedAt: null,
    });
  });
  return b;
}
