/** A seeded generator of timeline bundles for property tests: unicode, BCE, deep time, every precision and flag. */
import { partsToValue, daysInMonth, type ChronikDate, type Precision } from '../../../../core/dates';
import { CONFIDENCES, ENTITY_KINDS, EVENT_KINDS, STANCES } from '../../../../core/domain';
import type { TimelineBundle } from '../../../../core/exchange';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const bool = (p = 0.5) => next() < p;
  return { next, int, pick, bool };
}
type R = ReturnType<typeof rng>;

const ALPHABET = ['a', 'b', 'Z', ' ', 'ä', 'ß', 'é', 'Ж', 'д', '한', '国', '—', '“', '”', '"', '\\', ',', ';', '\n', '\t', '😀', '<', '&', '|', '#', '*', '0'];

export function text(r: R, min = 0, max = 24): string {
  let s = '';
  for (let i = r.int(min, max); i > 0; i--) s += r.pick(ALPHABET);
  return s;
}
const nonEmpty = (r: R) => 'x' + text(r, 0, 30);

export function date(r: R, precision: Precision = r.pick(['year', 'month', 'day', 'minute'] as const)): ChronikDate {
  // Deep time (geological and cosmological years) is a year and nothing finer.
  if (r.bool(0.06)) return { value: partsToValue({ year: -r.int(99_999, 15_999_999_999) }, 'year'), precision: 'year' };
  const year = r.bool(0.15) ? r.int(-3000, 0) : r.int(1, 2100);
  const month = r.int(1, 12);
  const d: ChronikDate = { value: partsToValue({ year, month, day: r.int(1, daysInMonth(year, month)), hour: r.int(0, 23), minute: r.int(0, 59) }, precision), precision };
  if (r.bool(0.3)) d.approximate = true;
  if (r.bool(0.2)) d.uncertain = true;
  if (r.bool(0.3)) d.original = text(r, 1, 12);
  return d;
}

const stamp = (r: R) => `20${r.int(10, 29)}-0${r.int(1, 9)}-1${r.int(0, 9)}T1${r.int(0, 9)}:0${r.int(0, 9)}:00.000Z`;

/** A random bundle whose events are in chronological order (as an export writes them). */
export function randomBundle(seed: number): TimelineBundle {
  const r = rng(seed);
  const lanes = Array.from({ length: r.int(0, 4) }, (_, i) => ({ key: `l${i + 1}`, name: nonEmpty(r) }));
  const sources = Array.from({ length: r.int(0, 6) }, (_, i) => ({
    key: `s${i + 1}`,
    url: r.bool(0.8) ? `https://example.org/${i}/${encodeURIComponent(text(r, 0, 8))}` : null,
    title: text(r), publisher: text(r), author: text(r),
    publishedAt: r.bool(0.7) ? (({ original: _o, approximate: _a, uncertain: _u, ...d }) => d)(date(r)) : null,
    accessedAt: r.bool(0.7) ? stamp(r) : null, language: r.bool(0.5) ? r.pick(['en', 'de']) : null,
    contentHash: r.bool(0.4) ? `h${seed}-${i}` : null, text: r.bool(0.4) ? text(r, 0, 80) : null, html: r.bool(0.2) ? `<p>${text(r)}</p>` : null,
    createdAt: stamp(r), updatedAt: stamp(r),
  }));
  const events = Array.from({ length: r.int(0, 12) }, () => {
    const start = date(r);
    return {
      title: nonEmpty(r), description: text(r, 0, 60), kind: r.pick(EVENT_KINDS), start,
      end: r.bool(0.3) ? { ...start, value: start.value, original: undefined } : null,
      location: r.bool(0.4) ? { name: text(r), lat: r.bool() ? r.int(-90, 90) / 1.5 : null, lon: r.bool() ? r.int(-180, 180) / 3 : null } : null,
      lane: lanes.length && r.bool(0.8) ? r.pick(lanes).key : null, confidence: r.pick(CONFIDENCES), color: r.bool(0.2) ? '#1f77b4' : null,
      tags: [...new Set(Array.from({ length: r.int(0, 3) }, () => `t${r.int(0, 5)}${r.pick(['', 'ä', '国'])}`))].sort(),
      entities: Array.from({ length: r.int(0, 3) }, (_, i) => ({
        kind: r.pick(ENTITY_KINDS), name: `${r.pick(['Kim', 'NATO', 'Kursk', 'Мария', 'Ümit (2000-)'])} ${i}`, role: r.pick(['', 'commander', 'Ziel']),
      })),
      sources: sources.length ? [...new Set(Array.from({ length: r.int(0, 3) }, () => r.pick(sources).key))].map((key) => ({
        source: key, quote: text(r, 0, 40), quoteStart: r.bool() ? r.int(0, 100) : null, quoteEnd: null, datePhrase: text(r, 0, 10), stance: r.pick(STANCES),
      })) : [],
      createdAt: stamp(r), updatedAt: stamp(r),
    };
  });
  for (const e of events) if (e.end) delete (e.end as { original?: string }).original;
  return { timeline: { title: nonEmpty(r), description: text(r, 0, 80), createdAt: stamp(r), updatedAt: stamp(r) }, lanes, sources, events };
}
