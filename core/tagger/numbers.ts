import { alt } from './pattern';
import type { Language } from '../language';

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const DE_UNITS: Record<string, number> = {
  null: 0, ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90,
};
const DE_ARTICLE_ONE = /^(?:ein|eine|einem|einen|einer|eines)$/;


/** Regex source for a cardinal number written in digits or words (no capture groups). */
export const NUMBER: Record<Language, string> = {
  en: `(?:\\d+(?:[.,]\\d+)?|(?:${alt(Object.keys(EN_TENS))})(?:[- ](?:${alt(Object.keys(EN_UNITS))}))?|${alt(Object.keys(EN_UNITS))}|a hundred|hundred|a thousand|a dozen|dozen)`,
  de: `(?:\\d+(?:,\\d+)?|(?:(?:${alt(['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'])})und)?(?:${alt(Object.keys(DE_TENS))})|${alt(Object.keys(DE_UNITS).filter((w) => w !== 'null' && w !== 'ein'))}|eine[mnrs]?|ein|hundert|einhundert|tausend|anderthalb|eineinhalb|zweieinhalb|dreieinhalb|beiden|beide|dutzend)`,
};

/** Parses a number written in digits or words; null when it is not a number. */
export function parseNumber(raw: string, lang: Language): number | null {
  const s = raw.toLowerCase().trim();
  if (/^\d+$/.test(s)) return +s;
  if (/^\d+[.,]\d+$/.test(s)) return +s.replace(',', '.');
  if (lang === 'en') {
    if (s === 'a' || s === 'an') return 1;
    if (s === 'a hundred' || s === 'hundred') return 100;
    if (s === 'a thousand') return 1000;
    if (s === 'a dozen' || s === 'dozen') return 12;
    const unit = EN_UNITS[s];
    if (unit !== undefined) return unit;
    const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(s);
    const tens = m ? EN_TENS[m[1]!] : undefined;
    if (m && tens !== undefined) return tens + (m[2] ? EN_UNITS[m[2]] ?? NaN : 0) || null;
    return null;
  }
  if (DE_ARTICLE_ONE.test(s)) return 1;
  if (s === 'beiden' || s === 'beide') return 2;
  if (s === 'anderthalb' || s === 'eineinhalb') return 1.5;
  if (s === 'zweieinhalb') return 2.5;
  if (s === 'dreieinhalb') return 3.5;
  if (s === 'hundert' || s === 'einhundert') return 100;
  if (s === 'tausend') return 1000;
  if (s === 'dutzend') return 12;
  const word = DE_UNITS[s] ?? DE_TENS[s];
  if (word !== undefined) return word;
  const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\S+)$/.exec(s);
  const tens = m ? DE_TENS[m[2]!] : undefined;
  // The pattern's unit words (ein … neun) are all keys of DE_UNITS.
  if (m && tens !== undefined) return DE_UNITS[m[1]!]! + tens;
  return null;
}

const EN_ORD: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const DE_ORD: Record<string, number> = {
  ersten: 1, zweiten: 2, dritten: 3, vierten: 4, fünften: 5, sechsten: 6, siebten: 7, achten: 8,
  neunten: 9, zehnten: 10, elften: 11, zwölften: 12, dreizehnten: 13, vierzehnten: 14, fünfzehnten: 15,
  sechzehnten: 16, siebzehnten: 17, achtzehnten: 18, neunzehnten: 19, zwanzigsten: 20,
  einundzwanzigsten: 21, zweiundzwanzigsten: 22, dreiundzwanzigsten: 23, vierundzwanzigsten: 24,
  fünfundzwanzigsten: 25, sechsundzwanzigsten: 26, siebenundzwanzigsten: 27, achtundzwanzigsten: 28,
  neunundzwanzigsten: 29, dreißigsten: 30, einunddreißigsten: 31,
};

/** Regex source for an ordinal word (first…thirtieth / ersten…zwölften, with inflection). */
export const ORDINAL_WORD: Record<Language, string> = {
  en: alt(Object.keys(EN_ORD)),
  de: `(?:${alt(Object.keys(DE_ORD).map((w) => w.slice(0, -2)))})(?:e|er|es|en|em)`,
};

/** Parses "third", "3rd", "dritte(n)", "3." into a number; null otherwise. */
export function parseOrdinal(raw: string, lang: Language): number | null {
  const s = raw.toLowerCase().trim();
  const d = /^(\d+)(?:st|nd|rd|th|\.)?$/.exec(s);
  if (d) return +d[1]!;
  if (lang === 'en') return EN_ORD[s] ?? null;
  const stem = /^(.*?)(?:e|er|es|en|em)$/.exec(s);
  return stem ? DE_ORD[stem[1] + 'en'] ?? null : null;
}

const EN_DECADES: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
const DE_DECADES: Record<string, number> = {
  zwanziger: 2, dreißiger: 3, dreissiger: 3, vierziger: 4, fünfziger: 5, sechziger: 6, siebziger: 7,
  achtziger: 8, neunziger: 9, neuziger: 9,
};

/** Regex source for decade words ("nineties", "neunziger"). */
export const DECADE_WORD: Record<Language, string> = {
  en: alt(Object.keys(EN_DECADES)),
  de: alt(Object.keys(DE_DECADES)),
};

/** Digit of a decade word, e.g. "neunziger" → 9. */
export function parseDecadeWord(raw: string, lang: Language): number | null {
  const s = raw.toLowerCase();
  return (lang === 'en' ? EN_DECADES[s] : DE_DECADES[s]) ?? null;
}
