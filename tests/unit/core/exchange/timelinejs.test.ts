import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTimelineJs, writeTimelineJs } from '../../../../core/exchange';
import { randomBundle } from './random-bundle';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');

describe('TimelineJS', () => {
  it('reads groups as lanes, media as sources, hours, ranges and BCE years', () => {
    const b = readTimelineJs(fixture('sample.timelinejs.json'));
    expect(b.timeline).toMatchObject({ title: 'River crossing exercise', description: 'A fictional timeline written for Chronik\'s tests.' });
    expect(b.lanes.map((l) => l.name)).toEqual(['Logistics', 'Operations']);
    expect(b.events[0]).toMatchObject({ title: 'Engineers arrive at the river', description: 'Bridging equipment & boats are unloaded.', start: { value: '2024-11-02', precision: 'day' } });
    expect(b.sources[0]).toMatchObject({ url: 'https://news.example.org/exercise/arrival', publisher: 'Example News', title: 'Engineers arrive' });
    expect(b.events[1]).toMatchObject({ start: { value: '2024-11-03T06:30', precision: 'minute' }, end: { value: '2024-11-04' } });
    // TimelineJS's -44 is 44 BC, astronomical year -43.
    expect(b.events[2]!.start).toEqual({ value: '-0043-03-15', precision: 'day', approximate: true });
  });

  it('writes what it reads: titles, dates, groups and the first source as media', () => {
    for (const seed of [2, 8, 13]) {
      const b = randomBundle(seed);
      const back = readTimelineJs(writeTimelineJs(b, { eras: true }));
      expect(back.events.map((e) => e.title)).toEqual(b.events.map((e) => e.title.replace(/^\s+|\s+$/g, '')));
      expect(back.events.map((e) => e.start.value)).toEqual(b.events.map((e) => e.start.value));
    }
  });

  it('adds one era per lane when asked', () => {
    const b = randomBundle(4);
    const doc = JSON.parse(writeTimelineJs(b, { eras: true }));
    const used = b.lanes.filter((l) => b.events.some((e) => e.lane === l.key));
    expect(doc.eras.map((e: { text: { headline: string } }) => e.text.headline)).toHaveLength(used.length);
  });

  it('names the field that is missing or wrong', () => {
    expect(() => readTimelineJs('{"events": [{"text": {"headline": "x"}}]}')).toThrow(/events\[0\]\.start_date: a date object/);
    expect(() => readTimelineJs('{"events": [{"start_date": {"year": "2024", "month": "13"}, "text": {"headline": "x"}}]}')).toThrow(/events\[0\]\.start_date\.month/);
    expect(() => readTimelineJs('{"events": [{"start_date": {"year": "2024"}}]}')).toThrow(/events\[0\]\.text\.headline: a headline is required/);
    expect(() => readTimelineJs('{"title": "no events"}')).toThrow(/field events/);
  });
});
