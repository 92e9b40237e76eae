import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CsvStreamReader, NativeJsonStreamReader, previewCsv, readCsv, readNativeJson, writeCsv, writeNativeJson,
  type BundlePieces, type StreamReader, type TimelineBundle,
} from '../../../../core/exchange';
import { randomBundle, rng } from './random-bundle';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');

/** Feeds a reader random pieces of the text and assembles what comes out into a bundle. */
function streamed(reader: StreamReader, text: string, seed: number): TimelineBundle {
  const r = rng(seed);
  const b: TimelineBundle = { timeline: { title: '', description: '', createdAt: null, updatedAt: null }, lanes: [], sources: [], events: [] };
  const take = (p: BundlePieces) => {
    if (p.timeline) b.timeline = p.timeline;
    // Lanes and sources always arrive before the events that use them.
    for (const e of p.events) {
      if (e.lane) expect(b.lanes.concat(p.lanes).some((l) => l.key === e.lane)).toBe(true);
    }
    b.lanes.push(...p.lanes);
    b.sources.push(...p.sources);
    b.events.push(...p.events);
  };
  for (let at = 0; at < text.length;) {
    const n = r.int(1, r.bool(0.3) ? 5 : 400);
    take(reader.push(text.slice(at, at + n)));
    at += n;
  }
  take(reader.end());
  return b;
}

describe('streaming import readers', () => {
  it('read Chronik JSON cut anywhere into exactly what the whole-file reader reads', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const text = writeNativeJson(randomBundle(seed));
      expect(streamed(new NativeJsonStreamReader(), text, seed), `seed ${seed}`).toEqual(readNativeJson(text));
    }
  });

  it('read CSV cut anywhere into exactly what the whole-file reader reads', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = writeCsv(randomBundle(seed));
      const mapping = previewCsv(text).suggestedMapping;
      const whole = readCsv(text, mapping);
      const got = streamed(new CsvStreamReader(mapping), text, seed);
      expect({ ...got, timeline: whole.timeline }, `seed ${seed}`).toEqual(whole);
    }
  });

  it('name the field or line of the first problem, like the whole-file readers', () => {
    const broken = fixture('broken.chronik.json');
    expect(() => streamed(new NativeJsonStreamReader(), broken, 1)).toThrow(/events\[1\]\.start: .*2024-02-30/);
    expect(() => streamed(new NativeJsonStreamReader(), fixture('syntax-error.chronik.json'), 2)).toThrow(/Chronik JSON: not valid JSON at line 5/);
    expect(() => streamed(new NativeJsonStreamReader(), fixture('sample.timelinejs.json'), 3)).toThrow(/Not a Chronik timeline file/);
    expect(() => streamed(new NativeJsonStreamReader(), '', 3)).toThrow(/empty/);
    const csv = fixture('bad-date.csv');
    const mapping = previewCsv(csv).suggestedMapping;
    let whole = '';
    try {
      readCsv(csv, mapping);
    } catch (e) {
      whole = (e as Error).message;
    }
    expect(whole).toMatch(/CSV line \d+/);
    expect(() => streamed(new CsvStreamReader(mapping), csv, 4)).toThrow(whole);
    expect(() => streamed(new CsvStreamReader(mapping), '{"events": []}', 5)).toThrow(/looks like a JSON file/);
  });

  it('with skipBad leave out the events they cannot read and report each, and still stop at a broken file', () => {
    const doc = JSON.parse(writeNativeJson(randomBundle(3)));
    expect(doc.events.length).toBeGreaterThan(3);
    doc.events[1].start = { value: '2024-02-30', precision: 'day' };
    doc.events[3].lane = 'no-such-lane';
    const text = JSON.stringify(doc);
    const reader = new NativeJsonStreamReader({ skipBad: true });
    const refused: string[] = [];
    const got = streamed({ push: (c) => keep(reader.push(c)), end: () => keep(reader.end()) }, text, 7);
    function keep(p: BundlePieces): BundlePieces {
      refused.push(...p.refused.map((e) => e.location.field ?? ''));
      return p;
    }
    expect(refused).toEqual([expect.stringMatching(/^events\[1\]\.start/), 'events[3].lane']);
    expect(got.events.map((e) => e.title)).toEqual(doc.events.filter((_: unknown, i: number) => i !== 1 && i !== 3).map((e: { title: string }) => e.title));
    expect(() => streamed(new NativeJsonStreamReader({ skipBad: true }), fixture('syntax-error.chronik.json'), 2)).toThrow(/not valid JSON at line 5/);
    const csv = fixture('bad-date.csv');
    const mapping = previewCsv(csv).suggestedMapping;
    expect(() => streamed(new CsvStreamReader(mapping, { skipBad: true }), csv, 4)).not.toThrow();
  });

  it('refuse a Chronik JSON whose events name a lane before the lanes are listed', () => {
    let seed = 1;
    while (!randomBundle(seed).events.some((e) => e.lane)) seed++;
    const doc = JSON.parse(writeNativeJson(randomBundle(seed)));
    const reordered = JSON.stringify({ format: doc.format, version: doc.version, timeline: doc.timeline, events: doc.events, lanes: doc.lanes, sources: doc.sources });
    expect(doc.events.some((e: { lane: string | null }) => e.lane)).toBe(true);
    expect(() => streamed(new NativeJsonStreamReader(), reordered, 6)).toThrow(/events\[\d+\]\.(lane|sources)/);
  });
});
