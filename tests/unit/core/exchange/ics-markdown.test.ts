import { describe, expect, it } from 'vitest';
import { emptyBundle, foldLine, writeIcs, writeMarkdown, type TimelineBundle } from '../../../../core/exchange';

function bundle(): TimelineBundle {
  const b = emptyBundle('Ostfront; Oktober, 2024');
  b.lanes.push({ key: 'l1', name: 'Diplomatie' });
  b.sources.push(
    { key: 's1', url: 'https://a.example.org/1', title: 'Bericht A', publisher: 'Zeitung A', author: '', publishedAt: { value: '2024-10-23', precision: 'day' }, accessedAt: null, language: 'de', contentHash: null, text: null, html: null, createdAt: null, updatedAt: null },
    { key: 's2', url: 'https://b.example.org/2', title: 'Bericht B', publisher: 'Sender B', author: '', publishedAt: null, accessedAt: null, language: 'de', contentHash: null, text: null, html: null, createdAt: null, updatedAt: null },
  );
  const base = { description: '', kind: 'statement' as const, end: null, location: null, lane: 'l1', confidence: 'confirmed' as const, color: null, tags: [], entities: [], createdAt: null, updatedAt: null };
  b.events.push(
    { ...base, title: 'Tag', start: { value: '2024-10-23', precision: 'day' }, sources: [{ source: 's1', quote: 'Zitat', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' }] },
    { ...base, title: 'Monat', start: { value: '2024-10', precision: 'month', approximate: true }, sources: [{ source: 's2', quote: '', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' }, { source: 's1', quote: '', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' }] },
    { ...base, title: 'Uhrzeit', start: { value: '2024-10-24T16:30', precision: 'minute' }, end: { value: '2024-10-24T17:00', precision: 'minute' }, sources: [] },
    { ...base, title: 'Caesar', start: { value: '-0043-03-15', precision: 'day' }, sources: [] },
  );
  return b;
}

describe('ICS', () => {
  it('writes all-day events over the period of the date and floating times at minute precision', () => {
    const { content, skipped } = writeIcs(bundle(), { generatedAt: '2024-11-01T12:00:00.000Z', locale: 'de' });
    expect(content).toContain('DTSTART;VALUE=DATE:20241023\r\nDTEND;VALUE=DATE:20241024');
    expect(content).toContain('DTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241101');
    expect(content).toContain('DTSTART:20241024T163000\r\nDTEND:20241024T170000');
    expect(content).toContain('DTSTAMP:20241101T120000Z');
    expect(content).toContain('X-WR-CALNAME:Ostfront\\; Oktober\\, 2024');
    expect(content).toContain('SUMMARY:Monat (~)');
    expect(skipped).toBe(1); // 44 BC has no iCalendar date
    expect(content.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine('DESCRIPTION:' + 'ä'.repeat(100));
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + 'ä'.repeat(100));
  });
});

describe('Markdown', () => {
  it('writes a chronology with footnotes numbered by first citation', () => {
    const md = writeMarkdown(bundle(), { locale: 'de' });
    expect(md).toContain('# Ostfront; Oktober, 2024');
    expect(md).toContain('**23.10.2024** — **Tag**[^1]');
    expect(md).toContain('**ca. Oktober 2024** — **Monat**[^2][^1]');
    expect(md).toContain('> Zitat');
    expect(md).toContain('[^1]: Zeitung A, “Bericht A”, 23.10.2024. <https://a.example.org/1>');
    expect(md).toContain('[^2]: Sender B, “Bericht B”. <https://b.example.org/2>');
    expect(md).toContain('### Oktober 2024');
  });
});
