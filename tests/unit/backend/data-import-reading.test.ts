/** Reading data files through the contract: the order of day and month in slash dates (see core/exchange/date-order.test.ts), messages about files that cannot be imported. */
import { describe, expect, it } from 'vitest';
import { tempBackend, value } from '../../helpers/backend';

const MAPPING = { event_date: 'start', notes: 'title' } as const;
const csv = (...rows: string[]) => `event_date,notes\r\n${rows.join('\r\n')}\r\n`;

describe('slash dates through the backend', () => {
  it('the preview says which order it read and why; the import reads the file that way', async () => {
    const b = tempBackend();
    try {
      const content = csv('01/02/2021,first', '14/05/2022,second', '03/04/2020,fourth');
      const p = value(await b.api.previewImport({ format: 'csv', content, locale: 'en' }));
      expect(p.csv!.dates).toEqual({ order: 'dmy', by: 'file', example: { line: 3, value: '14/05/2022' } });
      expect(p.events.map((e) => e.date)).toEqual(['1 Feb 2021', '14 May 2022', '3 Apr 2020']);
      const chosen = value(await b.api.previewImport({ format: 'csv', content: csv('01/02/2021,first'), dateOrder: 'dmy', locale: 'en' }));
      expect(chosen.csv!.dates).toEqual({ order: 'dmy', by: 'chosen' });
      expect(value(await b.api.previewImport({ format: 'csv', content: csv('01/02/2021,first'), locale: 'de' })).csv!.dates).toEqual({ order: 'dmy', by: 'language' });
      expect(value(await b.api.previewImport({ format: 'csv', content: csv('2021-02-01,first'), locale: 'en' })).csv!.dates).toBeUndefined();

      // Whole: the file's own dates decide. Streamed: begun with the preview's order.
      const whole = value(await b.api.importData({ format: 'csv', content, locale: 'en' }));
      const streamed = value(await b.api.beginImport({ format: 'csv', mapping: MAPPING, dateOrder: p.csv!.dates!.order, locale: 'en' }));
      value(await b.api.pushImport({ importId: streamed.importId, chunk: content }));
      const second = value(await b.api.finishImport({ importId: streamed.importId }));
      for (const r of [whole, second]) {
        const list = value(await b.api.listEvents({ timelineId: r.timeline.id }));
        expect(list.map((e) => [e.title, e.start.value]).sort()).toEqual([['first', '2021-02-01'], ['fourth', '2020-04-03'], ['second', '2022-05-14']]);
      }
      const bad = await b.api.previewImport({ format: 'csv', content, dateOrder: 'sideways' as never });
      expect(bad.ok).toBe(false);
    } finally {
      b.cleanup();
    }
  });
});

describe('messages about files that cannot be imported', () => {
  it('say when leaving out bad rows would leave nothing, and call valid JSON of the wrong shape by its name', async () => {
    const b = tempBackend();
    try {
      const content = 'event_date,title\nfoo,a\nbar,b\n2021-13-01,c\n';
      const p = await b.api.previewImport({ format: 'csv', content, skipBadRows: true });
      expect(!p.ok || p.value.problem).toMatch(/^No row could be read \(3 refused\); the first: CSV line 2, column "event_date": Malformed date "foo"/);
      const json = await b.api.importData({ format: 'json', content: '{"foo":[1,2,3],"events":"nope"}' });
      expect(!json.ok && json.message).toBe('Chronik JSON: the field "events" must be a list');
    } finally {
      b.cleanup();
    }
  });
});
