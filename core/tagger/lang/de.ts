import { durationValue, type Unit } from '../duration';
import { pad } from '../calendar';
import { DECADE_WORD, NUMBER, ORDINAL_WORD, parseDecadeWord, parseNumber, parseOrdinal } from '../numbers';
import { lookup, rx } from '../pattern';
import { hit, needFor, relByUnit, validDay, year2 } from './rule-helpers';
import {
  dayMonthValue, holidayDate, monthValue, relCentury, relDay, relMonth, relWeek, relYear,
  seasonValue, weekdayValue, yearFor, type Direction,
} from '../resolve';
import { fmtDay, shiftDays } from '../calendar';
import type { Granularity, Rule, RuleContext, RuleHit } from '../types';
import { weekendValue } from './en';

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10,
  okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
};
const MONTH = '(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Okt\\.|Nov\\.|Dez\\.)';
const WEEKDAYS: Record<string, number> = { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 };
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)';
const PARTS: Record<string, string> = {
  morgen: 'MO', früh: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI',
  morgens: 'MO', vormittags: 'MO', mittags: 'MI', nachmittags: 'AF', abends: 'EV', nachts: 'NI',
};
const PART = '(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)';
const UNITS: Record<string, Unit> = {
  jahr: 'Y', monat: 'M', woche: 'W', tag: 'D', stunde: 'H', minute: 'MIN', sekunde: 'S', quartal: 'Q',
  jahrzehnt: 'DE', jahrhundert: 'CE', jahrtausend: 'L', wochenende: 'WE', halbjahr: 'M',
};
const UNIT = '(?:Jahr(?:e|en|es|s)?|Monat(?:e|en|s)?|Woche(?:n)?|Tag(?:e|en|es)?|Stunde(?:n)?|Minute(?:n)?|Sekunde(?:n)?|Quartal(?:e|en|s)?|Jahrzehnt(?:e|en|s)?|Jahrhundert(?:e|en|s)?|Jahrtausend(?:e|en|s)?|Wochenende(?:n)?)';
const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { frühjahr: 'SP', frühling: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI' };
const SEASON = '(?:Frühjahr(?:s|es)?|Frühling(?:s)?|Sommer(?:s)?|Herbst(?:es|s)?|Winter(?:s)?)';
const N = NUMBER.de;
const VAGUE = '(?:einige[nmrs]?|mehrere[nmr]?|viele[nmr]?|wenige[nmr]?|ein paar|paar|etliche[nmr]?|zahlreiche[nmr]?|lange|langen)';
const APPROX = '(?:mehr als|weniger als|fast genau|fast|knapp|gut|rund|etwa|mindestens|höchstens|genau|bis zu|ungefähr|circa|ca\\.|annähernd|beinahe|nahezu|runde|ganze[n]?|gute[n]?|all diese|die ganzen|den ganzen)';
const LASTNEXT: Record<string, -1 | 0 | 1> = {
  vergangen: -1, letzt: -1, vorig: -1, vorherig: -1, diese: 0, dies: 0, laufend: 0, kommend: 1, nächst: 1,
  folgend: 1, bevorstehend: 1, selb: 0, gleich: 0, darauffolgend: 1, vorangegangen: -1,
};
const RELADJ = '(?:vergangene[mnrs]?|letzte[mnrs]?|vorige[mnrs]?|vorherige[mnrs]?|diese[mnrs]?|laufende[mnrs]?|kommende[mnrs]?|nächste[mnrs]?|folgende[mnrs]?|bevorstehende[mnrs]?)';
// Adjectives that refer to the narrative's last mentioned date rather than the publication date.
const ANAPHORIC_ADJ = '(?:folgende[mnrs]?|darauffolgende[mnrs]?|selbe[mnrs]?|gleiche[mnrs]?|vorangegangene[mnrs]?|vorherige[mnrs]?)';
const REL_UNIT_ADJ = `(?:${RELADJ.slice(3, -1)}|darauffolgende[mnrs]?|selbe[mnrs]?|gleiche[mnrs]?|vorangegangene[mnrs]?)`;
const PHASE = '(?:Anfang|Mitte|Ende|Beginn|Ausgang|Anfangs|Mitte|Endes|Start)';

function relAdj(raw: string): -1 | 0 | 1 {
  const s = raw.toLowerCase().replace(/(?:e[mnrs]?|es)$/, '');
  for (const [k, v] of Object.entries(LASTNEXT)) if (s.startsWith(k)) return v;
  return 0;
}
function unitOf(raw: string): Unit {
  const s = raw.toLowerCase();
  for (const [k, u] of Object.entries(UNITS).sort(([a], [b]) => b.length - a.length)) if (s.startsWith(k)) return u;
  return 'D';
}
function month(raw: string): number {
  return lookup(MONTHS, raw, 3) ?? 0;
}
/** ISO weekday of a name matched by WEEKDAY (whose alternatives are exactly the table's keys). */
function weekday(raw: string): number {
  return WEEKDAYS[raw.toLowerCase()]!;
}
function seasonKey(raw: string): 'SP' | 'SU' | 'FA' | 'WI' {
  const s = raw.toLowerCase();
  for (const [k, season] of Object.entries(SEASONS)) if (s.startsWith(k)) return season;
  return 'SU';
}
/** Precision of the reference date a unit offset needs. */
function isAnaphoric(word: string): boolean {
  return new RegExp(`^${ANAPHORIC_ADJ}$`, 'i').test(word) || /^(?:desselben|derselben|desgleichen)$/i.test(word);
}
// Numbers that are amounts rather than years: "2000 Menschen", "1500 Euro".
const NOT_YEAR_AFTER = /^\s*(?:%|Prozent|Euro|Dollar|Mark|D-Mark|Schilling|Franken|Lire|Meter|Kilometer|km|Quadratmeter|Hektar|Menschen|Einwohner|Personen|Leute|Mitglieder|Stück|Tonnen|Besucher|Arbeitsplätze|Mitarbeiter|Beschäftigte|Stimmen|Höhenmeter|mal|Soldaten|Kinder|Euro|Exemplare|Teilnehmer|Fälle|Tote|Opfer|Stunden|Minuten|Tage|Jahre|Seiten|Punkte)(?![\p{L}])/iu;

const QUANTITY_BEFORE = /(?:rund|etwa|mindestens|über|knapp|fast|circa|ca\.|bis zu|mehr als|weniger als|davon|insgesamt|ungefähr|nur)\s+$/i;

function clock(h: number, min: number): string | null {
  return h <= 24 && min <= 59 ? `T${pad(h)}:${pad(min)}` : null;
}

/** Value of "(im) nächsten Jahr", "die folgende Woche", "im selben Sommer" against ctx.dct. */
function relUnitHit(m: RegExpExecArray, ctx: RuleContext): RuleHit | null {
  const dir = relAdj(m[3]!);
  const unitRaw = m[4]!.toLowerCase();
  let start = 0;
  if (m[2] && m[2].toLowerCase() === 'im') start = m[0].toLowerCase().indexOf('im ') + 3;
  if (m[1] && start) return null;
  const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
  if (/^\s*(?:zuvor|davor|danach|später)/i.test(after)) return null;
  if (unitRaw.startsWith('wochenende')) return hit('DATE', weekendValue(ctx, dir === 0 ? 'tense' : dir), start);
  if (new RegExp(`^${SEASON}$`, 'i').test(m[4]!)) return hit('DATE', seasonValue(ctx, seasonKey(m[4]!), dir === 0 ? 'tense' : dir), start);
  const u = unitOf(unitRaw);
  if (u === 'DE') return hit('DATE', ctx.dct ? String(Math.floor(ctx.dct.y / 10) + dir) : 'XXX', start);
  return hit('DATE', relByUnit(ctx, u, dir) ?? 'XXXX', start);
}

/** Value of "im Vorjahr", "Folgejahr", "Jahresende" and the like against ctx.dct. */
function yearWordHit(m: RegExpExecArray, ctx: RuleContext): RuleHit {
  const w = m[2]!.toLowerCase();
  const start = m[1] && m[1].toLowerCase() === 'im' ? 3 : 0;
  if (w.startsWith('vorjahr')) return hit('DATE', relYear(ctx, -1), start);
  if (w.startsWith('vormonat')) return hit('DATE', relMonth(ctx, -1), start);
  if (w === 'vorwoche') return hit('DATE', relWeek(ctx, -1), start);
  if (w.startsWith('folgejahr') || /kommenden|nächsten/.test(w)) return hit('DATE', relYear(ctx, 1), start);
  if (/vergangenen|letzten|vorigen/.test(w)) return hit('DATE', relYear(ctx, -1), start);
  if (w.startsWith('wochenende')) return hit('DATE', weekendValue(ctx, 'tense'), start);
  if (w.startsWith('monats')) return hit('DATE', relMonth(ctx, 0), start);
  if (w.startsWith('jahreswechsel') || w.startsWith('jahresende')) {
    // The turn of the year nearest to the dct in the sentence's direction.
    if (!ctx.dct) return hit('DATE', 'XXXX', start);
    const y = ctx.tense() === 'past' ? (ctx.dct.m <= 6 ? ctx.dct.y - 1 : ctx.dct.y) : ctx.dct.m <= 2 ? ctx.dct.y - 1 : ctx.dct.y;
    return hit('DATE', pad(y, 4), start);
  }
  return hit('DATE', relYear(ctx, 0), start);
}

/** German rules, following KRAUTS extent conventions (articles inside, prepositions outside). */
export const DE_RULES: Rule[] = [
  // --- explicit calendar dates ---------------------------------------------------------
  {
    id: 'de-day-month',
    re: rx(`(?:(${WEEKDAY}),?\\s+)?(?:(?:der|den|dem)\\s+)?(\\d{1,2})\\.\\s*(?:(${MONTH})|(\\d{1,2})\\.)(?:\\s*(\\d{4})|(?<=\\.)(\\d{2})(?!\\d))?(?!\\s*Uhr)`),
    priority: 4,
    hit(m, ctx) {
      const d = +m[2]!;
      const mo = m[3] ? month(m[3]) : +m[4]!;
      if (!validDay(mo, d)) return null;
      if (m[5] || m[6]) return hit('DATE', `${pad(year2(ctx, (m[5] ?? m[6])!), 4)}-${pad(mo)}-${pad(d)}`);
      // "8.3." without a year needs a second dot; a bare "8.3" is a decimal number.
      const yearAfter = /^\s+(?:dieses|des vergangenen|des letzten|des kommenden|des nächsten|vorigen|letzten)\s+Jahres/i.exec(ctx.text.slice(ctx.index + m[0].length));
      if (yearAfter) {
        const n = /vergangen|letzt|vorig/i.test(yearAfter[0]) ? -1 : /kommend|nächst/i.test(yearAfter[0]) ? 1 : 0;
        const y = relYear(ctx, n);
        return hit('DATE', `${y}-${pad(mo)}-${pad(d)}`, 0, m[0].length + yearAfter[0].length);
      }
      return { ...hit('DATE', dayMonthValue(ctx, mo, d)), floating: true };
    },
  },
  {
    id: 'de-day-range-start',
    // "vom 5. bis 9. Juni": the first day borrows month and year from the second.
    re: rx(`(\\d{1,2})\\.(?=\\s*(?:und|bis|oder|-|–|/)\\s*(?:zum\\s+)?(\\d{1,2})\\.\\s*(${MONTH})(?:\\s*(\\d{4}))?)`),
    priority: 1,
    hit(m, ctx) {
      const mo = month(m[3]!);
      const d = +m[1]!;
      if (!validDay(mo, d)) return null;
      return hit('DATE', m[4] ? `${m[4]}-${pad(mo)}-${pad(d)}` : dayMonthValue(ctx, mo, d), 0, m[0].length);
    },
  },
  {
    id: 'de-iso-date',
    re: rx('(\\d{4})-(\\d{2})-(\\d{2})'),
    priority: 5,
    hit(m) {
      return validDay(+m[2]!, +m[3]!) ? hit('DATE', `${m[1]}-${m[2]}-${m[3]}`) : null;
    },
  },
  {
    id: 'de-month',
    re: rx(`(?:(${PHASE})\\s+)?(?:(den|dem|der|im)\\s+)?(${MONTH})(?:\\s+(\\d{4})|\\s+(?:(dieses|des vergangenen|des letzten|vorigen|letzten|vergangenen|des kommenden|des nächsten|nächsten|kommenden|des laufenden|laufenden|des gleichen|desselben|des selben|des folgenden|des darauffolgenden|des vorangegangenen)\\s+Jahres)|\\s+(?:des\\s+Jahres\\s+)?(\\d{4}))?`),
    priority: 2,
    hit(m, ctx) {
      const mo = month(m[3]!);
      // Drop a leading "im" and a bare article before a month without a following year reference.
      let start = 0;
      if (m[2]) {
        if (m[2].toLowerCase() === 'im' || (!m[5] && !m[1])) {
          if (m[1]) return null;
          start = m[0].indexOf(m[3]!);
        }
      }
      if (mo === 8 && !m[1] && !m[2] && !m[4] && !m[5] && !m[6]) {
        // "August" is also a first name: require a preposition before it.
        const before = ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index);
        if (!/(?:im|seit|bis|ab|vom|zum|Im|Seit|Bis|Ab|im\s+vergangenen|im\s+kommenden|und|oder|Anfang|Ende|Mitte)\s+$/.test(before)) return null;
      }
      const year = m[4] ?? m[6];
      if (year) return hit('DATE', `${year}-${pad(mo)}`, start);
      if (m[5]) {
        const n = /vergangen|letzt|vorig/i.test(m[5]) ? -1 : /kommend|nächst|folgend/i.test(m[5]) ? 1 : 0;
        const anaphoric = /selb|gleich|folgend|vorangegangen/i.test(m[5]);
        return { ...hit('DATE', `${relYear(ctx, n)}-${pad(mo)}`, start), anchor: anaphoric ? 'anaphoric' : 'deictic', need: 'Y' };
      }
      return { ...hit('DATE', monthValue(ctx, mo), start), floating: true };
    },
  },
  {
    id: 'de-day-month-words',
    // "am zwölften Dezember", "den ersten September 1939".
    re: rx(`(?:(?:der|den|dem)\\s+)?(${ORDINAL_WORD.de})\\s+(${MONTH})(?:\\s+(\\d{4}))?`),
    priority: 4,
    hit(m, ctx) {
      const d = parseOrdinal(m[1]!, 'de');
      const mo = month(m[2]!);
      if (!d || !validDay(mo, d)) return null;
      if (m[3]) return hit('DATE', `${m[3]}-${pad(mo)}-${pad(d)}`);
      return { ...hit('DATE', dayMonthValue(ctx, mo, d)), floating: true };
    },
  },
  {
    id: 'de-bc-year',
    // TIMEX2/HeidelTime write years before Christ as BC plus the year: "44 v. Chr." is BC0044.
    re: rx(`(?:(?:das|dem|des)\\s+)?(?:Jahre?s?\\s+)?(\\d{1,4})\\s+(v\\.\\s*Chr\\.?|vor\\s+Christus|v\\.\\s*u\\.\\s*Z\\.?|vor\\s+unserer\\s+Zeitrechnung|n\\.\\s*Chr\\.?|nach\\s+Christus)`),
    priority: 3,
    hit(m) {
      const y = +m[1]!;
      if (y === 0) return null;
      return hit('DATE', /^(?:v|vor)[\s.]/i.test(m[2]!) ? `BC${pad(y, 4)}` : pad(y, 4));
    },
  },
  {
    id: 'de-year',
    re: rx(`(?:(${PHASE}|${SEASON}|Frühsommer|Spätsommer|Spätherbst|Hochsommer)\\s+)?(?:(?:(?:das|dem|des)\\s+)?(?:Jahre?s?|Jahr)\\s+)?(?<![$€]|\\d[.,]|\\d\\s)(\\d{4}|(?<=Jahre?s?\\s+)\\d{3})(?![.,]\\d)`),
    priority: 1,
    hit(m, ctx) {
      const y = +m[2]!;
      const explicit = /Jahr/i.test(m[0]);
      if (!explicit && (y < 1000 || y > 2099)) return null;
      if (!explicit && NOT_YEAR_AFTER.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 16))) return null;
      if (!explicit && !m[1] && QUANTITY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.index - 16), ctx.index))) return null;
      // A round number before a noun is an amount ("1500 Grenzschützer"), not a year.
      if (!explicit && !m[1] && y % 100 === 0 && /^\s+\p{Lu}\p{Ll}/u.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 4))) return null;
      const pre = m[1] ?? '';
      if (pre && new RegExp(`^${SEASON}$`, 'i').test(pre)) return hit('DATE', `${pad(y, 4)}-${seasonKey(pre)}`);
      if (/^(?:Frühsommer|Hochsommer|Spätsommer)$/i.test(pre)) return hit('DATE', `${pad(y, 4)}-SU`);
      if (/^Spätherbst$/i.test(pre)) return hit('DATE', `${pad(y, 4)}-FA`);
      return hit('DATE', pad(y, 4));
    },
  },
  {
    id: 'de-season-of-year',
    re: rx(`(?:(?:der|den|dem|im)\\s+)?(${SEASON})\\s+(?:des\\s+Jahres\\s+(\\d{4})|(dieses|des vergangenen|des letzten|vorigen|letzten|vergangenen|des kommenden|nächsten|kommenden|desselben|des selben|des gleichen|des folgenden|des darauffolgenden|des vorangegangenen)\\s+Jahres)`),
    priority: 2,
    hit(m, ctx) {
      const start = /^im\s/i.test(m[0]) ? 3 : 0;
      if (m[2]) return hit('DATE', `${m[2]}-${seasonKey(m[1]!)}`, start);
      const n = /vergangen|letzt|vorig/i.test(m[3]!) ? -1 : /kommend|nächst|folgend/i.test(m[3]!) ? 1 : 0;
      const anaphoric = /selb|gleich|folgend|vorangegangen/i.test(m[3]!);
      return { ...hit('DATE', `${relYear(ctx, n)}-${seasonKey(m[1]!)}`, start), anchor: anaphoric ? 'anaphoric' : 'deictic', need: 'Y' };
    },
  },
  {
    id: 'de-numeric-year-range',
    re: rx('(\\d{4})/\\s*(\\d{2})(?!\\d)'),
    hit(m) {
      const y = +m[1]!;
      return y >= 1000 && y <= 2099 ? hit('DATE', m[1]!.slice(0, 3)) : null;
    },
  },
  {
    id: 'de-quarter',
    re: rx(`(?:(?:das|dem|des|im)\\s+)?(?:(${ORDINAL_WORD.de})|(\\d)\\.)\\s+(Quartal|Halbjahr|Jahreshälfte)(?:s|es)?(?:\\s+(\\d{4})|\\s+(dieses|des vergangenen|des laufenden|vorigen|letzten|des kommenden)\\s+Jahres)?`),
    hit(m, ctx) {
      const n = m[1] ? parseOrdinal(m[1], 'de') : +m[2]!;
      if (!n) return null;
      const half = !/Quartal/i.test(m[3]!);
      if (half ? n > 2 : n > 4) return null;
      const start = /^im\s/i.test(m[0]) ? 3 : 0;
      let y: string;
      if (m[4]) y = m[4];
      else if (m[5]) y = relYear(ctx, /vergangen|letzt|vorig/i.test(m[5]) ? -1 : /kommend/i.test(m[5]) ? 1 : 0);
      else y = relYear(ctx, 0);
      if (y === 'PRESENT_REF') y = 'XXXX';
      return hit('DATE', `${y}-${half ? 'H' : 'Q'}${n}`, start);
    },
  },
  // --- decades, centuries, millennia ------------------------------------------------------
  {
    id: 'de-decade',
    re: rx(`(?:(${PHASE})\\s+)?(?:(der|den|die|in den)\\s+)?(?:(frühen|späten|ausgehenden|beginnenden)\\s+)?(?:(${DECADE_WORD.de})|(\\d{2})er|(\\d{3})0er)(?:(?:\\s*-?\\s*|-)?(Jahre[n]?|Jahrzehnts?))?`),
    hit(m, ctx) {
      let d: string;
      if (m[6]) d = m[6];
      else {
        const digit = m[4] ? parseDecadeWord(m[4], 'de') : +m[5]! / 10;
        if (digit === null || !Number.isInteger(digit)) return null;
        if (!m[7]) return null;
        const century = ctx.dct && ctx.dct.y >= 2000 && digit * 10 <= ctx.dct.y % 100 ? Math.floor(ctx.dct.y / 100) : 19;
        d = `${century}${digit}`;
      }
      const start = m[2] && m[2].toLowerCase() === 'in den' ? 3 : 0;
      return hit('DATE', d, start);
    },
  },
  {
    id: 'de-century',
    re: rx(`(?:(${PHASE})\\s+)?(?:(des|dem|das|im)\\s+)?(?:(\\d{1,2})\\.|(${ORDINAL_WORD.de}))\\s+(Jahrhundert|Jahrtausend)(?:s|es)?(?:\\s+(?:vor|nach)\\s+(?:Christus|Chr\\.))?`),
    hit(m) {
      const n = m[3] ? +m[3] : parseOrdinal(m[4]!, 'de');
      if (!n) return null;
      const start = m[2] && m[2].toLowerCase() === 'im' ? m[0].indexOf(m[2]) + 3 : 0;
      if (/v(?:or|\.)\s*Chr/i.test(m[0])) return hit('DATE', `BC${pad(n - 1, 2)}`, start);
      return hit('DATE', /tausend/i.test(m[5]!) ? String(n - 1) : pad(n - 1, 2), start);
    },
  },
  {
    id: 'de-rel-century',
    re: rx(`(?:(des|dem|das|im|diesem|dieses|vorigen|letzten|vergangenen|nächsten|kommenden)\\s+)(?:(vorigen|letzten|vergangenen|nächsten|kommenden|neuen|alten)\\s+)?(Jahrhundert|Jahrtausend)(?:s|es)?`),
    hit(m, ctx) {
      const words = `${m[1]} ${m[2] ?? ''}`.toLowerCase();
      const n = /vorig|letzt|vergangen|alten/.test(words) ? -1 : /nächst|kommend|neuen/.test(words) ? 1 : /dies/.test(words) ? 0 : null;
      if (n === null) return null;
      if (/tausend/i.test(m[3]!)) return ctx.dct ? hit('DATE', String(Math.floor(ctx.dct.y / 1000) + n)) : null;
      const start = m[1]!.toLowerCase() === 'im' ? 3 : 0;
      return hit('DATE', relCentury(ctx, n), start);
    },
  },
  // --- days relative to the publication date -------------------------------------------
  {
    id: 'de-rel-day',
    re: rx(`(heute|gestern|vorgestern|übermorgen|morgen|Heute|Gestern|Vorgestern|Übermorgen|HEUTE|GESTERN)(?:\\s+(${PART}|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh)(?![\\p{L}]))?`, false),
    priority: 2,
    hit(m, ctx) {
      const w = m[1]!.toLowerCase();
      const before = ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index);
      if (w === 'morgen' && /(?:am|den|jeden|guten|diesen|einen|eines|der|des)\s+$/i.test(before)) return null;
      const n = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }[w]!;
      const day = relDay(ctx, n);
      if (m[2]) return hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}T${PARTS[m[2].toLowerCase()]}`);
      if (w === 'heute' && ctx.dct && ctx.tense() !== 'past' && !hasSpecificTime(ctx)) return hit('DATE', 'PRESENT_REF');
      if (w === 'morgen' && !ctx.dct) return hit('DATE', 'FUTURE_REF');
      return hit('DATE', day);
    },
  },
  {
    id: 'de-heutig',
    re: rx('(heutige[nmrs]?|gestrige[nmrs]?|morgige[nmrs]?|diesjährige[nmrs]?|vorjährige[nmrs]?)'),
    hit(m, ctx) {
      const w = m[1]!.toLowerCase();
      if (w.startsWith('heut')) return hit('DATE', 'PRESENT_REF');
      if (w.startsWith('gestr')) return hit('DATE', relDay(ctx, -1));
      if (w.startsWith('morg')) return hit('DATE', relDay(ctx, 1));
      if (w.startsWith('diesj')) return hit('DATE', relYear(ctx, 0));
      return hit('DATE', relYear(ctx, -1));
    },
  },
  {
    id: 'de-weekday',
    re: rx(`(?:(?:(der|den|dem|am)\\s+)?(${RELADJ})\\s+)?(${WEEKDAY})(${PART}s?)?(?:\\s+(${PART}|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh)(?![\\p{L}]))?`),
    priority: 1,
    hit(m, ctx) {
      const wd = weekday(m[3]!);
      let start = 0;
      if (m[1] && m[1].toLowerCase() === 'am') start = 3;
      const dir: Direction = m[2] ? relAdj(m[2]) || 'tense' : 'tense';
      const dirFinal: Direction = m[2] && /^diese/i.test(m[2]) ? 'tense' : dir;
      const day = weekdayValue(ctx, wd, dirFinal);
      const part = m[4] ?? m[5];
      if (part) return hit('TIME', `${day}T${PARTS[part.toLowerCase().replace(/s$/, '')] ?? 'MO'}`, start);
      return hit('DATE', day, start);
    },
  },
  {
    id: 'de-clock',
    re: rx(`(?:(gegen|bis)\\s+)?(?:(\\d{1,2})(?:[.:](\\d{2}))?\\s*Uhr(?:\\s+(\\d{1,2}))?|(halb|Viertel nach|Viertel vor|viertel nach|viertel vor)\\s+(${N})(?:\\s+Uhr)?|(${N})\\s+Uhr(?:\\s+(${N}))?)`),
    priority: 3,
    hit(m, ctx) {
      let h: number | null;
      let min = 0;
      if (m[2]) {
        h = +m[2];
        min = m[3] ? +m[3] : m[4] ? +m[4] : 0;
      } else if (m[5]) {
        const base = parseNumber(m[6]!, 'de');
        if (base === null) return null;
        const k = m[5].toLowerCase();
        h = k === 'halb' ? base - 1 : k === 'viertel vor' ? base - 1 : base;
        min = k === 'halb' ? 30 : k === 'viertel vor' ? 45 : 15;
      } else {
        h = parseNumber(m[7]!, 'de');
        if (m[8]) min = parseNumber(m[8], 'de') ?? 0;
      }
      if (h === null || !Number.isInteger(h)) return null;
      const t = clock(h, min);
      if (!t) return null;
      const start = m[1] ? m[1].length + 1 : 0;
      const day = relDay(ctx, 0);
      return hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}${t}`, start);
    },
  },
  {
    id: 'de-clock-range-start',
    // "von 10 bis 15 Uhr": the first hour takes "Uhr" from the second.
    re: rx(`(\\d{1,2})(?:[.:](\\d{2}))?(?=\\s*(?:bis|-|–|und)\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*Uhr)`),
    priority: 1,
    hit(m, ctx) {
      const t = clock(+m[1]!, m[2] ? +m[2] : 0);
      if (!t) return null;
      const day = relDay(ctx, 0);
      return hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}${t}`);
    },
  },
  // --- this/last/next + calendar unit -----------------------------------------------------
  {
    id: 'de-rel-unit',
    re: rx(`(?:(${PHASE})\\s+)?(?:(der|die|das|den|dem|des|im)\\s+)?(${REL_UNIT_ADJ})\\s+(Woche|Wochenende[s]?|Monat[s]?|Jahr(?:es|s)?|Quartal[s]?|Jahrzehnt[s]?|${SEASON})`),
    hit(m, ctx) {
      const h = relUnitHit(m, ctx);
      if (!h) return h;
      const season = new RegExp(`^${SEASON}$`, 'i').test(m[4]!);
      const need = season ? 'Y' : needFor(unitOf(m[4]!));
      return { ...h, anchor: isAnaphoric(m[3]!) ? 'anaphoric' : 'deictic', need };
    },
  },
  {
    id: 'de-unit-after',
    // "im Jahr darauf", "in der Woche danach", "im Monat zuvor": relative to the last mentioned date.
    re: rx(`(?:(im|in der|die|der|das|den|dem)\\s+)?(Woche|Monat|Jahr|Sommer|Winter|Herbst|Frühjahr|Frühling)\\s+(darauf|danach|zuvor|davor)`),
    hit(m, ctx) {
      const start = m[1] && /^(?:im|in der)$/i.test(m[1]) ? m[1].length + 1 : 0;
      const n = /^(?:darauf|danach)$/i.test(m[3]!) ? 1 : -1;
      const season = new RegExp(`^${SEASON}$`, 'i').test(m[2]!);
      const u = unitOf(m[2]!);
      let value: string;
      if (season) value = ctx.dct ? `${pad(ctx.dct.y + (seasonKey(m[2]!) === 'WI' ? 0 : n), 4)}-${seasonKey(m[2]!)}` : `XXXX-${seasonKey(m[2]!)}`;
      else value = relByUnit(ctx, u, n) ?? 'XXXX';
      return { ...hit('DATE', value, start), anchor: 'anaphoric', need: season ? 'Y' : needFor(u) };
    },
  },
  {
    id: 'de-anaphoric-day',
    // "am folgenden Tag", "Tags darauf", "am Vortag", "am nächsten Morgen", "in der Nacht darauf".
    re: rx(`(?:(am|an dem|in der|im)\\s+)?(?:(folgenden|nächsten|darauffolgenden|selben|gleichen|selbigen)\\s+(Tag|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)|(Tag|Morgen|Vormittag|Nachmittag|Abend|Nacht)\\s+(darauf|danach|zuvor|davor)|(Vortag|Vorabend|Folgetag|Tags\\s+darauf|Tags\\s+danach|Tags\\s+zuvor|Tags\\s+davor))(?:es|s)?`),
    priority: 2,
    hit(m, ctx) {
      const start = m[1] ? m[1].length + 1 : 0;
      const words = (m[2] ?? m[5] ?? m[6]!).toLowerCase();
      const n = /selb|gleich/.test(words) ? 0 : /zuvor|davor|vortag|vorabend/.test(words) ? -1 : 1;
      const partRaw = (m[3] ?? m[4] ?? (/vorabend/.test(words) ? 'abend' : 'tag')).toLowerCase();
      const day = ctx.dct ? fmtDay(shiftDays(ctx.dct, n)) : 'XXXX-XX-XX';
      const part = PARTS[partRaw];
      return { ...hit(part ? 'TIME' : 'DATE', part ? `${day}T${part}` : day, start), anchor: 'anaphoric', need: 'D' };
    },
  },
  {
    id: 'de-phase-of-unit',
    re: rx(`(${PHASE})\\s+(der|des|derselben|desselben)\\s+(?:(${ANAPHORIC_ADJ})\\s+)?(Woche|Monats|Jahres|Jahrzehnts)`),
    hit(m, ctx) {
      const u = unitOf(m[4]!);
      const n = m[3] ? relAdj(m[3]) : 0;
      const anchor = m[3] || isAnaphoric(m[2]!) ? 'anaphoric' : 'deictic';
      if (u === 'DE') return { ...hit('DATE', ctx.dct ? String(Math.floor(ctx.dct.y / 10) + n) : 'XXX'), anchor, need: 'Y' };
      return { ...hit('DATE', relByUnit(ctx, u, n) ?? 'XXXX'), anchor, need: needFor(u) };
    },
  },
  {
    id: 'de-year-words',
    re: rx('(?:(im|dem|das|des)\\s+)?(Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche|heuer|laufenden Jahres|dieses Jahres|dieses Jahr|kommenden Jahres|nächsten Jahres|vergangenen Jahres|letzten Jahres|vorigen Jahres|Folgejahr(?:es|s)?|Jahreswechsel(?:s)?|Jahresende(?:s)?|Jahresanfang(?:s)?|Jahresbeginn(?:s)?|Jahresmitte|Monatsende(?:s)?|Monatsanfang(?:s)?|Wochenende(?:s)?)'),
    hit(m, ctx) {
      const h = yearWordHit(m, ctx);
      const w = m[2]!.toLowerCase();
      const need: Granularity = /^(?:vorwoche|wochenende)/.test(w) ? 'D' : /^(?:vormonat|monats)/.test(w) ? 'M' : 'Y';
      return { ...h, anchor: w.startsWith('folgejahr') ? 'anaphoric' : 'deictic', need };
    },
  },
  {
    id: 'de-ago',
    // KRAUTS annotates "vor drei Jahren" as the duration "drei Jahren"; the duration rule covers it.
    // Only "vor einer Woche"-style single units get a date, since they name a calendar unit.
    re: rx(`(?<=(?:vor|Vor)\\s+)(?:(?:genau|fast|knapp|gut|rund|etwa|über)\\s+)?(einer Woche|einem Monat|einem Jahr|wenigen Tagen|kurzem|Kurzem)`),
    priority: 2,
    hit(m, _ctx) {
      const w = m[1]!.toLowerCase();
      if (/kurzem/.test(w)) return hit('DATE', 'PAST_REF');
      if (/tagen/.test(w)) return null;
      if (/woche/.test(w)) return hit('DURATION', 'P1W');
      if (/monat/.test(w)) return hit('DURATION', 'P1M');
      return hit('DURATION', 'P1Y');
    },
  },
  // --- durations -----------------------------------------------------------------------
  {
    id: 'de-duration',
    re: rx(`(?:${APPROX}\\s+)*(?:(?:die|den|der|des|dem|diese[n]?|jene[n]?|seine[n]?|ihre[n]?|seiner|ihrer)\\s+)?(?:(?:letzten|vergangenen|nächsten|kommenden|ersten|folgenden|ganzen|zurückliegenden|kommende|letzte|vergangene|nächste|ersten|knapp|gut|rund)\\s+)?(${N}|${VAGUE}|halbe[ns]?|eineinhalb|anderthalb)(?:\\s+(?:halbe[ns]?))?\\s+(?:(?:lange[n]?|weitere[n]?|volle[n]?|aufeinanderfolgende[n]?|ganze[n]?|knappe[n]?|gute[n]?)\\s+)?(${UNIT})(?:\\s+und\\s+(${N})\\s+(${UNIT}))?(?:\\s+(lang|zuvor|später|früher|danach|darauf|davor|vorher))?`),
    hit(m, ctx) {
      const word = m[1]!.toLowerCase();
      const vague = new RegExp(`^${VAGUE}$`, 'i').test(word);
      let n = vague ? null : parseNumber(word, 'de');
      if (/^halbe/.test(word)) n = 0.5;
      if (n === null && !vague) return null;
      if (n !== null && /\s+halbe[ns]?\s/i.test(m[0]) && !/^halbe/.test(word)) n = 0.5;
      const unit = unitOf(m[2]!);
      if (unit === 'WE') return n === 1 ? hit('DURATION', 'P1WE') : null;
      if (/^(?:lange|langen)$/.test(word) && unit !== 'Y') return null;
      // "ein Jahr" without anything else is often a point ("in einem Jahr"), keep it as duration like KRAUTS.
      let value = durationValue(n, unit, 'de');
      if (m[3] && m[4] && n !== null) {
        const n2 = parseNumber(m[3], 'de');
        const u2 = unitOf(m[4]);
        if (n2 !== null) value += durationValue(n2, u2, 'de').replace(/^PT?/, '');
      }
      if (/\s(?:Jahrzehnt|Jahrhundert)/i.test(m[0]) && n === null) value = unit === 'DE' ? 'PXDE' : 'PXCE';
      if (unit === 'L') value = n === null ? 'PXL' : `P${n}L`;
      const rel = m[5]?.toLowerCase();
      if (rel && rel !== 'lang' && n !== null && Number.isInteger(n) && !m[3] && (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y')) {
        // "zwei Tage später": in a narrative a date counted from the last mentioned one; KRAUTS (news)
        // annotates these as durations, so with a publication date the duration stands.
        const sign = /zuvor|früher|davor|vorher/.test(rel) ? -1 : 1;
        if (ctx.anchored) return hit('DATE', relByUnit(ctx, unit, sign * n) ?? 'XXXX');
        return { ...hit('DURATION', value), anchor: 'narrative', need: needFor(unit) };
      }
      return hit('DURATION', value);
    },
  },
  {
    id: 'de-duration-compound',
    re: rx(`(?:(?:fast|knapp|über|rund|gut)\\s+)?(\\d+|${N})-?(stündige|tägige|wöchige|monatige|Stunden|Tage|Wochen|Monate|Jahre)[\\p{L}-]*`),
    hit(m) {
      const n = parseNumber(m[1]!, 'de');
      if (n === null) return null;
      const u = m[2]!.toLowerCase();
      const unit: Unit = u.startsWith('stund') ? 'H' : u.startsWith('tag') || u.startsWith('täg') ? 'D' : u.startsWith('woch') || u.startsWith('wöch') ? 'W' : u.startsWith('monat') ? 'M' : 'Y';
      if (/^\d+-(?:Stunden|Tage|Wochen|Monate|Jahre)$/i.test(m[0].replace(/^\D+/, '')) === false && /-/.test(m[0]) === false && !/stündig|tägig|wöchig|monatig/i.test(m[0])) return null;
      return hit('DURATION', durationValue(n, unit, 'de'));
    },
  },
  {
    id: 'de-duration-adverb',
    re: rx('(jahrelange[nmrs]?|jahrelang|monatelange[nmrs]?|monatelang|wochenlange[nmrs]?|wochenlang|tagelange[nmrs]?|tagelang|stundenlange[nmrs]?|stundenlang|jahrzehntelange[nmrs]?|jahrzehntelang|lange Jahre|jahrhundertelang)'),
    hit(m) {
      const w = m[1]!.toLowerCase();
      const v = w.startsWith('jahrzehnt') ? 'PXDE' : w.startsWith('jahrhundert') ? 'PXCE' : w.startsWith('jahr') || w.startsWith('langj') || w === 'lange jahre' ? 'PXY' : w.startsWith('monat') ? 'PXM' : w.startsWith('woche') ? 'PXW' : w.startsWith('tage') ? 'PXD' : 'PTXH';
      return hit('DURATION', v);
    },
  },
  {
    id: 'de-vague-plural',
    re: rx(`(?<=(?:seit|vor|nach|in|Seit|Vor|Nach|In|vielen|langen)\\s+)(?:(den|diesen)\\s+)?(?:(vergangenen|letzten|kommenden|nächsten|folgenden)\\s+)?(Jahren|Monaten|Wochen|Jahrzehnten|Jahrhunderten|Jahrtausenden|Tagen|Stunden)`),
    hit(m, _ctx) {
      const u = unitOf(m[3]!);
      if (m[1] && !m[2]) {
        // "in diesen Tagen" is the present; "in den Tagen" is usually followed by a qualifier.
        if (m[1].toLowerCase() === 'diesen' && u === 'D') return hit('DATE', 'PRESENT_REF');
        return null;
      }
      if (u === 'DE') return hit('DURATION', 'PXDE');
      if (u === 'CE') return hit('DURATION', 'PXCE');
      if (u === 'L') return hit('DURATION', 'PXL');
      return hit('DURATION', durationValue(null, u, 'de'));
    },
  },
  // --- references to past, present and future ----------------------------------------------
  {
    id: 'de-ref',
    re: rx('(jetzt|derzeit|zurzeit|zur Zeit|gegenwärtig|gegenwärtige[nmrs]?|momentan|heutzutage|im Moment|zur Stunde|dieser Tage|Gegenwart|aktuell|damals|damalige[nmrs]?|früher|einst|einstige[nmrs]?|kürzlich|neulich|Vergangenheit|in letzter Zeit|letzter Zeit|vergangener Zeiten|früheren Zeiten|bald|demnächst|Zukunft|in Kürze|in naher Zukunft|später)'),
    hit(m, ctx) {
      const w = m[1]!.toLowerCase();
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
      if (w === 'früher' && /^\s*(?:als|oder|und)\b/i.test(after)) return null;
      if (w === 'später' && !/^\s*(?:einmal|mal)\b/i.test(after)) return null;
      if (w === 'aktuell' && !/^\s*(?:ist|sind|wird|werden|gibt|läuft|laufen|stehen|steht|liegt|liegen)\b/i.test(after)) return null;
      if (/^(?:jetzt|nun|derzeit|zurzeit|zur zeit|gegenwärtig|momentan|heutzutage|im moment|zur stunde|dieser tage|gegenwart|aktuell)/.test(w)) return hit('DATE', 'PRESENT_REF');
      if (/^(?:bald|demnächst|künftig|zukünftig|zukunft|in kürze|in naher zukunft|später)/.test(w)) return hit('DATE', 'FUTURE_REF');
      return hit('DATE', 'PAST_REF');
    },
  },
  {
    id: 'de-this-time',
    re: rx('(?<=(?:zu|in|seit)\\s+)(?:dieser|jener|der damaligen)\\s+Zeit'),
    hit() {
      return hit('DATE', 'PAST_REF');
    },
  },
  {
    id: 'de-ex',
    // "Ex-Minister": the prefix alone is the past reference.
    re: /(?<![\p{L}\p{N}])Ex(?=-\p{L})/gu,
    hit() {
      return hit('DATE', 'PAST_REF');
    },
  },
  {
    id: 'de-ref-article',
    re: rx('(?:die|der|in der|in die)\\s+(Vergangenheit|Zukunft|Gegenwart)'),
    hit(m) {
      const w = m[1]!.toLowerCase();
      const start = /^in\s/i.test(m[0]) ? 3 : 0;
      return hit('DATE', w === 'vergangenheit' ? 'PAST_REF' : w === 'zukunft' ? 'FUTURE_REF' : 'PRESENT_REF', start);
    },
  },
  // --- seasons, holidays ------------------------------------------------------------------
  {
    id: 'de-season',
    re: rx(`(?:(${PHASE})\\s+)?(?:(im|der|den|dem|des|diesem|diesen|dieser|dieses)\\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter)(?![\\p{L}])`),
    hit(m, ctx) {
      const det = (m[2] ?? '').toLowerCase();
      const start = det === 'im' ? m[0].toLowerCase().indexOf('im ') + 3 : 0;
      if (det === 'im' && m[1]) return null;
      if (/^(?:der|den|dem|des)$/.test(det) && !m[1]) return null;
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 6);
      if (/^-/.test(after)) return null;
      // Without a year written, a narrative's season falls in the year of its last mentioned date.
      return { ...hit('DATE', seasonValue(ctx, seasonKey(m[3]!)), start), floating: true };
    },
  },
  {
    id: 'de-holiday',
    re: rx('(Weihnachten|Heiligabend|Heiliger Abend|Silvester|Neujahr|Ostern|Ostersonntag|Ostermontag|Karfreitag|Gründonnerstag|Palmsonntag|Pfingsten|Pfingstsonntag|Pfingstmontag|Christi Himmelfahrt|Maria Himmelfahrt|Fronleichnam|Aschermittwoch|Allerheiligen|Allerseelen|Tag der Deutschen Einheit|Tag der Arbeit|Stephanstag)(?:\\s+(\\d{4}))?'),
    hit(m, ctx) {
      const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      let y: number | null = m[2] ? +m[2] : null;
      if (y === null && ctx.dct) {
        const probe = holidayDate(key, ctx.dct.y)!;
        y = yearFor(ctx, probe.m, probe.d);
      }
      if (y === null) return hit('DATE', 'XXXX-XX-XX');
      const d = holidayDate(key, y)!;
      return hit('DATE', `${pad(y, 4)}-${pad(d.m)}-${pad(d.d)}`);
    },
  },
  // --- recurring times ------------------------------------------------------------------
  {
    id: 'de-set-adverb',
    re: rx('(?:(?:ein|zwei|drei|vier|fünf|\\d+)mal\\s+)?(täglich|tägliche[nmrs]?|wöchentlich|wöchentliche[nmrs]?|monatlich|monatliche[nmrs]?|jährlich|jährliche[nmrs]?|alljährlich|alljährliche[nmrs]?|stündlich|vierteljährlich|halbjährlich|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|werktags|wochentags|nachts)'),
    hit(m) {
      const w = m[1]!.toLowerCase();
      const wd = /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s$/.exec(w);
      if (wd) return hit('SET', `XXXX-WXX-${weekday(wd[1]!)}`);
      if (w === 'nachts') return hit('SET', 'PT1NI');
      const v = w.startsWith('tägl') || w === 'werktags' || w === 'wochentags' ? 'P1D' : w.startsWith('wöch') ? 'P1W' : w.startsWith('monat') ? 'P1M' : w.startsWith('stünd') ? 'PT1H' : w.startsWith('viertel') ? 'P3M' : w.startsWith('halb') ? 'P6M' : 'P1Y';
      return hit('SET', v);
    },
  },
  {
    id: 'de-set-every',
    re: rx(`(?:jede[nmrs]?|alle|pro)\\s+(?:(${N}|paar|zwei)\\s+)?(?:(Jahr(?:e)?|Monat(?:e)?|Woche(?:n)?|Tag(?:e)?|Stunde(?:n)?|Minute(?:n)?|Quartal(?:e)?)|(${WEEKDAY})|(${MONTH})|(Morgen|Abend|Nacht|Frühjahr|Sommer|Herbst|Winter))|Jahr (?:für|um) Jahr|Tag für Tag|Woche für Woche|(?<=\\d\\s*(?:\\p{L}+\\s+)?)(?:im|am|in der)\\s+(Jahr|Tag|Monat|Woche)`),
    hit(m) {
      if (m[3]) return hit('SET', `XXXX-WXX-${weekday(m[3])}`);
      if (m[4]) return hit('SET', `XXXX-${pad(month(m[4]))}`);
      if (m[5]) {
        const w = m[5].toLowerCase();
        if (w in PARTS) return hit('SET', `XXXX-XX-XXT${PARTS[w]}`);
        return hit('SET', `XXXX-${seasonKey(w)}`);
      }
      if (/für|um/i.test(m[0]) && !m[2]) return hit('SET', durationValue(1, unitOf(m[0]), 'de'));
      // Only 'Jahr für Jahr' and the like have neither group, and they returned above.
      const unitRaw = (m[2] ?? m[6])!;
      const n = m[1] ? (m[1].toLowerCase() === 'paar' ? null : parseNumber(m[1], 'de')) : 1;
      return hit('SET', durationValue(n, unitOf(unitRaw), 'de'));
    },
  },
];

function hasSpecificTime(ctx: RuleContext): boolean {
  // "heute um 20 Uhr", "heute Abend": today as a calendar day, not "nowadays".
  const window = ctx.text.slice(ctx.index, ctx.index + 80);
  return /\d{1,2}(?:[.:]\d{2})?\s*Uhr|\bab\s+\d/.test(window);
}
