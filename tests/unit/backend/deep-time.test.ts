import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

const fixture = readFileSync(join(__dirname, '../../fixtures/exchange/deep-time.timelinejs.json'), 'utf8');

let b: ReturnType<typeof tempBackend>;
beforeEach(() => { b = tempBackend(); });
afterEach(() => b.cleanup());

async function importDeepTime() {
  const r = value(await b.api.importData({ format: 'timelinejs', content: fixture }));
  return r.timeline.id;
}

describe('a deep-time timeline through the store and every export', () => {
  it('stores billions of years with exact sort keys and lists them in time order', async () => {
    const id = await importDeepTime();
    const list = value(await b.api.listEvents({ timelineId: id }));
    expect(list.map((e) => e.start.value)).toEqual(['-13799999999', '-4539999999', '-65999999', '-299999', '-11999', '-0043-03-15', '2024-10-23']);
    const row = b.db.prepare('SELECT start_key FROM events WHERE start_value = ?').get('-13799999999') as { start_key: number };
    expect(Number.isSafeInteger(row.start_key)).toBe(true);
    // A window in deep time is one range scan like any other.
    const window = value(await b.api.listEvents({ timelineId: id, from: '100 million years ago', to: '1 Ma' }));
    expect(window.map((e) => e.title)).toEqual(['An asteroid ends the age of the dinosaurs']);
    const edited = value(await b.api.updateEvent({ id: list[0]!.id, start: 'vor 13,7 Milliarden Jahren' }));
    expect(edited.start.value).toBe('-13699999999');
  });

  it('exports deep years in JSON, CSV, TimelineJS and Markdown; the calendar says what it left out', async () => {
    const id = await importDeepTime();
    const json = value(await b.api.exportTimeline({ timelineId: id, format: 'json' }));
    expect(json.content).toContain('"value": "-13799999999"');
    const csv = value(await b.api.exportTimeline({ timelineId: id, format: 'csv' }));
    expect(csv.content).toMatch(/\n1,-13799999999,,year,/);
    const tjs = value(await b.api.exportTimeline({ timelineId: id, format: 'timelinejs', locale: 'de' }));
    expect(JSON.parse(tjs.content).events[0].start_date).toMatchObject({ year: -13800000000, display_date: 'vor 13,8 Milliarden Jahren' });
    const md = value(await b.api.exportTimeline({ timelineId: id, format: 'markdown' }));
    expect(md.content).toContain('### 13.8 billion years ago');
    expect(md.content).toContain('**66 million years ago** — **An asteroid ends the age of the dinosaurs**');
    const ics = value(await b.api.exportTimeline({ timelineId: id, format: 'ics' }));
    expect(ics.skipped).toBe(6);
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(json.skipped).toBe(0);
    // The export reads back whole.
    const again = value(await b.api.importData({ format: 'json', content: json.content }));
    expect(again.eventsAdded).toBe(7);
  });

  it('builds a briefing whose chronology and axis speak of deep time', async () => {
    const id = await importDeepTime();
    const p = value(await b.api.briefingPreview({ timelineId: id, options: { locale: 'en' } }));
    expect(p.html).toContain('13.8 billion years ago');
    expect(p.html).toMatch(/class="tick"[^>]*>\d+ Ga</);
    expect(p.html).not.toContain('NaN');
  });
});
