/** Month names and abbreviations the parser accepts and the formatter writes, per language. */
import type { Language } from '../language';

export const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

export const MONTHS_SHORT: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
};

/** Every spelling of a month that input may use, lower-case, to its number. */
export const MONTH_LOOKUP: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const extra: Record<string, number> = {
    jänner: 1, jaenner: 1, maerz: 3, mrz: 3, sept: 9, okt: 10, dez: 12, mär: 3, june: 6, july: 7,
  };
  for (const loc of ['en', 'de'] as const) {
    MONTHS[loc].forEach((name, i) => {
      m.set(name.toLowerCase(), i + 1);
      m.set(name.slice(0, 3).toLowerCase(), i + 1);
    });
  }
  for (const [k, v] of Object.entries(extra)) m.set(k, v);
  return m;
})();

export const APPROX_WORDS = ['ca.', 'ca', 'circa', 'c.', 'about', 'around', 'approx.', 'approximately', 'etwa', 'um', 'gegen', '~'];
