import { describe, expect, it } from 'vitest';
import { briefingHeaderFooter, buildBriefing, describeFilter, type BriefingOptions } from '../../../../core/briefing';
import type { Lane, Source } from '../../../../core/domain';
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
    expect(build({ paper: 'letter', landscape: true })).toContain('@page { size: letter landscape; }');
    expect(build()).toContain('@page { size: A4 portrait; }');
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

  it('says so when there are no events', () => {
    const html = buildBriefing({ timeline: { title: 'T', description: '' }, lanes: [], events: [], options: options(), generatedAt: '2024-11-05T14:30:00Z' });
    expect(html).toContain('No events match the scope of this briefing.');
  });
});

describe('header, footer and filter description', () => {
  it('has page numbers "n / N" and the escaped title', () => {
    const t = briefingHeaderFooter('A <title>', 'de', 'Intern');
    expect(t.footerTemplate).toMatch(/<span class="pageNumber"><\/span> \/ <span class="totalPages"><\/span>/);
    expect(t.headerTemplate).toContain('A &lt;title&gt;');
    expect(t.headerTemplate).toContain('Intern');
  });

  it('describes the filters in force in either language', () => {
    expect(describeFilter({ tags: ['Kursk'], confidences: ['confirmed'] }, 'de')).toBe('Schlagwörter: Kursk; Verlässlichkeit: Bestätigt');
    expect(describeFilter({}, 'en')).toBe('none (all events)');
  });
});
