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
      expect(back.events.map((e) => e.title)).toEqual(b.events.map((e) => e.title.replace(/\s+/g, ' ').trim()));
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
    expect(() => readTimelineJs('{"events": [{"start_date": {"year": "-20000000000"}}]}')).toThrow(/events\[0\]\.start_date\.year: "-20000000000" is not a whole number between -16,000,000,000 and 16,000,000,000/);
    expect(() => readTimelineJs('{"title": "no events"}')).toThrow(/field events/);
  });
});

describe('TimelineJS files from the wild: deep time, slides without a headline, titles on one line', () => {
  const b = readTimelineJs(fixture('deep-time.timelinejs.json'));

  it('imports a template with cosmological, geological and BCE years whole', () => {
    expect(b.events).toHaveLength(7);
    expect(b.events.map((e) => e.start.value)).toEqual(['-13799999999', '-4539999999', '-65999999', '-299999', '-11999', '-0043-03-15', '2024-10-23']);
    expect(b.events.every((e, i) => i > 4 || e.start.precision === 'year')).toBe(true);
    expect(b.events[4]!.end).toEqual({ value: '-9499', precision: 'year' });
    expect(b.lanes.map((l) => l.name)).toEqual(['Cosmos', 'Earth', 'People']);
  });

  it('keeps titles on one line', () => {
    expect(b.timeline.title).toBe('From the first light to the first cities');
    expect(b.events[4]!.title).toBe('Farming begins');
  });

  it('titles a slide without a headline as TimelineJS shows it: first words of the text, else the caption or credit', () => {
    expect(b.events[1]!.title).toBe('The Earth forms from the disc of dust and gas around the young Sun.');
    expect(b.events[1]!.description).toMatch(/^The Earth forms .* it has a crust\.$/);
    expect(b.events[2]!.title).toBe('An asteroid ends the age of the dinosaurs');
    expect(b.events[3]!.title).toBe('Example Museum');
    expect(b.sources.map((s) => s.url)).toContain('https://media.example.org/deep-time/skull.jpg');
  });

  it('writes deep years back in TimelineJS numbering with readable display dates', () => {
    const doc = JSON.parse(writeTimelineJs(b, { locale: 'de' }));
    expect(doc.events[0].start_date).toEqual({ year: -13800000000, display_date: 'vor 13,8 Milliarden Jahren' });
    expect(doc.events[2].start_date.year).toBe(-66000000);
    expect(readTimelineJs(writeTimelineJs(b)).events.map((e) => e.start.value)).toEqual(b.events.map((e) => e.start.value));
  });
});

describe('TimelineJS export says where each event comes from', () => {
  const bundle = {
    timeline: { title: 'Quotes', description: '', createdAt: null, updatedAt: null },
    lanes: [],
    sources: [
      { key: 's1', url: 'https://news.example.org/a', title: 'Troops seen at the border', publisher: 'Example News', author: 'A. Writer', publishedAt: null, accessedAt: null, language: null, contentHash: null, text: null, html: null, createdAt: null, updatedAt: null },
      { key: 's2', url: 'https://wire.example.org/b', title: 'Ministry denies', publisher: 'Example Wire', author: '', publishedAt: null, accessedAt: null, language: null, contentHash: null, text: null, html: null, createdAt: null, updatedAt: null },
    ],
    events: [{
      title: 'Convoy reported', description: 'A long convoy moved north.', kind: 'movement' as const, start: { value: '2024-10-23', precision: 'day' as const }, end: null,
      location: null, lane: null, confidence: 'reported' as const, color: null, tags: [], createdAt: null, updatedAt: null, entities: [],
      sources: [
        { source: 's1', quote: 'We saw at least forty trucks.', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' as const },
        { source: 's2', quote: '', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'disputes' as const },
      ],
    }],
  };

  it('keeps every quote with its source in the slide text and credits the media', () => {
    const doc = JSON.parse(writeTimelineJs(bundle));
    const slide = doc.events[0];
    expect(slide.media).toMatchObject({ url: 'https://news.example.org/a', credit: 'Example News, A. Writer', caption: 'Troops seen at the border' });
    expect(slide.text.text).toContain('“We saw at least forty trucks.”');
    expect(slide.text.text).toContain('<a href="https://wire.example.org/b">Example Wire: Ministry denies</a>');
    expect(slide.text.text).toMatch(/^<p>A long convoy moved north\.<\/p>/);
  });

  it('reads its own quotes and sources back', () => {
    const back = readTimelineJs(writeTimelineJs(bundle));
    const e = back.events[0]!;
    expect(e.description).toBe('A long convoy moved north.');
    expect(back.sources.map((s) => s.url)).toEqual(['https://news.example.org/a', 'https://wire.example.org/b']);
    expect(e.sources.map((l) => l.quote)).toEqual(['We saw at least forty trucks.', '']);
    expect(back.sources[1]).toMatchObject({ publisher: 'Example Wire', title: 'Ministry denies' });
  });
});
