import type { Language } from '../language';

const DE = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'dem', 'den', 'des', 'von', 'zu', 'im', 'für', 'auch', 'wird', 'wurde', 'sie', 'es', 'bei', 'nach', 'aus', 'hat', 'vor']);
const EN = new Set(['the', 'and', 'is', 'of', 'to', 'in', 'that', 'it', 'for', 'was', 'on', 'with', 'as', 'by', 'at', 'he', 'from', 'his', 'said', 'are', 'be', 'has', 'have', 'were', 'will', 'an', 'this', 'which']);

/** Votes German or English by counting stop words in the first few thousand characters. */
export function detectLanguage(text: string): Language {
  let de = 0;
  let en = 0;
  for (const w of text.slice(0, 5000).toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
  }
  return de > en ? 'de' : 'en';
}
