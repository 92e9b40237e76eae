import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, readNativeJson, writeNativeJson } from '../../../../core/exchange';
import { randomBundle } from './random-bundle';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');

describe('native JSON', () => {
  it('round-trips 300 random bundles byte for byte (unicode, BCE, every precision, flags, shared sources)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const once = writeNativeJson(randomBundle(seed));
      const twice = writeNativeJson(readNativeJson(once));
      expect(twice, `seed ${seed}`).toBe(once);
    }
  });

  it('keeps every field of a bundle', () => {
    const b = randomBundle(42);
    expect(readNativeJson(writeNativeJson(b))).toEqual(JSON.parse(JSON.stringify(b)));
  });

  it('writes version 2 with the entities of each event, and reads version 1 files as having none', () => {
    const b = randomBundle(42);
    const doc = JSON.parse(writeNativeJson(b));
    expect(doc.version).toBe(2);
    expect(doc.events.some((e: { entities: unknown[] }) => e.entities.length > 0)).toBe(true);
    doc.version = 1;
    for (const e of doc.events) delete e.entities;
    expect(readNativeJson(JSON.stringify(doc)).events.every((e) => e.entities.length === 0)).toBe(true);
    doc.version = 3;
    expect(() => readNativeJson(JSON.stringify(doc))).toThrow(/newer Chronik/);
  });

  it('names the field of a broken event and the line of a syntax error', () => {
    expect(() => readNativeJson(fixture('broken.chronik.json'))).toThrow(/events\[1\]\.start: .*2024-02-30/);
    try {
      readNativeJson(fixture('syntax-error.chronik.json'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as Error).message).toMatch(/line 5/);
    }
  });

  it('refuses a foreign JSON file, saying what it looks like', () => {
    expect(() => readNativeJson(fixture('sample.timelinejs.json'))).toThrow(/Not a Chronik timeline file.*TimelineJS/);
    expect(() => readNativeJson('[1,2]')).toThrow(/field "format"/);
  });

  it('refuses a link to a source key that does not exist', () => {
    const b = randomBundle(7);
    const doc = JSON.parse(writeNativeJson(b));
    doc.events = [{ ...doc.events[0] ?? JSON.parse(writeNativeJson(randomBundle(3))).events[0], sources: [{ source: 'nope', quote: '', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' }], lane: null }];
    expect(() => readNativeJson(JSON.stringify(doc))).toThrow(/events\[0\]\.sources\[0\]\.source: no source has the key "nope"/);
  });
});
