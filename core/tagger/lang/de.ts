/** German rules: patterns built from the dictionaries in de-words.ts, values from resolve.ts. */
import { durationValue, type Unit } from '../duration';
import { fmtDay, pad, shiftDays } from '../calendar';
import { DECADE_WORD, NUMBER, ORDINAL_WORD, parseDecadeWord, parseNumber, parseOrdinal } from '../numbers';
import { rx, words } from '../pattern';
import { hit, holidayValue, monthOf, needFor, relByUnit, validDay, weekendValue, year2 } from './common';
import {
  ANAPHORIC_ADJ, HOLIDAY, HOLIDAYS, MONTH, MONTH_ABBREVIATIONS, MONTHS, PART_OF_DAY, PARTS_OF_DAY, PHASE, REFERENCE, REFERENCES, REL_ADJ,
  REL_UNIT_ADJ, SEASON, SEASON_BARE, SEASON_PARTS, SEASONS, UNIT, UNITS, WEEKDAY, WEEKDAYS, isAnaphoricAdjective,
  relAdjDirection,
} from './de-words';
import {
  dayMonthValue, monthValue, relCentury, relDay, relDecade, relMonth, relWeek, relYear, seasonValue, weekdayValue,
  type Direction,
} from '../resolve';
import type { Granularity, Rule, RuleContext, RuleHit } from '../types';

const N = NUMBER.de;
const VAGUE = '(?:einige[nmrs]?|mehrere[nmr]?|viele[nmr]?|wenige[nmr]?|ein paar|paar|etliche[nmr]?|zahlreiche[nmr]?|lange|langen)';
const APPROX = '(?:mehr als|weniger als|fast genau|fast|knapp|gut|rund|etwa|mindestens|höchstens|genau|bis zu|ungefähr|circa|ca\\.|annähernd|beinahe|nahezu|runde|ganze[n]?|gute[n]?|all diese|die ganzen|den ganzen)';
/** "dieses Jahres", "des vergangenen Jahres"…: the year a month or a day of it lies in. */
const OF_YEAR = '(?:dieses|des vergangenen|des letzten|vorigen|letzten|vergangenen|des kommenden|des nächsten|nächsten|kommenden|des laufenden|laufenden|des gleichen|desselben|des selben|des folgenden|des darauffolgenden|des vorangegangenen)';

/** Years back (-1), this (0) or ahead (+1) for the words of OF_YEAR, and whether they count from the last mentioned date. */
function ofYear(words: string): { n: -1 | 0 | 1; anaphoric: boolean } {
  return {
    n: /vergangen|letzt|vorig/i.test(words) ? -1 : /kommend|nächst|folgend/i.test(words) ? 1 : 0,
    anaphoric: /selb|gleich|folgend|vorangegangen/i.test(words),
  };
}
function unitOf(raw: string): Unit {
  const s = raw.toLowerCase();
  for (const [k, u] of Object.entries(UNITS).sort(([a], [b]) => b.length - a.length)) if (s.startsWith(k)) return u;
  return 'D';
}
function month(raw: string): number {
  return monthOf(MONTHS, MONTH_ABBREVIATIONS, raw);
}
/** ISO weekday of a name matched by WEEKDAY (built from the table's keys). */
function weekday(raw: string): number {
  return WEEKDAYS[raw.toLowerCase()]!;
}
/** Season code of an inflected season noun ("Herbstes" → FA) or of a part of one ("Spätsommer" → SU). */
function seasonOf(raw: string): 'SP' | 'SU' | 'FA' | 'WI' {
  const s = raw.toLowerCase();
  if (SEASON_PARTS[s]) return SEASON_PARTS[s];
  for (const [k, season] of Object.entries(SEASONS)) if (s.startsWith(k)) return season;
  return 'SU';
}
const isSeason = (raw: string): boolean => new RegExp(`^${SEASON}$`, 'iu').test(raw);

// Numbers that are amounts rather than years: "2000 Menschen", "1500 Euro".
const NOT_YEAR_AFTER = /^\s*(?:%|Prozent|Euro|Dollar|Mark|D-Mark|Schilling|Franken|Lire|Meter|Kilometer|km|Quadratmeter|Hektar|Menschen|Einwohner|Personen|Leute|Mitglieder|Stück|Tonnen|Besucher|Arbeitsplätze|Mitarbeiter|Beschäftigte|Stimmen|Höhenmeter|mal|Soldaten|Kinder|Exemplare|Teilnehmer|Fälle|Tote|Opfer|Stunden|Minuten|Tage|Jahre|Seiten|Punkte)(?![\p{L}])/iu;

const QUANTITY_BEFORE = /(?:rund|etwa|mindestens|über|knapp|fast|circa|ca\.|bis zu|mehr als|weniger als|davon|insgesamt|ungefähr|nur)\s+$/i;
// An article or a preposition before a number and a noun after it make an amount, not a year:
// "unter den 1198 Opfern", "aus 1500 Geschützrohren", "mit 1370 Landungsbooten".
const DETERMINER_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|diese[nmrs]?|seine[nmrs]?|ihre[nmrs]?|aus|mit|unter|gegen|zwischen|ohne|durch|über|um|auf)\s+$/iu;
const NOUN_AFTER = /^\s+\p{Lu}\p{Ll}+/u;

function clock(h: number, min: number): string | null {
  return h <= 24 && min <= 59 ? `T${pad(h)}:${pad(min)}` : null;
}
/** A time without a day ("um 20 Uhr"): the publication day, or the day mentioned before it (see timeOnly). */
function timeToday(ctx: RuleContext, t: string): RuleHit {
  const day = relDay(ctx, 0);
  return { ...hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}${t}`), timeOnly: true };
}

/** Value of "(im) nächsten Jahr", "die folgende Woche", "im selben Sommer" against ctx.dct. */
function relUnitHit(g: Record<string, string | undefined>, m: RegExpExecArray, ctx: RuleContext): RuleHit | null {
  const dir = relAdjDirection(g.adj!);
  const unitRaw = g.unit!;
  let start = 0;
  if (g.det && g.det.toLowerCase() === 'im') start = m[0].toLowerCase().indexOf('im ') + 3;
  if (g.phase && start) return null;
  const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
  if (/^\s*(?:zuvor|davor|danach|später)/i.test(after)) return null;
  const u = unitOf(unitRaw);
  if (u === 'WE') return hit('DATE', weekendValue(ctx, dir === 0 ? 'tense' : dir), start);
  if (isSeason(unitRaw)) return hit('DATE', seasonValue(ctx, seasonOf(unitRaw), dir === 0 ? 'tense' : dir), start);
  if (u === 'DE') return hit('DATE', relDecade(ctx, dir), start);
  return hit('DATE', relByUnit(ctx, u, dir) ?? 'XXXX', start);
}

/** Value of "im Vorjahr", "Folgejahr", "Jahresende" and the like against ctx.dct. */
function yearWordHit(g: Record<string, string | undefined>, ctx: RuleContext): RuleHit {
  const w = g.word!.toLowerCase();
  const start = g.det && g.det.toLowerCase() === 'im' ? 3 : 0;
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
    re: rx(`(?:${WEEKDAY},?\\s+)?(?:(?:der|den|dem)\\s+)?(?<day>\\d{1,2})\\.\\s*(?:(?<month>${MONTH})|(?<monthNumber>\\d{1,2})\\.)(?:\\s*(?<year>\\d{4})|(?<=\\.)(?<yy>\\d{2})(?!\\d))?(?!\\s*Uhr)`),
    priority: 4,
    hit(m, ctx) {
      const g = m.groups!;
      const d = +g.day!;
      const mo = g.month ? month(g.month) : +g.monthNumber!;
      if (!validDay(mo, d)) return null;
      const yy = g.year ?? g.yy;
      if (yy) return hit('DATE', `${pad(year2(ctx, yy), 4)}-${pad(mo)}-${pad(d)}`);
      // "8.3." without a year needs a second dot; a bare "8.3" is a decimal number.
      const yearAfter = /^\s+(?:dieses|des vergangenen|des letzten|des kommenden|des nächsten|vorigen|letzten)\s+Jahres/i.exec(ctx.text.slice(ctx.index + m[0].length));
      if (yearAfter) {
        const y = relYear(ctx, ofYear(yearAfter[0]).n);
        return hit('DATE', `${y}-${pad(mo)}-${pad(d)}`, 0, m[0].length + yearAfter[0].length);
      }
      return { ...hit('DATE', dayMonthValue(ctx, mo, d)), floating: true };
    },
  },
  {
    id: 'de-day-range-start',
    // "vom 5. bis 9. Juni": the first day borrows month and year from the second.
    re: rx(`(?<day>\\d{1,2})\\.(?=\\s*(?:und|bis|oder|-|–|/)\\s*(?:zum\\s+)?\\d{1,2}\\.\\s*(?<month>${MONTH})(?:\\s*(?<year>\\d{4}))?)`),
    priority: 1,
    hit(m, ctx) {
      const g = m.groups!;
      const mo = month(g.month!);
      const d = +g.day!;
      if (!validDay(mo, d)) return null;
      return hit('DATE', g.year ? `${g.year}-${pad(mo)}-${pad(d)}` : dayMonthValue(ctx, mo, d), 0, m[0].length);
    },
  },
  {
    id: 'de-iso-date',
    re: rx('(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})'),
    priority: 5,
    hit(m) {
      const g = m.groups!;
      return validDay(+g.month!, +g.day!) ? hit('DATE', `${g.year}-${g.month}-${g.day}`) : null;
    },
  },
  {
    id: 'de-month',
    // "Juli-Hochwasser" names a flood, not a month.
    re: rx(`(?:(?<phase>${PHASE})\\s+)?(?:(?<det>den|dem|der|im)\\s+)?(?<month>${MONTH})(?![-‐]\\p{L})(?:\\s+(?<year>\\d{4})|\\s+(?<ofYear>${OF_YEAR})\\s+Jahres|\\s+des\\s+Jahres\\s+(?<yearOf>\\d{4}))?`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const mo = month(g.month!);
      // Drop a leading "im" and a bare article before a month without a following year reference.
      let start = 0;
      if (g.det && (g.det.toLowerCase() === 'im' || (!g.ofYear && !g.phase))) {
        if (g.phase) return null;
        start = m[0].indexOf(g.month!);
      }
      const year = g.year ?? g.yearOf;
      if (!g.phase && !g.det && !year && !g.ofYear) {
        // "August" is also a first name: require a preposition before it.
        const before = ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index);
        if (mo === 8 && !/(?:im|seit|bis|ab|vom|zum|Im|Seit|Bis|Ab|im\s+vergangenen|im\s+kommenden|und|oder|Anfang|Ende|Mitte)\s+$/.test(before)) return null;
        // A lower-case abbreviation alone is something else ("Müller jun.").
        if (g.month!.endsWith('.') && /^\p{Ll}/u.test(g.month!)) return null;
      }
      if (year) return hit('DATE', `${year}-${pad(mo)}`, start);
      if (g.ofYear) {
        const { n, anaphoric } = ofYear(g.ofYear);
        return { ...hit('DATE', `${relYear(ctx, n)}-${pad(mo)}`, start), anchor: anaphoric ? 'anaphoric' : 'deictic', need: 'Y' };
      }
      return { ...hit('DATE', monthValue(ctx, mo), start), floating: true };
    },
  },
  {
    id: 'de-day-month-words',
    // "am zwölften Dezember", "den ersten September 1939".
    re: rx(`(?:(?:der|den|dem)\\s+)?(?<day>${ORDINAL_WORD.de})\\s+(?<month>${MONTH})(?:\\s+(?<year>\\d{4}))?`),
    priority: 4,
    hit(m, ctx) {
      const g = m.groups!;
      const d = parseOrdinal(g.day!, 'de');
      const mo = month(g.month!);
      if (!d || !validDay(mo, d)) return null;
      if (g.year) return hit('DATE', `${g.year}-${pad(mo)}-${pad(d)}`);
      return { ...hit('DATE', dayMonthValue(ctx, mo, d)), floating: true };
    },
  },
  {
    id: 'de-bc-year',
    // TIMEX2/HeidelTime write years before Christ as BC plus the year: "44 v. Chr." is BC0044.
    re: rx(`(?:(?:das|dem|des)\\s+)?(?:Jahre?s?\\s+)?(?<year>\\d{1,4})\\s+(?<era>v\\.\\s*Chr\\.?|vor\\s+Christus|v\\.\\s*u\\.\\s*Z\\.?|vor\\s+unserer\\s+Zeitrechnung|n\\.\\s*Chr\\.?|nach\\s+Christus)`),
    priority: 3,
    hit(m) {
      const g = m.groups!;
      const y = +g.year!;
      if (y === 0) return null;
      return hit('DATE', /^(?:v|vor)[\s.]/i.test(g.era!) ? `BC${pad(y, 4)}` : pad(y, 4));
    },
  },
  {
    id: 'de-year',
    re: rx(`(?:(?<pre>${PHASE}|${SEASON}|${words(SEASON_PARTS)})\\s+)?(?:(?:(?:das|dem|des)\\s+)?Jahre?s?\\s+)?(?<![$€]|\\d[.,]|\\d\\s)(?<year>\\d{4}|(?<=Jahre?s?\\s+)\\d{3})(?![.,]\\d)`),
    priority: 1,
    hit(m, ctx) {
      const g = m.groups!;
      const y = +g.year!;
      const explicit = /Jahr/i.test(m[0]);
      if (!explicit && (y < 1000 || y > 2099)) return null;
      if (!explicit && NOT_YEAR_AFTER.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 16))) return null;
      if (!explicit && !g.pre && QUANTITY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.index - 16), ctx.index))) return null;
      if (!explicit && !g.pre && DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index)) &&
        NOUN_AFTER.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 4))) return null;
      // A round number before a noun is an amount ("1500 Grenzschützer"), not a year.
      if (!explicit && !g.pre && y % 100 === 0 && /^\s+\p{Lu}\p{Ll}/u.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 4))) return null;
      const pre = g.pre ?? '';
      if (pre && (isSeason(pre) || SEASON_PARTS[pre.toLowerCase()])) return hit('DATE', `${pad(y, 4)}-${seasonOf(pre)}`);
      return hit('DATE', pad(y, 4));
    },
  },
  {
    id: 'de-season-of-year',
    re: rx(`(?:(?:der|den|dem|im)\\s+)?(?<season>${SEASON})\\s+(?:des\\s+Jahres\\s+(?<year>\\d{4})|(?<ofYear>${OF_YEAR})\\s+Jahres)`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const start = /^im\s/i.test(m[0]) ? 3 : 0;
      if (g.year) return hit('DATE', `${g.year}-${seasonOf(g.season!)}`, start);
      const { n, anaphoric } = ofYear(g.ofYear!);
      return { ...hit('DATE', `${relYear(ctx, n)}-${seasonOf(g.season!)}`, start), anchor: anaphoric ? 'anaphoric' : 'deictic', need: 'Y' };
    },
  },
  {
    id: 'de-numeric-year-range',
    re: rx('(?<year>\\d{4})/\\s*\\d{2}(?!\\d)'),
    hit(m) {
      const y = +m.groups!.year!;
      return y >= 1000 && y <= 2099 ? hit('DATE', m.groups!.year!.slice(0, 3)) : null;
    },
  },
  {
    id: 'de-quarter',
    re: rx(`(?:(?:das|dem|des|im)\\s+)?(?:(?<word>${ORDINAL_WORD.de})|(?<digit>\\d)\\.)\\s+(?<unit>Quartal|Halbjahr|Jahreshälfte)(?:s|es)?(?:\\s+(?<year>\\d{4})|\\s+(?<ofYear>dieses|des vergangenen|des laufenden|vorigen|letzten|des kommenden)\\s+Jahres)?`),
    hit(m, ctx) {
      const g = m.groups!;
      const n = g.word ? parseOrdinal(g.word, 'de') : +g.digit!;
      if (!n) return null;
      const half = !/Quartal/i.test(g.unit!);
      if (half ? n > 2 : n > 4) return null;
      const start = /^im\s/i.test(m[0]) ? 3 : 0;
      let y: string;
      if (g.year) y = g.year;
      else y = relYear(ctx, g.ofYear ? ofYear(g.ofYear).n : 0);
      if (y === 'PRESENT_REF') y = 'XXXX';
      return hit('DATE', `${y}-${half ? 'H' : 'Q'}${n}`, start);
    },
  },
  // --- decades, centuries, millennia ------------------------------------------------------
  {
    id: 'de-decade',
    re: rx(`(?:${PHASE}\\s+)?(?:(?<det>der|den|die|in den)\\s+)?(?:(?:frühen|späten|ausgehenden|beginnenden)\\s+)?(?:(?<word>${DECADE_WORD.de})|(?<yy>\\d{2})er|(?<decade>\\d{3})0er)(?:(?:\\s*-?\\s*|-)?(?<noun>Jahre[n]?|Jahrzehnts?))?`),
    hit(m, ctx) {
      const g = m.groups!;
      let d: string;
      if (g.decade) d = g.decade;
      else {
        const digit = g.word ? parseDecadeWord(g.word, 'de') : +g.yy! / 10;
        if (digit === null || !Number.isInteger(digit)) return null;
        if (!g.noun) return null;
        const century = ctx.dct && ctx.dct.y >= 2000 && digit * 10 <= ctx.dct.y % 100 ? Math.floor(ctx.dct.y / 100) : 19;
        d = `${century}${digit}`;
      }
      const start = g.det && g.det.toLowerCase() === 'in den' ? 3 : 0;
      return hit('DATE', d, start);
    },
  },
  {
    id: 'de-century',
    re: rx(`(?:${PHASE}\\s+)?(?:(?<det>des|dem|das|im)\\s+)?(?:(?<digits>\\d{1,2})\\.|(?<word>${ORDINAL_WORD.de}))\\s+(?<unit>Jahrhundert|Jahrtausend)(?:s|es)?(?:\\s+(?:vor|nach)\\s+(?:Christus|Chr\\.))?`),
    hit(m) {
      const g = m.groups!;
      const n = g.digits ? +g.digits : parseOrdinal(g.word!, 'de');
      if (!n) return null;
      const start = g.det && g.det.toLowerCase() === 'im' ? m[0].indexOf(g.det) + 3 : 0;
      if (/v(?:or|\.)\s*Chr/i.test(m[0])) return hit('DATE', `BC${pad(n - 1, 2)}`, start);
      return hit('DATE', /tausend/i.test(g.unit!) ? String(n - 1) : pad(n - 1, 2), start);
    },
  },
  {
    id: 'de-rel-century',
    re: rx(`(?<det>des|dem|das|im|diesem|dieses|vorigen|letzten|vergangenen|nächsten|kommenden)\\s+(?:(?<adj>vorigen|letzten|vergangenen|nächsten|kommenden|neuen|alten)\\s+)?(?<unit>Jahrhundert|Jahrtausend)(?:s|es)?`),
    hit(m, ctx) {
      const g = m.groups!;
      const ws = `${g.det} ${g.adj ?? ''}`.toLowerCase();
      const n = /vorig|letzt|vergangen|alten/.test(ws) ? -1 : /nächst|kommend|neuen/.test(ws) ? 1 : /dies/.test(ws) ? 0 : null;
      if (n === null) return null;
      if (/tausend/i.test(g.unit!)) return ctx.dct ? hit('DATE', String(Math.floor(ctx.dct.y / 1000) + n)) : null;
      const start = g.det!.toLowerCase() === 'im' ? 3 : 0;
      return hit('DATE', relCentury(ctx, n), start);
    },
  },
  // --- days relative to the publication date -------------------------------------------
  {
    id: 'de-rel-day',
    re: rx(`(?<day>heute|gestern|vorgestern|übermorgen|morgen|Heute|Gestern|Vorgestern|Übermorgen|HEUTE|GESTERN)(?:\\s+(?<part>${PART_OF_DAY})(?![\\p{L}]))?`, false),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const w = g.day!.toLowerCase();
      const before = ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index);
      if (w === 'morgen' && /(?:am|den|jeden|guten|diesen|einen|eines|der|des)\s+$/i.test(before)) return null;
      const n = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }[w]!;
      const day = relDay(ctx, n);
      if (g.part) return hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}T${PARTS_OF_DAY[g.part.toLowerCase()]}`);
      if (w === 'heute' && ctx.dct && ctx.tense() !== 'past' && !hasSpecificTime(ctx)) return hit('DATE', 'PRESENT_REF');
      if (w === 'morgen' && !ctx.dct) return hit('DATE', 'FUTURE_REF');
      return hit('DATE', day);
    },
  },
  {
    id: 'de-heutig',
    re: rx('(?:heutige|gestrige|morgige|diesjährige|vorjährige)[nmrs]?'),
    hit(m, ctx) {
      const w = m[0].toLowerCase();
      if (w.startsWith('heut')) return hit('DATE', 'PRESENT_REF');
      if (w.startsWith('gestr')) return hit('DATE', relDay(ctx, -1));
      if (w.startsWith('morg')) return hit('DATE', relDay(ctx, 1));
      if (w.startsWith('diesj')) return hit('DATE', relYear(ctx, 0));
      return hit('DATE', relYear(ctx, -1));
    },
  },
  {
    id: 'de-weekday',
    re: rx(`(?:(?:(?<det>der|den|dem|am)\\s+)?(?<adj>${REL_ADJ})\\s+)?(?<weekday>${WEEKDAY})(?:(?<glued>${PART_OF_DAY})s?)?(?:\\s+(?<part>${PART_OF_DAY})(?![\\p{L}]))?`),
    priority: 1,
    hit(m, ctx) {
      const g = m.groups!;
      const start = g.det && g.det.toLowerCase() === 'am' ? 3 : 0;
      // "diesen Montag" follows the tense like a bare weekday.
      const dir: Direction = g.adj && !/^diese/i.test(g.adj) ? relAdjDirection(g.adj) || 'tense' : 'tense';
      const day = weekdayValue(ctx, weekday(g.weekday!), dir);
      const part = g.glued ?? g.part;
      if (part) return hit('TIME', `${day}T${PARTS_OF_DAY[part.toLowerCase()] ?? 'MO'}`, start);
      return hit('DATE', day, start);
    },
  },
  {
    id: 'de-clock',
    re: rx(`(?:(?<lead>gegen|bis)\\s+)?(?:(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*Uhr(?:\\s+(?<minAfter>\\d{1,2}))?|(?<rel>halb|Viertel nach|Viertel vor|viertel nach|viertel vor)\\s+(?<base>${N})(?:\\s+Uhr)?|(?<hWord>${N})\\s+Uhr(?:\\s+(?<minWord>${N}))?)`),
    priority: 3,
    hit(m, ctx) {
      const g = m.groups!;
      let h: number | null;
      let min = 0;
      if (g.h) {
        h = +g.h;
        min = g.min ? +g.min : g.minAfter ? +g.minAfter : 0;
      } else if (g.rel) {
        const base = parseNumber(g.base!, 'de');
        if (base === null) return null;
        const k = g.rel.toLowerCase();
        h = k === 'halb' || k === 'viertel vor' ? base - 1 : base;
        min = k === 'halb' ? 30 : k === 'viertel vor' ? 45 : 15;
      } else {
        h = parseNumber(g.hWord!, 'de');
        if (g.minWord) min = parseNumber(g.minWord, 'de') ?? 0;
      }
      if (h === null || !Number.isInteger(h)) return null;
      const t = clock(h, min);
      if (!t) return null;
      return { ...timeToday(ctx, t), start: g.lead ? g.lead.length + 1 : 0 };
    },
  },
  {
    id: 'de-clock-range-start',
    // "von 10 bis 15 Uhr": the first hour takes "Uhr" from the second.
    re: rx(`(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?(?=\\s*(?:bis|-|–|und)\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*Uhr)`),
    priority: 1,
    hit(m, ctx) {
      const t = clock(+m.groups!.h!, m.groups!.min ? +m.groups!.min : 0);
      return t ? timeToday(ctx, t) : null;
    },
  },
  // --- this/last/next + calendar unit -----------------------------------------------------
  {
    id: 'de-rel-unit',
    re: rx(`(?:(?<phase>${PHASE})\\s+)?(?:(?<det>der|die|das|den|dem|des|im)\\s+)?(?<adj>${REL_UNIT_ADJ})\\s+(?<unit>Woche|Wochenende[s]?|Monat[s]?|Jahr(?:es|s)?|Quartal[s]?|Jahrzehnt[s]?|${SEASON})`),
    hit(m, ctx) {
      const g = m.groups!;
      const h = relUnitHit(g, m, ctx);
      if (!h) return h;
      const need = isSeason(g.unit!) ? 'Y' : needFor(unitOf(g.unit!));
      return { ...h, anchor: isAnaphoricAdjective(g.adj!) ? 'anaphoric' : 'deictic', need };
    },
  },
  {
    id: 'de-unit-after',
    // "im Jahr darauf", "in der Woche danach", "im Monat zuvor": relative to the last mentioned date.
    re: rx(`(?:(?<det>im|in der|die|der|das|den|dem)\\s+)?(?<unit>Woche|Monat|Jahr|${SEASON_BARE})\\s+(?<rel>darauf|danach|zuvor|davor)`),
    hit(m, ctx) {
      const g = m.groups!;
      const start = g.det && /^(?:im|in der)$/i.test(g.det) ? g.det.length + 1 : 0;
      const n = /^(?:darauf|danach)$/i.test(g.rel!) ? 1 : -1;
      const season = isSeason(g.unit!);
      const u = unitOf(g.unit!);
      let value: string;
      if (season) {
        const s = seasonOf(g.unit!);
        value = ctx.dct ? `${pad(ctx.dct.y + (s === 'WI' ? 0 : n), 4)}-${s}` : `XXXX-${s}`;
      } else value = relByUnit(ctx, u, n) ?? 'XXXX';
      return { ...hit('DATE', value, start), anchor: 'anaphoric', need: season ? 'Y' : needFor(u) };
    },
  },
  {
    id: 'de-anaphoric-day',
    // "am folgenden Tag", "Tags darauf", "am Vortag", "am nächsten Morgen", "in der Nacht darauf".
    re: rx(`(?:(?<prep>am|an dem|in der|im)\\s+)?(?:(?<adj>folgenden|nächsten|darauffolgenden|selben|gleichen|selbigen)\\s+(?<part>Tag|${PART_OF_DAY})|(?<partBefore>Tag|${PART_OF_DAY})\\s+(?<rel>darauf|danach|zuvor|davor)|(?<word>Vortag|Vorabend|Folgetag|Tags\\s+darauf|Tags\\s+danach|Tags\\s+zuvor|Tags\\s+davor))(?:es|s)?`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const start = g.prep ? g.prep.length + 1 : 0;
      const ws = (g.adj ?? g.rel ?? g.word!).toLowerCase();
      const n = /selb|gleich/.test(ws) ? 0 : /zuvor|davor|vortag|vorabend/.test(ws) ? -1 : 1;
      const partRaw = (g.part ?? g.partBefore ?? (/vorabend/.test(ws) ? 'abend' : 'tag')).toLowerCase();
      const day = ctx.dct ? fmtDay(shiftDays(ctx.dct, n)) : 'XXXX-XX-XX';
      const part = PARTS_OF_DAY[partRaw];
      return { ...hit(part ? 'TIME' : 'DATE', part ? `${day}T${part}` : day, start), anchor: 'anaphoric', need: 'D' };
    },
  },
  {
    id: 'de-phase-of-unit',
    re: rx(`${PHASE}\\s+(?<det>der|des|derselben|desselben)\\s+(?:(?<adj>${ANAPHORIC_ADJ})\\s+)?(?<unit>Woche|Monats|Jahres|Jahrzehnts)`),
    hit(m, ctx) {
      const g = m.groups!;
      const u = unitOf(g.unit!);
      const n = g.adj ? relAdjDirection(g.adj) : 0;
      const anchor = g.adj || isAnaphoricAdjective(g.det!) ? 'anaphoric' : 'deictic';
      if (u === 'DE') return { ...hit('DATE', relDecade(ctx, n)), anchor, need: 'Y' };
      return { ...hit('DATE', relByUnit(ctx, u, n) ?? 'XXXX'), anchor, need: needFor(u) };
    },
  },
  {
    id: 'de-year-words',
    re: rx('(?:(?<det>im|dem|das|des)\\s+)?(?<word>Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche|heuer|laufenden Jahres|dieses Jahres|dieses Jahr|kommenden Jahres|nächsten Jahres|vergangenen Jahres|letzten Jahres|vorigen Jahres|Folgejahr(?:es|s)?|Jahreswechsel(?:s)?|Jahresende(?:s)?|Jahresanfang(?:s)?|Jahresbeginn(?:s)?|Jahresmitte|Monatsende(?:s)?|Monatsanfang(?:s)?|Wochenende(?:s)?)'),
    hit(m, ctx) {
      const g = m.groups!;
      const h = yearWordHit(g, ctx);
      const w = g.word!.toLowerCase();
      const need: Granularity = /^(?:vorwoche|wochenende)/.test(w) ? 'D' : /^(?:vormonat|monats)/.test(w) ? 'M' : 'Y';
      return { ...h, anchor: w.startsWith('folgejahr') ? 'anaphoric' : 'deictic', need };
    },
  },
  {
    id: 'de-ago',
    // KRAUTS annotates "vor drei Jahren" as the duration "drei Jahren"; the duration rule covers it.
    // Only "vor einer Woche"-style single units get a date, since they name a calendar unit.
    re: rx(`(?<=(?:vor|Vor)\\s+)(?:(?:genau|fast|knapp|gut|rund|etwa|über)\\s+)?(?<what>einer Woche|einem Monat|einem Jahr|wenigen Tagen|kurzem|Kurzem)`),
    priority: 2,
    hit(m) {
      const w = m.groups!.what!.toLowerCase();
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
    re: rx(`(?:${APPROX}\\s+)*(?:(?:die|den|der|des|dem|diese[n]?|jene[n]?|seine[n]?|ihre[n]?|seiner|ihrer)\\s+)?(?:(?:letzten|vergangenen|nächsten|kommenden|ersten|folgenden|ganzen|zurückliegenden|kommende|letzte|vergangene|nächste|knapp|gut|rund)\\s+)?(?<n>${N}|${VAGUE}|halbe[ns]?|eineinhalb|anderthalb)(?:\\s+(?:halbe[ns]?))?\\s+(?:(?:lange[n]?|weitere[n]?|volle[n]?|aufeinanderfolgende[n]?|ganze[n]?|knappe[n]?|gute[n]?)\\s+)?(?<unit>${UNIT})(?:\\s+und\\s+(?<n2>${N})\\s+(?<unit2>${UNIT}))?(?:\\s+(?<rel>lang|zuvor|später|früher|danach|darauf|davor|vorher))?`),
    hit(m, ctx) {
      const g = m.groups!;
      const word = g.n!.toLowerCase();
      const vague = new RegExp(`^${VAGUE}$`, 'i').test(word);
      let n = vague ? null : parseNumber(word, 'de');
      if (/^halbe/.test(word)) n = 0.5;
      if (n === null && !vague) return null;
      if (n !== null && /\s+halbe[ns]?\s/i.test(m[0]) && !/^halbe/.test(word)) n = 0.5;
      const unit = unitOf(g.unit!);
      if (unit === 'WE') return n === 1 ? hit('DURATION', 'P1WE') : null;
      if (/^(?:lange|langen)$/.test(word) && unit !== 'Y') return null;
      let value = durationValue(n, unit, 'de');
      if (g.n2 && g.unit2 && n !== null) {
        const n2 = parseNumber(g.n2, 'de');
        if (n2 !== null) value += durationValue(n2, unitOf(g.unit2), 'de').replace(/^PT?/, '');
      }
      if (/\s(?:Jahrzehnt|Jahrhundert)/i.test(m[0]) && n === null) value = unit === 'DE' ? 'PXDE' : 'PXCE';
      if (unit === 'L') value = n === null ? 'PXL' : `P${n}L`;
      const rel = g.rel?.toLowerCase();
      if (rel && rel !== 'lang' && n !== null && Number.isInteger(n) && !g.n2 && (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y')) {
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
    // "dreitägige", "5-Jahres-Plan": a number glued to a unit; words need the adjective ending, digits the hyphen.
    re: rx(`(?:(?:fast|knapp|über|rund|gut)\\s+)?(?<n>\\d+|${N})-?(?<unit>stündige|tägige|wöchige|monatige|Stunden|Tage|Wochen|Monate|Jahre)[\\p{L}-]*`),
    hit(m) {
      const g = m.groups!;
      const n = parseNumber(g.n!, 'de');
      if (n === null) return null;
      const u = g.unit!.toLowerCase();
      const unit: Unit = u.startsWith('stund') || u.startsWith('stünd') ? 'H' : u.startsWith('tag') || u.startsWith('täg') ? 'D' : u.startsWith('woch') || u.startsWith('wöch') ? 'W' : u.startsWith('monat') ? 'M' : 'Y';
      if (!/stündig|tägig|wöchig|monatig/i.test(m[0]) && !/-/.test(m[0])) return null;
      return hit('DURATION', durationValue(n, unit, 'de'));
    },
  },
  {
    id: 'de-duration-adverb',
    re: rx('(?<word>jahrelange[nmrs]?|jahrelang|monatelange[nmrs]?|monatelang|wochenlange[nmrs]?|wochenlang|tagelange[nmrs]?|tagelang|stundenlange[nmrs]?|stundenlang|jahrzehntelange[nmrs]?|jahrzehntelang|lange Jahre|jahrhundertelang)'),
    hit(m) {
      const w = m.groups!.word!.toLowerCase();
      const v = w.startsWith('jahrzehnt') ? 'PXDE' : w.startsWith('jahrhundert') ? 'PXCE' : w.startsWith('jahr') || w === 'lange jahre' ? 'PXY' : w.startsWith('monat') ? 'PXM' : w.startsWith('woche') ? 'PXW' : w.startsWith('tage') ? 'PXD' : 'PTXH';
      return hit('DURATION', v);
    },
  },
  {
    id: 'de-vague-plural',
    re: rx(`(?<=(?:seit|vor|nach|in|Seit|Vor|Nach|In|vielen|langen)\\s+)(?:(?<det>den|diesen)\\s+)?(?:(?<adj>vergangenen|letzten|kommenden|nächsten|folgenden)\\s+)?(?<unit>Jahren|Monaten|Wochen|Jahrzehnten|Jahrhunderten|Jahrtausenden|Tagen|Stunden)`),
    hit(m) {
      const g = m.groups!;
      const u = unitOf(g.unit!);
      if (g.det && !g.adj) {
        // "in diesen Tagen" is the present; "in den Tagen" is usually followed by a qualifier.
        if (g.det.toLowerCase() === 'diesen' && u === 'D') return hit('DATE', 'PRESENT_REF');
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
    re: rx(REFERENCE),
    hit(m, ctx) {
      const w = m[0].toLowerCase().replace(/\s+/g, ' ');
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
      if (w === 'früher' && /^\s*(?:als|oder|und)\b/i.test(after)) return null;
      if (w === 'später' && !/^\s*(?:einmal|mal)\b/i.test(after)) return null;
      if (w === 'aktuell' && !/^\s*(?:ist|sind|wird|werden|gibt|läuft|laufen|stehen|steht|liegt|liegen)\b/i.test(after)) return null;
      return hit('DATE', (REFERENCES[w] ?? REFERENCES[w.replace(/[nmrs]$/, '')])!);
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
    re: rx('(?:die|der|in der|in die)\\s+(?<word>Vergangenheit|Zukunft|Gegenwart)'),
    hit(m) {
      const w = m.groups!.word!.toLowerCase();
      const start = /^in\s/i.test(m[0]) ? 3 : 0;
      return hit('DATE', w === 'vergangenheit' ? 'PAST_REF' : w === 'zukunft' ? 'FUTURE_REF' : 'PRESENT_REF', start);
    },
  },
  // --- seasons, holidays ------------------------------------------------------------------
  {
    id: 'de-season',
    re: rx(`(?:(?<phase>${PHASE})\\s+)?(?:(?<det>im|der|den|dem|des|diesem|diesen|dieser|dieses)\\s+)?(?<season>${SEASON_BARE})(?![\\p{L}])`),
    hit(m, ctx) {
      const g = m.groups!;
      const det = (g.det ?? '').toLowerCase();
      const start = det === 'im' ? m[0].toLowerCase().indexOf('im ') + 3 : 0;
      if (det === 'im' && g.phase) return null;
      if (/^(?:der|den|dem|des)$/.test(det) && !g.phase) return null;
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 6);
      if (/^-/.test(after)) return null;
      // Without a year written, a narrative's season falls in the year of its last mentioned date.
      return { ...hit('DATE', seasonValue(ctx, seasonOf(g.season!)), start), floating: true };
    },
  },
  {
    id: 'de-holiday',
    re: rx(`(?<name>${HOLIDAY})(?:\\s+(?<year>\\d{4}))?`),
    hit(m, ctx) {
      return hit('DATE', holidayValue(HOLIDAYS, m.groups!.name!, m.groups!.year, ctx));
    },
  },
  // --- recurring times ------------------------------------------------------------------
  {
    id: 'de-set-adverb',
    re: rx(`(?:(?:ein|zwei|drei|vier|fünf|\\d+)mal\\s+)?(?<word>(?:täglich|wöchentlich|monatlich|jährlich|alljährlich)(?:e[nmrs]?)?|stündlich|vierteljährlich|halbjährlich|(?<weekday>${WEEKDAY})s|werktags|wochentags|nachts)`),
    hit(m) {
      const g = m.groups!;
      const w = g.word!.toLowerCase();
      if (g.weekday) return hit('SET', `XXXX-WXX-${weekday(g.weekday)}`);
      if (w === 'nachts') return hit('SET', 'PT1NI');
      const v = w.startsWith('tägl') || w === 'werktags' || w === 'wochentags' ? 'P1D' : w.startsWith('wöch') ? 'P1W' : w.startsWith('monat') ? 'P1M' : w.startsWith('stünd') ? 'PT1H' : w.startsWith('viertel') ? 'P3M' : w.startsWith('halb') ? 'P6M' : 'P1Y';
      return hit('SET', v);
    },
  },
  {
    id: 'de-set-every',
    re: rx(`(?:jede[nmrs]?|alle|pro)\\s+(?:(?<n>${N}|paar|zwei)\\s+)?(?:(?<unit>Jahr(?:e)?|Monat(?:e)?|Woche(?:n)?|Tag(?:e)?|Stunde(?:n)?|Minute(?:n)?|Quartal(?:e)?)|(?<weekday>${WEEKDAY})|(?<month>${MONTH})|(?<other>Morgen|Abend|Nacht|${SEASON_BARE}))|(?<repeat>Jahr (?:für|um) Jahr|Tag für Tag|Woche für Woche)|(?<=\\d\\s*(?:\\p{L}+\\s+)?)(?:im|am|in der)\\s+(?<per>Jahr|Tag|Monat|Woche)`),
    hit(m) {
      const g = m.groups!;
      if (g.weekday) return hit('SET', `XXXX-WXX-${weekday(g.weekday)}`);
      if (g.month) return hit('SET', `XXXX-${pad(month(g.month))}`);
      if (g.other) {
        const w = g.other.toLowerCase();
        if (w in PARTS_OF_DAY) return hit('SET', `XXXX-XX-XXT${PARTS_OF_DAY[w]}`);
        return hit('SET', `XXXX-${seasonOf(w)}`);
      }
      if (g.repeat) return hit('SET', durationValue(1, unitOf(g.repeat), 'de'));
      const n = g.n ? (g.n.toLowerCase() === 'paar' ? null : parseNumber(g.n, 'de')) : 1;
      return hit('SET', durationValue(n, unitOf((g.unit ?? g.per)!), 'de'));
    },
  },
];

function hasSpecificTime(ctx: RuleContext): boolean {
  // "heute um 20 Uhr", "heute Abend": today as a calendar day, not "nowadays".
  const window = ctx.text.slice(ctx.index, ctx.index + 80);
  return /\d{1,2}(?:[.:]\d{2})?\s*Uhr|\bab\s+\d/.test(window);
}
