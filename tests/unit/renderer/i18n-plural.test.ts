// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setLocale, t } from '../../../renderer/src/i18n';
import { de } from '../../../renderer/src/i18n/de';
import { en } from '../../../renderer/src/i18n/en';

describe('UI texts with counts', () => {
  it('choose the plural form by the count in both languages', () => {
    setLocale('en');
    expect(t('count.sources', { n: 1 })).toBe('1 source');
    expect(t('count.sources', { n: '1,204' })).toBe('1,204 sources');
    expect(t('dataImport.done', { n: 1, title: 'X' })).toBe('1 event imported into “X”.');
    expect(t('export.inScope', { n: 1, total: 1, count: 1 })).toBe('1 of 1 event');
    setLocale('de');
    expect(t('count.events', { n: 1 })).toBe('1 Ereignis');
    expect(t('import.discardQuestion', { n: 1 })).toMatch(/^Prüfung verwerfen\? 1 Entscheidung geht verloren/);
    setLocale('en');
  });

  it('write a plural message as one or two forms (“one|other”; German “Treffer” needs only one)', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(de)]) expect(`${key}: ${text.split('|').length <= 2}`).toBe(`${key}: true`);
  });
});
