import { describe, expect, it } from 'vitest';
import { buildBriefing, defaultPaper, describeFilter, pageMarginCss, type BriefingOptions } from '../../../../core/briefing';
import type { Lane, Source } from '../../../../core/domain';
import { contentBox } from '../../../../core/briefing/page';
import { testEvent, testLink, testSource, type TestEventInput } from '../../../helpers/events';

const src = (id: number, url: string | null) => testSource(id, { url, publisher: `Outlet ${id}`, publishedAt: { value: '2024-10-2' + id, precision: 'day' }, language: 'en' });
const link = (s: Source, quote = '') => testLink(s, quote);
const lanes: Lane[] = [{ id: 1, timelineId: 1, name: 'Military', position: 0 }, { id: 2, timelineId: 1, name: 'Diplomacy', position: 1 }];
const s1 = src(1, 'https://a.example.org/1');
const s2 = src(2, 'javascript:alert(1)');
const ev = (id: number, start: string, title: string, extra: TestEventInput = {}) => testEvent({ id, start, title, kind: 'report', laneId: 1, ...extra });
const events = [
  ev(3, '2024-10-25', 'Third <b>bold</b> & co', { sources: [link(s2), link(s1)], laneId: 2 }),
  ev(1, '2024-10', 'First, month only', { sources: [link(s1, 'A “quoted” sentence.')] }),
  ev(2, '2024-10-23', 'Second', { start: { value: '2024-10-23', precision: 'day', approximate: true }, end: { value: '2024-10-30', precision: 'day' } }),
];
const options = (o: Partial<BriefingOptions> = {}): BriefingOptions => ({ title: 'Briefing <x>', locale: 'en', paper: 'a4', landscape: false, handling: 'Internal', ...o });
const build = (o: Partial<BriefingOptions> = {}) => buildBriefing({ timeline: { title: 'TL', description: 'About' }, lanes, events, options: options(o), generatedAt: '2024-11-05T14:30:00.000Z' });

describe('buildBriefing', () => {
  it('is one self-contained document: no external resources, no script', () => {
    const html = build();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|@import|url\(http|src="http/i);
    expect(html).toContain('<svg');
  });

  it('escapes every piece of user text and links only http(s) URLs', () => {
    const html = build();
    expect(html).toContain('Third &lt;b&gt;bold&lt;/b&gt; &amp; co');
    expect(html).toContain('Briefing &lt;x&gt;');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('href="https://a.example.org/1"');
  });

  it('lists events in time order with footnotes numbered by first citation', () => {
    const html = build();
    const order = ['First, month only', 'Second', 'Third'].map((t) => html.indexOf(`</span>${t}`));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    // s1 is cited first (by the month-only event), so it is [1]; s2 becomes [2].
    expect(html).toMatch(/First, month only<sup class="refs"><a href="#src-1">1<\/a><\/sup>/);
    expect(html).toMatch(/Third &lt;b&gt;bold&lt;\/b&gt; &amp; co<sup class="refs"><a href="#src-1">1<\/a>,<a href="#src-2">2<\/a><\/sup>/);
    expect(html).toContain('id="src-2"');
  });

  it('marks approximate dates and gives dates at their precision, in English and German', () => {
    const en = build();
    expect(en).toContain('c. 23 Oct 2024 – 30 Oct 2024');
    expect(en).toContain('>October 2024<span class="precision">month only');
    const de = build({ locale: 'de' });
    expect(de).toContain('ca. 23.10.2024 – 30.10.2024');
    expect(de).toContain('Chronologie');
    expect(de).toContain('Quellen');
    expect(de).toContain('05.11.2024, 14:30 UTC');
  });

  it('sets the page size and orientation', () => {
    expect(build({ paper: 'letter', landscape: true })).toContain('@page { size: letter landscape;');
    expect(build()).toContain('@page { size: A4 portrait;');
  });

  it('draws the figure without overlapping labels, even for many events on one day', () => {
    const many = Array.from({ length: 40 }, (_, i) => ev(100 + i, '2024-10-23', `Crowded event number ${i}`, { laneId: (i % 2) + 1 }));
    const html = buildBriefing({ timeline: { title: 'T', description: '' }, lanes, events: many, options: options(), generatedAt: '2024-11-05T14:30:00Z' });
    const panels = html.split('<svg').slice(1);
    expect(panels.length).toBeGreaterThan(1); // split over panels
    let count = 0;
    for (const panel of panels) {
      const labels = [...panel.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="label"[^>]*?( text-anchor="end")?>(.*?)<\/text>/g)].map((m) => {
        const x = Number(m[1]);
        const len = m[4]!.replace(/<[^>]+>/g, '').length * 10.5 * 0.54;
        return { y: Number(m[2]), x1: m[3] ? x - len : x, x2: m[3] ? x : x + len };
      });
      count += labels.length;
      for (const a of labels) {
        for (const b of labels) {
          if (a !== b && Math.abs(a.y - b.y) < 10) expect(a.x2 <= b.x1 || b.x2 <= a.x1, JSON.stringify([a, b])).toBe(true);
        }
      }
    }
    expect(count).toBe(40);
  });

  it('fits the figure of 500 events on at most two pages: the best-sourced labelled, dense stretches counted', () => {
    const many = Array.from({ length: 500 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      return ev(1000 + i, `2024-${month}-${day}`, `Event number ${i} near a place`, {
        laneId: (i % 2) + 1, confidence: i % 50 === 0 ? 'confirmed' : 'claimed', sources: i % 50 === 0 ? [link(s1), link(src(3, null))] : [],
      });
    });
    const html = buildBriefing({ timeline: { title: 'T', description: '' }, lanes, events: many, options: options(), generatedAt: '2024-11-05T14:30:00Z' });
    const figure = html.slice(html.indexOf('<section class="part figure-part">'), html.indexOf('<section class="part chronology-part">'));
    const panels = figure.split('<svg xmlns').slice(1);
    expect(panels.length).toBeLessThanOrEqual(2);
    for (const p of panels) expect(Number(/height="(\d+(?:\.\d+)?)"/.exec(p)![1])).toBeLessThanOrEqual(contentBox('a4', false).heightPx - 150);
    expect(figure).toContain('class="density"');
    expect(figure).toMatch(/Labelled: \d+ of 500 events, the best-sourced first/);
    // The best-sourced events (every 50th, confirmed with two sources) are among the labels.
    for (const i of [0, 50, 100, 450]) expect(figure, `event ${i}`).toContain(`Event number ${i} near`);
  });

  it('adds a summary when asked: counts, thin and best sourcing, linked to the chronology', () => {
    const html = build({ summary: true });
    const summary = html.slice(html.indexOf('<section class="part summary-part">'), html.indexOf('<section class="part figure-part">'));
    expect(summary).toContain('<span class="secnum">1</span>Summary');
    expect(summary).toContain('<p class="lead">3 events, October 2024.</p>');
    expect(summary).toContain('<tr><th>Report</th><td>3</td></tr>');
    expect(summary).toMatch(/Resting on a single source <span class="n">1<\/span>/);
    expect(summary).toMatch(/Most corroborated<\/h3>\n<ul class="event-list"><li><a href="#ev-3">.*2 sources/);
    expect(html).toContain('<span class="secnum">2</span>Timeline');
    expect(build()).not.toContain('<section class="part summary-part">');
  });

  it('lets the chronology flow across pages: events may break, their heading and quotes may not', () => {
    const css = build();
    expect(css).not.toMatch(/article\.event \{[^}]*break-inside: avoid/);
    expect(css).toMatch(/article\.event \.when, article\.event h4 \{ break-after: avoid; \}/);
  });

  it('says so when there are no events', () => {
    const html = buildBriefing({ timeline: { title: 'T', description: '' }, lanes: [], events: [], options: options(), generatedAt: '2024-11-05T14:30:00Z' });
    expect(html).toContain('No events match the scope of this briefing.');
  });
});

describe('header, footer and filter description', () => {
  it('numbers pages "n / N" and runs the title and handling line, escaped for CSS, except on the title page', () => {
    const css = pageMarginCss('A "quoted" </style> title', 'Intern');
    expect(css).toContain('content: counter(page) " / " counter(pages)');
    expect(css).toContain('content: "A \\"quoted\\" \\3C /style> title"');
    expect(css).toContain('content: "INTERN"');
    expect(css).toMatch(/@page :first \{[^}]*@top-left \{ content: none;/);
  });

  it('picks the paper a reader of the language and region expects', () => {
    expect(['de', 'de-DE', 'en', 'en-US', 'en-GB', 'en_US.UTF-8', 'en_GB.UTF-8', 'fr-CA', 'de-AT', ''].map(defaultPaper))
      .toEqual(['a4', 'a4', 'letter', 'letter', 'a4', 'letter', 'a4', 'letter', 'a4', 'a4']);
  });

  it('describes the filters in force in either language', () => {
    expect(describeFilter({ tags: ['Kursk'], confidences: ['confirmed'] }, 'de')).toBe('Schlagwörter: Kursk; Verlässlichkeit: Bestätigt');
    expect(describeFilter({}, 'en')).toBe('none (all events)');
  });
});
