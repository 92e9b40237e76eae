/** The languages Chronik reads and speaks: one type for the UI locale, dates, briefings, the tagger and the importer. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** True for a supported language code ("de", "en"). */
export function isLanguage(x: unknown): x is Language {
  return x === 'en' || x === 'de';
}
