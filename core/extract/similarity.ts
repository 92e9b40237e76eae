/** Light text similarity for duplicate detection: content words, a crude stemmer, Jaccard. */

const STOP = new Set((
  'der die das den dem des ein eine einer eines einem einen und oder aber doch auch nicht noch schon nur sich sie er es wir ihr ' +
  'ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien mit von vom zu zum zur im in an am auf aus bei ' +
  'nach vor für über unter gegen durch dass als wie wenn weil damit diese dieser dieses diesem diesen jede jeder ihre ihren sein seine ' +
  'seiner the a an and or but not also only its it he she they we you is are was were be been being has have had will would ' +
  'could should of to in on at by for from with as that this these those which who whom whose than then there their his her ' +
  'into about after before over under against between during said says'
).split(' '));

/** Folds case, umlauts and ß so "Truppen"/"truppen" and "Präsident"/"Praesident" meet. */
function fold(w: string): string {
  return w.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

/** A stemming-light: strips common German and English endings, then keeps at most six letters. */
export function stem(word: string): string {
  let w = fold(word);
  for (const suffix of ['ungen', 'ung', 'ing', 'ies', 'ed', 'es', 'en', 'er', 'em', 'e', 's', 'n']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.slice(0, 6);
}

/** The set of stemmed content words of a text (numbers kept: "11.000" and "11,000" meet). */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.match(/[\p{L}]+|\d[\d.,]*/gu) ?? []) {
    if (/^\d/.test(raw)) {
      out.add(raw.replace(/[.,]/g, ''));
      continue;
    }
    if (raw.length < 3 || STOP.has(raw.toLowerCase())) continue;
    out.add(stem(raw));
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of the smaller set found in the larger: a short title inside a long quote scores high. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / Math.min(a.size, b.size);
}
