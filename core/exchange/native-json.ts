/**
 * Chronik's native exchange file: the whole timeline — lanes, events, sources with their stored
 * text, quotes, tags, timestamps — as JSON. Lossless: write(read(write(b))) === write(b).
 */
import * as v from 'valibot';
import { checkDate, checkRange, type ChronikDate } from '../dates';
import { CONFIDENCES, ENTITY_KINDS, EVENT_KINDS, STANCES } from '../domain';
import { cleanDate, type BundleEvent, type BundleSource, type TimelineBundle } from './bundle';
import { ImportError, parseJson } from './errors';
import { isHttpUrl } from '../security';

export const NATIVE_FORMAT = 'chronik-timeline';
/** 2: events carry their entities (people, organisations, places with roles); version 1 files read as having none. */
export const NATIVE_VERSION = 2;

const str = v.string();
const nstr = v.nullable(v.string());
const date = v.pipe(
  v.object({ value: str, precision: v.picklist(['year', 'month', 'day', 'minute']), approximate: v.optional(v.boolean()), uncertain: v.optional(v.boolean()), original: v.optional(str) }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkDate(dataset.value as ChronikDate);
    if (problem) addIssue({ message: problem });
  }),
);
const nint = v.nullable(v.pipe(v.number(), v.integer()));
/** The parts of the file, each checkable on its own (the streaming reader checks element by element). */
export const nativeParts = {
  format: v.literal(NATIVE_FORMAT),
  version: v.pipe(v.number(), v.maxValue(NATIVE_VERSION, `was written by a newer Chronik (version > ${NATIVE_VERSION})`)),
  timeline: v.object({ title: v.pipe(str, v.check((s) => s.trim().length > 0, 'a title is required')), description: str, createdAt: nstr, updatedAt: nstr }),
  lane: v.object({ key: str, name: str }),
  source: v.object({
    key: str, url: v.nullable(v.pipe(str, v.check(isHttpUrl, (i) => `"${String(i.input)}" is not an http(s) URL`))), title: str, publisher: str, author: str, publishedAt: v.nullable(date), accessedAt: nstr,
    language: nstr, contentHash: nstr, text: nstr, html: nstr, createdAt: nstr, updatedAt: nstr,
  }),
  event: v.object({
    title: v.pipe(str, v.check((s) => s.trim().length > 0, 'a title is required')),
    description: str,
    kind: v.picklist(EVENT_KINDS, `must be one of ${EVENT_KINDS.join(', ')}`),
    start: date,
    end: v.nullable(date),
    location: v.nullable(v.object({ name: str, lat: v.nullable(v.number()), lon: v.nullable(v.number()) })),
    lane: nstr,
    confidence: v.picklist(CONFIDENCES, `must be one of ${CONFIDENCES.join(', ')}`),
    color: v.nullable(v.pipe(str, v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour must look like #1f77b4'))),
    tags: v.array(str),
    entities: v.optional(v.array(v.object({
      kind: v.picklist(ENTITY_KINDS, `must be one of ${ENTITY_KINDS.join(', ')}`),
      name: v.pipe(str, v.check((s) => s.trim().length > 0, 'an entity needs a name')),
      role: str,
    })), []),
    sources: v.array(v.object({ source: str, quote: str, quoteStart: nint, quoteEnd: nint, datePhrase: str, stance: v.picklist(STANCES) })),
    createdAt: nstr,
    updatedAt: nstr,
  }),
};
const schema = v.object({
  format: nativeParts.format,
  version: nativeParts.version,
  timeline: nativeParts.timeline,
  lanes: v.array(nativeParts.lane),
  sources: v.array(nativeParts.source),
  events: v.array(nativeParts.event),
});

/** `events.3.start` → `events[3].start`: how the message names a field. */
export function fieldName(path: string | null): string {
  return (path ?? '').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** Writes a bundle with a fixed key order so equal bundles give byte-identical files. */
export function writeNativeJson(b: TimelineBundle): string {
  const src = (s: BundleSource) => ({
    key: s.key, url: s.url, title: s.title, publisher: s.publisher, author: s.author,
    publishedAt: s.publishedAt ? cleanDate(s.publishedAt) : null, accessedAt: s.accessedAt, language: s.language,
    contentHash: s.contentHash, text: s.text, html: s.html, createdAt: s.createdAt, updatedAt: s.updatedAt,
  });
  const ev = (e: BundleEvent) => ({
    title: e.title, description: e.description, kind: e.kind, start: cleanDate(e.start), end: e.end ? cleanDate(e.end) : null,
    location: e.location ? { name: e.location.name, lat: e.location.lat ?? null, lon: e.location.lon ?? null } : null,
    lane: e.lane, confidence: e.confidence, color: e.color, tags: e.tags,
    entities: (e.entities ?? []).map((x) => ({ kind: x.kind, name: x.name, role: x.role })),
    sources: e.sources.map((l) => ({ source: l.source, quote: l.quote, quoteStart: l.quoteStart, quoteEnd: l.quoteEnd, datePhrase: l.datePhrase, stance: l.stance })),
    createdAt: e.createdAt, updatedAt: e.updatedAt,
  });
  const doc = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    timeline: { title: b.timeline.title, description: b.timeline.description, createdAt: b.timeline.createdAt, updatedAt: b.timeline.updatedAt },
    lanes: b.lanes.map((l) => ({ key: l.key, name: l.name })),
    sources: b.sources.map(src),
    events: b.events.map(ev),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Reads a native file; anything foreign or broken throws an ImportError naming the field. */
export function readNativeJson(text: string): TimelineBundle {
  const raw = parseJson(text, 'Chronik JSON');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== NATIVE_FORMAT) {
    const hint = raw && typeof raw === 'object' && Array.isArray((raw as { events?: unknown }).events) && !('format' in raw) ? ' — it looks like a TimelineJS file; import it as TimelineJS' : '';
    throw new ImportError(`Not a Chronik timeline file: the field "format" must be "${NATIVE_FORMAT}"${hint}`, { field: 'format' });
  }
  const r = v.safeParse(schema, raw);
  if (!r.success) {
    const issue = r.issues[0];
    const field = fieldName(v.getDotPath(issue));
    throw new ImportError(`Chronik JSON, field ${field || '(top level)'}: ${issue.message}`, { field });
  }
  const { format: _format, version: _version, ...b } = r.output as TimelineBundle & { format: string; version: number };
  const lanes = new Set<string>();
  b.lanes.forEach((l, i) => {
    if (lanes.has(l.key)) throw new ImportError(`Chronik JSON, field lanes[${i}].key: the key "${l.key}" is used twice`, { field: `lanes[${i}].key` });
    lanes.add(l.key);
  });
  const sources = new Set<string>();
  b.sources.forEach((s, i) => {
    if (sources.has(s.key)) throw new ImportError(`Chronik JSON, field sources[${i}].key: the key "${s.key}" is used twice`, { field: `sources[${i}].key` });
    sources.add(s.key);
  });
  b.events.forEach((e, i) => {
    const problem = checkRange(e.start, e.end);
    if (problem) throw new ImportError(`Chronik JSON, field events[${i}].end: ${problem}`, { field: `events[${i}].end` });
    if (e.lane !== null && !lanes.has(e.lane)) throw new ImportError(`Chronik JSON, field events[${i}].lane: no lane has the key "${e.lane}"`, { field: `events[${i}].lane` });
    e.sources.forEach((l, j) => {
      if (!sources.has(l.source)) throw new ImportError(`Chronik JSON, field events[${i}].sources[${j}].source: no source has the key "${l.source}"`, { field: `events[${i}].sources[${j}].source` });
    });
  });
  return b;
}
