import { describe, expect, it } from 'vitest';
import { applyFilter, isEmptyFilter } from '../../../../core/filter';
import { describeFilter } from '../../../../core/briefing';
import { detectFormat } from '../../../../core/exchange';
import { testEvent, testLink, testSource } from '../../../helpers/events';

const ev = (id: number, sources: number) => testEvent({ id, sources: Array.from({ length: sources }, (_, i) => testLink(testSource(i + 1, { title: 'S' }))) });

describe('the "without a source" filter', () => {
  it('keeps only events no source backs, and says so on the title page', () => {
    expect(applyFilter([ev(1, 0), ev(2, 2), ev(3, 0)], { unsourced: true }).map((e) => e.id)).toEqual([1, 3]);
    expect(isEmptyFilter({ unsourced: true })).toBe(false);
    expect(describeFilter({ unsourced: true }, 'de')).toBe('nur Ereignisse ohne Quelle');
  });
});

describe('guessing an import file’s format', () => {
  it('tells Chronik JSON, TimelineJS and CSV apart, and calls broken JSON Chronik JSON', () => {
    expect(detectFormat('a.json', '{"format": "chronik-timeline", "version": 1}')).toBe('json');
    expect(detectFormat('tl.json', '{"events": [{"start_date": {"year": "2024"}}]}')).toBe('timelinejs');
    expect(detectFormat('broken.json', '{"title": "x", "events": [')).toBe('json');
    expect(detectFormat('data.csv', 'event_date;notes\n2024-10-01;x')).toBe('csv');
    expect(detectFormat('page.html', '<html></html>')).toBeNull();
  });
});
