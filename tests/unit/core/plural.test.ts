import { describe, expect, it } from 'vitest';
import { countLabel, pluralForm } from '../../../core/plural';
import { formatHistoryLabel } from '../../../core/history-labels';

describe('plural forms in English and German', () => {
  it('says 1 source, 0 and 2 sources; 1 Quelle, 2 Quellen', () => {
    expect([0, 1, 2].map((n) => countLabel(n, '{n} source|{n} sources'))).toEqual(['0 sources', '1 source', '2 sources']);
    expect([1, 2].map((n) => countLabel(n, '{n} Quelle|{n} Quellen', 'de'))).toEqual(['1 Quelle', '2 Quellen']);
    expect(countLabel(1234, '{n} event|{n} events', 'en', '1,234')).toBe('1,234 events');
    expect(pluralForm('no forms', 1)).toBe('no forms');
  });

  it('names undo steps with the right form', () => {
    expect(formatHistoryLabel({ key: 'importData', params: { n: 1, format: 'CSV' } })).toBe('Import 1 event (CSV)');
    expect(formatHistoryLabel({ key: 'importData', params: { n: 3, format: 'CSV' } }, 'de')).toBe('3 Ereignisse importieren (CSV)');
    expect(formatHistoryLabel({ key: 'importData', params: { n: 1, format: 'JSON' } }, 'de')).toBe('1 Ereignis importieren (JSON)');
    expect(formatHistoryLabel({ key: 'importData', params: { n: 150_000, format: 'CSV' } })).toBe('Import 150,000 events (CSV)');
    expect(formatHistoryLabel({ key: 'importDataNew', params: { n: 150_000, format: 'CSV', title: 'Konflikt' } }, 'de')).toBe('150.000 Ereignisse importieren (CSV) als „Konflikt“');
  });
});
