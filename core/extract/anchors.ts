/**
 * Language-independent anchors of a report, for duplicates across languages: the numbers it
 * states ("11,000" = "11.000" = "11 000") and the names it uses (capitalised words that are not
 * just the start of a sentence). A German and an English report of the same event share few
 * words but the same figures and names.
 */

/** Capitalised words that are no names: function words, months and weekdays (the date is compared on its own). */
const NOT_NAMES = new Set((
  'the a an and or but in on at by for from with of to as after before since during while when this that these those it ' +
  'he she they we you i his her their our its there here what which who how why if then also however yet still only ' +
  'mr mrs ms dr prof ' +
  'der die das den dem des ein eine einer eines einem einen und oder aber doch auch noch schon nur sich sie er es wir ihr ich ' +
  'im in an am auf aus bei nach vor seit für über unter gegen durch mit von vom zu zum zur als wie wenn weil dass damit ' +
  'dieser diese dieses diesem diesen jener jene man nun dann so da hier dort heute gestern morgen herr frau ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'januar jänner februar märz mai juni juli oktober dezember okt dez ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'
).split(' '));

/** Words that mark a text as German or English: enough to tell whether capitals mean names. */
const GERMAN = new Set('der die das und ist nicht mit den von im am ein eine wurde wurden sich auf für dem des zu nach bei hat haben sind war'.split(' '));
const ENGLISH = new Set('the and is of to was were with on a an has have by for at from that this it are had been'.split(' '));

export interface Anchors {
  /** Numbers in a normal form: groups joined ("11000"), decimal comma as point ("3.5"). */
  numbers: Set<string>;
  /** Names as written, without a possessive "'s". */
  names: Set<string>;
  /** True when the text reads as German, where every noun is capitalised: its capitals are not names. */
  german: boolean;
}

/** Times of day ("4:45", "16.30 Uhr") are left out: their digits are no figures of the event. */
const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:Uhr|h\b|a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/giu;
/** A number with groups of three (comma, point, space, thin or no-break space) or a decimal part. */
const NUMBER = /(?<![\p{L}\d])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d])|(?<![\p{L}\d])\d+(?:[.,]\d{1,2}(?!\d))?/gu;

function normalNumber(raw: string): string | null {
  const grouped = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/u.test(raw);
  const n = grouped ? raw.replace(/[.,\u00a0\u202f ]/gu, '') : raw.replace(',', '.');
  // Days of the month and years are shared by any two reports of the same day: not evidence.
  if (/^\d+$/.test(n)) {
    const v = Number(n);
    if (v <= 31 || (n.length === 4 && v >= 1000 && v <= 2100)) return null;
  }
  return n;
}

/** The numbers and names of a text, and whether it is German. */
export function anchors(text: string): Anchors {
  const numbers = new Set<string>();
  for (const m of text.replace(TIME, ' ').matchAll(NUMBER)) {
    const n = normalNumber(m[0]);
    if (n) numbers.add(n);
  }
  const names = new Set<string>();
  let de = 0;
  let en = 0;
  // A capitalised word counts as a name where it does not begin a sentence (or the text).
  for (const m of text.matchAll(/(^|[.!?:;"„“”»«]\s+|\n\s*)?(\p{L}[\p{L}\p{M}'’-]*)/gu)) {
    const word = m[2]!;
    const lower = word.toLowerCase();
    if (GERMAN.has(lower)) de++;
    if (ENGLISH.has(lower)) en++;
    const initial = m[1] !== undefined || m.index === 0;
    if (initial || !/^\p{Lu}/u.test(word) || word.length < 2) continue;
    const name = word.replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
    if (name.length >= 2 && !NOT_NAMES.has(name.toLowerCase())) names.add(name);
  }
  return { numbers, names, german: de > en && de >= 2 };
}

/** "Putins" (German genitive) and "Putin" are one name. */
function hasName(set: Set<string>, name: string): boolean {
  return set.has(name) || set.has(`${name}s`) || (name.endsWith('s') && set.has(name.slice(0, -1)));
}

/**
 * How many numbers and names two reports share. Names count unless both texts are German
 * (there every noun is capitalised, and the words themselves are compared elsewhere).
 */
export function sharedAnchors(a: Anchors, b: Anchors): number {
  let n = 0;
  for (const x of a.numbers) if (b.numbers.has(x)) n++;
  if (a.german && b.german) return n;
  for (const x of a.names) if (hasName(b.names, x)) n++;
  return n;
}
