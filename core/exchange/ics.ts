/**
 * iCalendar (RFC 5545) export: one VEVENT per event. Day, month and year precision become
 * all-day events spanning the whole period; minute precision becomes a floating local time.
 * Years outside 1–9999 cannot be written in iCalendar and are left out (and counted).
 */
import { valueToParts, civilFromDays, sortKey, type ChronikDate } from '../dates';
import type { Language } from '../language';
import { labels } from '../briefing/labels';
import type { TimelineBundle } from './bundle';

const two = (n: number) => String(n).padStart(2, '0');

/** TEXT escaping of RFC 5545 §3.3.11. */
function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** A stable, short hash for UIDs (FNV-1a, 32 bit). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const dayValue = (days: number) => {
  const c = civilFromDays(days);
  return `${String(c.year).padStart(4, '0')}${two(c.month)}${two(c.day)}`;
};

function inRange(d: ChronikDate): boolean {
  const y = valueToParts(d.value)?.parts.year ?? 0;
  return y >= 1 && y <= 9999;
}

/** "20241101T120000Z" from an ISO instant. */
function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');
}

/** Writes an iCalendar file; `generatedAt` (ISO instant) is the DTSTAMP of every event. */
export function writeIcs(b: TimelineBundle, options: { generatedAt: string; locale?: Language }): { content: string; skipped: number } {
  const L = labels(options.locale ?? 'en');
  const sources = new Map(b.sources.map((s) => [s.key, s]));
  const lanes = new Map(b.lanes.map((l) => [l.key, l.name]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chronik//Chronik timeline export//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${esc(b.timeline.title)}`];
  let skipped = 0;
  b.events.forEach((e, i) => {
    if (!inRange(e.start) || (e.end && !inRange(e.end))) {
      skipped++;
      return;
    }
    lines.push('BEGIN:VEVENT');
    lines.push(`UID:chronik-${i + 1}-${fnv(`${e.title}|${e.start.value}|${e.createdAt ?? ''}`)}@chronik.local`);
    lines.push(`DTSTAMP:${stamp(options.generatedAt)}`);
    const end = e.end ?? e.start;
    if (e.start.precision === 'minute' && end.precision === 'minute') {
      const dt = (d: ChronikDate) => d.value.replace(/[-:]/g, '') + '00';
      lines.push(`DTSTART:${dt(e.start)}`);
      if (e.end) lines.push(`DTEND:${dt(e.end)}`);
    } else {
      // All-day: from the first day of the start's period to the day after the end's period.
      const first = Math.floor(sortKey(e.start, 'start') / 1440);
      const last = Math.floor(sortKey(end, 'end') / 1440);
      lines.push(`DTSTART;VALUE=DATE:${dayValue(first)}`);
      lines.push(`DTEND;VALUE=DATE:${dayValue(last + 1)}`);
    }
    const approx = e.start.approximate || e.start.uncertain ? ` (${e.start.approximate ? '~' : ''}${e.start.uncertain ? '?' : ''})` : '';
    lines.push(`SUMMARY:${esc(e.title + approx)}`);
    const cited = e.sources.map((l) => sources.get(l.source)).filter((s) => !!s);
    const desc = [
      e.description,
      `${L.kind}: ${L.kinds[e.kind]} · ${L.confidence}: ${L.confidences[e.confidence]}${e.lane ? ` · ${L.lane}: ${lanes.get(e.lane) ?? ''}` : ''}`,
      ...cited.map((s, n) => `[${n + 1}] ${[s!.publisher, s!.title, s!.url].filter(Boolean).join(', ')}`),
    ].filter(Boolean).join('\n');
    lines.push(`DESCRIPTION:${esc(desc)}`);
    if (e.location?.name) lines.push(`LOCATION:${esc(e.location.name)}`);
    if (e.location?.lat != null && e.location.lon != null) lines.push(`GEO:${e.location.lat};${e.location.lon}`);
    const cats = [L.kinds[e.kind], ...e.tags].map(esc).join(',');
    lines.push(`CATEGORIES:${cats}`);
    lines.push(`STATUS:${e.confidence === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE'}`);
    const url = cited.find((s) => s!.url)?.url;
    if (url) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return { content: lines.map(foldLine).join('\r\n') + '\r\n', skipped };
}
