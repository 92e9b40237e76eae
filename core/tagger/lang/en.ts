/** English rules: patterns built from the dictionaries in en-words.ts, values from resolve.ts. */
import { durationValue, type Unit } from '../duration';
import { fmtDay, pad, shiftDays } from '../calendar';
import { DECADE_WORD, NUMBER, ORDINAL_WORD, parseDecadeWord, parseNumber, parseOrdinal } from '../numbers';
import { rx, words } from '../pattern';
import { hit, holidayValue, monthOf, needFor, relByUnit, validDay, weekendValue, year2 } from './common';
import {
  HOLIDAY, HOLIDAYS, LAST_NEXT, MONTH, MONTH_ABBREVIATIONS, MONTHS, PART_OF_DAY, PARTS_OF_DAY, REFERENCES, SEASON, SEASONS,
  UNIT, UNITS, WEEKDAY, WEEKDAYS,
} from './en-words';
import {
  dayMonthValue, monthValue, relCentury, relDay, relMonth, relQuarter, relWeek, relYear, seasonValue, weekdayValue,
  type Direction,
} from '../resolve';
import type { AnchorKind, Granularity, Rule, RuleContext, RuleHit } from '../types';

const N = NUMBER.en;
const VAGUE = '(?:several|a few|few|many|some|a couple of|couple of|a number of|numerous|the next few|the past few|the last few)';
const APPROX = '(?:about|nearly|almost|more than|less than|fewer than|at least|at most|up to|roughly|some|only|just|within|around|approximately|under|no more than|another|an additional|the first|the final|the last|the past|the next|the previous|the following|the coming|the latest|the)';
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';

function unitOf(raw: string): Unit {
  const w = raw.toLowerCase();
  return UNITS[w] ?? UNITS[w.replace(/s$/, '')] ?? 'D';
}
function month(raw: string): number {
  return monthOf(MONTHS, MONTH_ABBREVIATIONS, raw);
}
/** ISO weekday of a name matched by WEEKDAY (built from the table's keys). */
function weekday(raw: string): number {
  return WEEKDAYS[raw.toLowerCase()]!;
}
function timeOfDay(h: number, min: number, ampm: string | undefined): string | null {
  let hh = h;
  const ap = (ampm ?? '').toLowerCase().replace(/\W/g, '');
  if (ap === 'pm' && hh < 12) hh += 12;
  if (ap === 'am' && hh === 12) hh = 0;
  if (hh > 24 || min > 59) return null;
  return `T${pad(hh)}:${pad(min)}`;
}
// A quantifier before a number and a noun after it make an amount: "some 1500 troops", "nearly 2000
// workers" ("the 1998 bombing" is a year).
const QUANTITY_BEFORE = /\b(?:some|nearly|almost|roughly|approximately|more than|fewer than|less than|at least|up to)\s+$/iu;
const NOUN_AFTER = /^\s+\p{Ll}{2,}/u;
function yearOk(y: number): boolean {
  return y >= 1000 && y <= 2099;
}
// Years are left alone when they are amounts: "$1990", "1990 people".
const NOT_YEAR_AFTER = /^\s*(?:%|percent|per cent|people|persons|men|women|troops|soldiers|points|shares|dollars|feet|meters|metres|miles|kilometers|tons|tonnes|barrels|members|employees|workers|jobs|cars|units|acres|pounds|euros|yen|marks|francs|votes|seats|hours|minutes|years)\b/i;

/** Value of "next week", "the following month", "later that year" against ctx.dct. */
function relUnitHit(g: Record<string, string | undefined>, m: RegExpExecArray, ctx: RuleContext): RuleHit | null {
  const det = g.det!.toLowerCase().replace(/\s+/g, ' ');
  const unit = g.unit!.toLowerCase();
  const season = SEASONS[unit];
  const pre = (g.phase ?? '').toLowerCase();
  const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
  if (/^\s*(?:-?old|ago|earlier|before|later)\b/i.test(after)) return null;
  if (det === 'the') {
    // Bare "the week/month/year" is rarely a date; seasons and "the weekend" are.
    if (unit === 'weekend') return hit('DATE', weekendValue(ctx, 'tense'));
    if (season) return hit('DATE', seasonValue(ctx, season));
    if (pre && unit === 'year') return hit('DATE', relYear(ctx, 0));
    if (pre && unit === 'month') return hit('DATE', relMonth(ctx, 0));
    if (pre && unit === 'week') return hit('DATE', relWeek(ctx, 0));
    return null;
  }
  const dir = LAST_NEXT[det.replace(/^the /, '')] ?? 0;
  if (unit === 'weekend') return hit('DATE', weekendValue(ctx, dir === 0 ? 'tense' : dir));
  if (season) return hit('DATE', dir === 0 ? (ctx.dct ? `${pad(ctx.dct.y, 4)}-${season}` : `XXXX-${season}`) : seasonValue(ctx, season, dir));
  const u = ({ week: 'W', month: 'M', year: 'Y', decade: 'DE' } as Record<string, Unit>)[unit]!;
  if (u === 'DE' && dir === -1 && /past|last/.test(det)) return hit('DURATION', 'P10Y');
  return hit('DATE', relByUnit(ctx, u, dir) ?? 'XXXX');
}

/** "March 3" / "3 March" without a year: the year comes from the publication date and tense. */
function dayMonthHit(ctx: RuleContext, mo: number, d: number): RuleHit | null {
  return validDay(mo, d) ? { ...hit('DATE', dayMonthValue(ctx, mo, d)), floating: true } : null;
}

/** English rules; see the tests for the behaviour each family covers. */
export const EN_RULES: Rule[] = [
  // --- explicit calendar dates -------------------------------------------------------------
  {
    id: 'en-month-day-year',
    re: rx(`(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<month>${MONTH})\\s*(?<day>\\d{1,2})${ORDINAL_SUFFIX},?\\s+(?<year>\\d{4})`, false),
    priority: 5,
    hit(m) {
      const g = m.groups!;
      const mo = month(g.month!);
      return validDay(mo, +g.day!) ? hit('DATE', `${g.year}-${pad(mo)}-${pad(+g.day!)}`) : null;
    },
  },
  {
    id: 'en-day-month-year',
    re: rx(`(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})${ORDINAL_SUFFIX}\\s+(?:of\\s+)?(?<month>${MONTH}),?\\s+(?<year>\\d{4})`, false),
    priority: 5,
    hit(m) {
      const g = m.groups!;
      const mo = month(g.month!);
      return validDay(mo, +g.day!) ? hit('DATE', `${g.year}-${pad(mo)}-${pad(+g.day!)}`) : null;
    },
  },
  {
    id: 'en-month-day',
    re: rx(`(?:${WEEKDAY},?\\s+)?(?<month>${MONTH})\\s*(?<day>\\d{1,2})${ORDINAL_SUFFIX}(?!\\d|\\s*,?\\s*\\d{4})`, false),
    priority: 4,
    hit(m, ctx) {
      return dayMonthHit(ctx, month(m.groups!.month!), +m.groups!.day!);
    },
  },
  {
    id: 'en-day-month',
    re: rx(`(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})${ORDINAL_SUFFIX}\\s+(?:of\\s+)?(?<month>${MONTH})(?!\\s*,?\\s*\\d{4})`, false),
    priority: 4,
    hit(m, ctx) {
      return dayMonthHit(ctx, month(m.groups!.month!), +m.groups!.day!);
    },
  },
  {
    id: 'en-month-year',
    re: rx(`(?:(?:early|late|mid|mid-|the end of|the beginning of|the middle of|the start of)\\s*)?(?<month>${MONTH})(?:\\s+of)?,?\\s+(?<year>\\d{4})`, false),
    priority: 3,
    hit(m) {
      return hit('DATE', `${m.groups!.year}-${pad(month(m.groups!.month!))}`);
    },
  },
  {
    id: 'en-month',
    re: rx(`(?:(?<phase>early|late|mid|mid-|the end of|the beginning of|the middle of|the start of|Early|Late|Mid-)\\s*)?(?:(?<det>last|this|next|Last|This|Next)\\s+)?(?<month>${MONTH})(?:\\s+(?<yearRel>last|this|next) year)?`, false),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const mo = month(g.month!);
      if (mo === 5 && !g.phase && !g.det && !g.yearRel) {
        // "May" alone is usually the modal verb; accept it only after a temporal preposition.
        const before = ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index);
        if (!/\b(?:in|since|until|till|by|of|during|from|through|to|before|after|and|or|early|late|mid)\s+$/i.test(before)) return null;
      }
      if (g.yearRel) {
        const y = ctx.dct ? ctx.dct.y + LAST_NEXT[g.yearRel.toLowerCase()]! : null;
        return hit('DATE', y === null ? `XXXX-${pad(mo)}` : `${pad(y, 4)}-${pad(mo)}`);
      }
      const det = g.det?.toLowerCase();
      if (det === 'this') return hit('DATE', ctx.dct ? `${pad(ctx.dct.y, 4)}-${pad(mo)}` : `XXXX-${pad(mo)}`);
      // "last April" in an October article is this year's April, in a February article last year's.
      if (det === 'last') return hit('DATE', monthValue(ctx, mo, -1));
      if (det === 'next') return hit('DATE', monthValue(ctx, mo, 1));
      return { ...hit('DATE', monthValue(ctx, mo, prepositionDirection(ctx))), floating: true };
    },
  },
  {
    id: 'en-us-date',
    re: rx('(?<month>\\d{1,2})/(?<day>\\d{1,2})/(?<year>\\d{4}|\\d{2})'),
    priority: 5,
    hit(m, ctx) {
      const g = m.groups!;
      return validDay(+g.month!, +g.day!) ? hit('DATE', `${pad(year2(ctx, g.year!), 4)}-${pad(+g.month!)}-${pad(+g.day!)}`) : null;
    },
  },
  {
    id: 'en-iso-date',
    re: rx('(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})'),
    priority: 5,
    hit(m) {
      const g = m.groups!;
      return validDay(+g.month!, +g.day!) ? hit('DATE', `${g.year}-${g.month}-${g.day}`) : null;
    },
  },
  {
    id: 'en-year',
    re: rx(`(?:(?<pre>fiscal|calendar|early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the year|the first half of|the second half of|the spring of|the summer of|the fall of|the autumn of|the winter of|${SEASON})\\s*)?(?<!\\$|\\d[.,])(?<year>\\d{4})(?![.,]\\d)`),
    priority: 1,
    hit(m, ctx) {
      const g = m.groups!;
      const y = +g.year!;
      if (!yearOk(y) || NOT_YEAR_AFTER.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 14))) return null;
      if (!g.pre && QUANTITY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.index - 14), ctx.index)) &&
        NOUN_AFTER.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 4))) return null;
      const pre = (g.pre ?? '').toLowerCase();
      const season = new RegExp(`${SEASON}`).exec(pre);
      if (season) return hit('DATE', `${g.year}-${SEASONS[season[0]]}`);
      if (pre.includes('first half')) return hit('DATE', `${g.year}-H1`);
      if (pre.includes('second half')) return hit('DATE', `${g.year}-H2`);
      return hit('DATE', g.year!);
    },
  },
  {
    id: 'en-spelled-year',
    // Spoken years in transcripts: "nineteen ninety-four", "the winter of nineteen ninety-four", "January two thousand".
    re: rx(`(?:the year\\s+|(?:the\\s+)?(?<season>${SEASON})\\s+of\\s+|(?<month>${MONTH})\\s+)?(?:nineteen\\s+(?<nineteen>${N})|two thousand(?:\\s+(?:and\\s+)?(?<units>one|two|three|four|five|six|seven|eight|nine|ten))?)`),
    hit(m) {
      const g = m.groups!;
      let y: number;
      if (g.nineteen) {
        const n = parseNumber(g.nineteen, 'en');
        if (n === null || n < 10 || n >= 100) return null;
        y = 1900 + n;
      } else {
        if (!/^the year/i.test(m[0]) && !g.units && !g.season && !g.month) return null;
        y = 2000 + (g.units ? parseNumber(g.units, 'en') ?? 0 : 0);
      }
      if (g.season) return hit('DATE', `${y}-${SEASONS[g.season.toLowerCase()]}`);
      if (g.month) return hit('DATE', `${y}-${pad(month(g.month))}`);
      return hit('DATE', String(y));
    },
  },
  {
    id: 'en-quarter',
    re: rx(`(?:(?<det>the|this|last|next|that|the latest|the previous|the same|the current|the fiscal|the first|the second|the third|the fourth)\\s+)?(?:(?<yearBefore>\\d{4})\\s+(?=first|second|third|fourth|1st|2nd|3rd|4th))?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]|(?<mod>latest|previous|current|last|next|past|preceding|same|fiscal)\\s+)?quarter(?:(?:\\s+of)?\\s+(?:fiscal\\s+)?(?<year>\\d{4}))?`),
    priority: 1,
    hit(m, ctx) {
      const g = m.groups!;
      const det = (g.det ?? '').toLowerCase();
      const ord = g.ord ?? (/first|second|third|fourth/.test(det) ? det.replace('the ', '') : undefined);
      if (ord) return hit('DATE', ordinalQuarter(ctx, parseOrdinal(ord, 'en')!, g.year ?? g.yearBefore, det));
      const mod = `${det} ${(g.mod ?? '').toLowerCase()}`;
      if (!g.det && !g.mod) return null;
      if (/this|current/.test(mod)) return hit('DATE', relQuarter(ctx, 0));
      if (/next/.test(mod)) return hit('DATE', relQuarter(ctx, 1));
      if (/the same/.test(mod)) return null;
      // Quarterly results are reported after the quarter ends: "the quarter" is the last completed
      // one, or the quarter the report spoke of last ("the latest quarter", "that quarter").
      return { ...hit('DATE', relQuarter(ctx, ctx.tense() === 'future' ? 0 : -1)), quarterOffset: 0 };
    },
  },
  {
    id: 'en-year-ago-quarter',
    // "the year-ago quarter", "the year-earlier period", "year-earlier profit", "the latest period".
    re: rx(`(?:(?<det>the|a)\\s+)?(?:(?:comparable|corresponding)\\s+)?(?:(?<ago>year-ago|year-earlier)(?:\\s+(?:(?<ord>first|second|third|fourth)\\s+)?(?<noun>quarter|period))?|latest\\s+(?<latest>period))`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      if (g.latest) return g.det ? { ...hit('DATE', relQuarter(ctx, -1)), quarterOffset: 0 } : null;
      if (g.ord) {
        const [y, q] = ordinalQuarter(ctx, parseOrdinal(g.ord, 'en')!, undefined, '').split('-Q');
        return hit('DATE', /^\d+$/.test(y!) ? `${pad(+y! - 1, 4)}-Q${q}` : `XXXX-Q${q}`);
      }
      // Without a noun only the adjective is the expression ("compared with [year-earlier] profit").
      const start = g.noun ? 0 : m[0].length - g.ago!.length;
      return { ...hit('DATE', g.noun === 'quarter' ? relQuarter(ctx, -5) : relYear(ctx, -1), start), quarterOffset: -4 };
    },
  },
  {
    id: 'en-fiscal-year',
    // Annual reports: "the year ended March 31" is a year-long period, "the full year" this year.
    re: rx('the\\s+(?:(?<fiscal>fiscal)\\s+)?year(?=\\s+end(?:ed|ing)\\b)|the\\s+full\\s+year'),
    priority: 1,
    hit(m, ctx) {
      return /full/i.test(m[0]) ? hit('DATE', relYear(ctx, 0)) : hit('DURATION', 'P1Y');
    },
  },
  {
    id: 'en-half-year',
    re: rx(`(?:the\\s+)?(?<half>first|second|last)\\s+half(?:\\s+of\\s+(?:(?:the|this|last|next)\\s+year|(?<year>\\d{4})))?`),
    hit(m, ctx) {
      const g = m.groups!;
      const h = g.half!.toLowerCase() === 'first' ? 1 : 2;
      if (!g.year && !/year/i.test(m[0])) return null;
      const y = g.year ?? (/last year/i.test(m[0]) ? relYear(ctx, -1) : /next year/i.test(m[0]) ? relYear(ctx, 1) : relYear(ctx, 0));
      return hit('DATE', `${y}-H${h}`);
    },
  },
  // --- decades and centuries ------------------------------------------------------------
  {
    id: 'en-decade',
    re: rx(`(?:the\\s+)?(?:(?:early|late|mid|mid-)\\s*)?(?:(?<decade>\\d{3})0'?s|'(?<digit>\\d)0'?s|(?<word>${DECADE_WORD.en}))`),
    hit(m, ctx) {
      const g = m.groups!;
      if (g.decade) return hit('DATE', g.decade);
      const d = g.digit !== undefined ? +g.digit : parseDecadeWord(g.word!, 'en');
      if (d === null) return null;
      const century = ctx.dct && d * 10 <= ctx.dct.y % 100 && ctx.dct.y >= 2000 ? Math.floor(ctx.dct.y / 100) : 19;
      if (g.word && !/^the\s/i.test(m[0])) return null;
      return hit('DATE', `${century}${d}`);
    },
  },
  {
    id: 'en-century',
    re: rx(`(?:the\\s+)?(?:(?:early|late|mid|mid-|turn of the)\\s*)?(?<ord>${ORDINAL_WORD.en}|\\d{1,2}(?:st|nd|rd|th))[- ]century|(?<rel>this|last|next|the past|the last|the previous|the next)\\s+century`),
    hit(m, ctx) {
      const g = m.groups!;
      if (g.rel) {
        const s = g.rel.toLowerCase();
        return hit('DATE', relCentury(ctx, s === 'this' ? 0 : /next/.test(s) ? 1 : -1));
      }
      const n = parseOrdinal(g.ord!, 'en');
      return n ? hit('DATE', pad(n - 1, 2)) : null;
    },
  },
  // --- days relative to the publication date ---------------------------------------------
  {
    id: 'en-rel-day',
    re: rx(`(?:(?:early|late|earlier|later)\\s+)?(?<day>today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:'s)?(?:\\s+(?<part>${PART_OF_DAY}))?`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const w = g.day!.toLowerCase();
      const n = w === 'today' ? 0 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : 2;
      const day = relDay(ctx, n);
      if (g.part) return hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}T${PARTS_OF_DAY[g.part.toLowerCase()]}`);
      return hit('DATE', day);
    },
  },
  {
    id: 'en-tonight',
    re: rx(`tonight|(?<which>this|last|yesterday|tomorrow)\\s+(?<part>${PART_OF_DAY})|(?:(?:early|late|mid|mid-|later|earlier)\\s*)?this\\s+(?<thisPart>${PART_OF_DAY})`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      if (/^tonight$/i.test(m[0])) return hit('TIME', `${relDay(ctx, 0).replace('PRESENT_REF', 'XXXX-XX-XX')}TNI`);
      const which = (g.which ?? 'this').toLowerCase();
      const part = (g.part ?? g.thisPart)!.toLowerCase();
      const n = which === 'last' || which === 'yesterday' ? -1 : which === 'tomorrow' ? 1 : 0;
      return hit('TIME', `${relDay(ctx, n).replace('PRESENT_REF', 'XXXX-XX-XX')}T${PARTS_OF_DAY[part]}`);
    },
  },
  {
    id: 'en-weekday',
    re: rx(`(?:(?<mod>last|this|next|this coming|this past|coming|past|early|late|earlier|later|Last|This|Next|Early|Late|Earlier|Later)\\s+)?(?<weekday>${WEEKDAY})(?:'s)?(?:\\s+(?<part>${PART_OF_DAY}))?`, false),
    priority: 1,
    hit(m, ctx) {
      const g = m.groups!;
      const mod = (g.mod ?? '').toLowerCase();
      const dir: Direction = (mod !== 'this' ? LAST_NEXT[mod] : undefined) ?? deadlineDirection(ctx);
      const day = weekdayValue(ctx, weekday(g.weekday!), dir);
      if (g.part) return hit('TIME', `${day}T${PARTS_OF_DAY[g.part.toLowerCase()]}`);
      return hit('DATE', day);
    },
  },
  {
    id: 'en-clock',
    re: rx(`(?:(?:at|around|about|by|until|before|after)\\s+)?(?:(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<h24>\\d{1,2}):(?<min24>\\d{2})|(?<noon>noon|midday|midnight))(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|ET|local time))?(?:\\s*\\(\\d{3,4}\\s+(?:GMT|UTC)\\))?(?:,?\\s+(?:on\\s+)?(?:(?<rel>today|yesterday|tomorrow|tonight)|(?<weekday>${WEEKDAY})(?:,?\\s+(?<month>${MONTH})\\s+(?<day>\\d{1,2})(?!\\d))?|(?<monthOnly>${MONTH})\\s+(?<dayOnly>\\d{1,2})(?!\\d)))?`),
    priority: 3,
    hit(m, ctx) {
      const g = m.groups!;
      let t: string | null;
      if (g.noon) t = g.noon.toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
      else if (g.h24) t = +g.h24 <= 23 ? timeOfDay(+g.h24, +g.min24!, undefined) : null;
      else t = timeOfDay(+g.h!, g.min ? +g.min : 0, g.ampm);
      if (!t) return null;
      let day: string;
      if (g.rel) day = relDay(ctx, { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[g.rel.toLowerCase() as 'today']);
      else if (g.month ?? g.monthOnly) day = dayMonthValue(ctx, month((g.month ?? g.monthOnly)!), +(g.day ?? g.dayOnly)!);
      else if (g.weekday) day = weekdayValue(ctx, weekday(g.weekday), deadlineDirection(ctx));
      else day = relDay(ctx, 0);
      const lead = /^(?:at|around|about|by|until|before|after)\s+/i.exec(m[0]);
      const timeOnly = !g.rel && !g.weekday && !g.monthOnly;
      return { ...hit('TIME', `${day.replace('PRESENT_REF', 'XXXX-XX-XX')}${t}`, lead && !/^around/i.test(lead[0]) ? lead[0].length : 0), timeOnly };
    },
  },
  // --- this/last/next + calendar unit ------------------------------------------------
  {
    id: 'en-rel-unit',
    re: rx(`(?:(?<phase>earlier|later|early|late|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|mid-|mid)\\s*)?(?<det>this|last|next|the past|the previous|the following|the coming|this coming|the current|the same|the last|the next|previous|coming|past|current|that|the)\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|year|decade|${SEASON})(?:'s)?`),
    hit(m, ctx) {
      const g = m.groups!;
      const h = relUnitHit(g, m, ctx);
      if (!h) return null;
      const det = g.det!.toLowerCase().replace(/\s+/g, ' ');
      const unit = g.unit!.toLowerCase();
      const season = SEASONS[unit];
      const need: Granularity = season || unit === 'year' || unit === 'decade' ? 'Y' : unit === 'month' ? 'M' : 'D';
      // "the following week", "that year", "the same month" point back to the last mentioned date.
      const anchor: AnchorKind = /^(?:the following|following|the same|that|the previous|previous|the preceding)$/.test(det) ? 'anaphoric' : 'deictic';
      return { ...h, anchor, need, floating: det === 'the' && !!season };
    },
  },
  {
    id: 'en-season-of-year',
    re: rx(`(?:the\\s+)?(?<season>${SEASON})\\s+of\\s+(?<det>that|the same|the following|the next|the previous|the preceding)\\s+year`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const det = g.det!.toLowerCase();
      const n = /following|next/.test(det) ? 1 : /previous|preceding/.test(det) ? -1 : 0;
      return { ...hit('DATE', `${relYear(ctx, n)}-${SEASONS[g.season!.toLowerCase()]}`), anchor: 'anaphoric', need: 'Y' };
    },
  },
  {
    id: 'en-anaphoric-day',
    // "the next day", "the following morning", "that same day", "earlier that day", "the day before".
    re: rx(`(?:(?:earlier|later)\\s+)?(?:(?:the|that)\\s+)?(?<which>next|following|previous|preceding|same)\\s+(?<part>day|${PART_OF_DAY})|(?:(?<shift>earlier|later)\\s+)?that\\s+(?<same>same\\s+)?(?<thatPart>day|${PART_OF_DAY})|the\\s+day\\s+(?<beforeAfter>before|after)(?=\\s*[,.;:!?)])`),
    priority: 2,
    hit(m, ctx) {
      const g = m.groups!;
      const which = (g.which ?? g.beforeAfter ?? 'same').toLowerCase();
      const n = /next|following|after/.test(which) ? 1 : /previous|preceding|before/.test(which) ? -1 : 0;
      // A bare "that day" is too often not a date of its own; "on that day", "that same day" are.
      if (g.thatPart && !g.shift && !g.same && !/\bon\s+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 4), ctx.index))) return null;
      const part = (g.part ?? g.thatPart ?? 'day').toLowerCase();
      const day = ctx.dct ? fmtDay(shiftDays(ctx.dct, n)) : 'XXXX-XX-XX';
      const code = PARTS_OF_DAY[part];
      return { ...hit(code ? 'TIME' : 'DATE', code ? `${day}T${code}` : day), anchor: 'anaphoric', need: 'D' };
    },
  },
  {
    id: 'en-bc-year',
    // TIMEX2/HeidelTime write years before Christ as BC plus the year: "44 BC" is BC0044.
    re: rx('(?<year>\\d{1,4})\\s*(?<era>BC|B\\.C\\.|BCE|B\\.C\\.E\\.|AD|A\\.D\\.)|(?:AD|A\\.D\\.)\\s*(?<adYear>\\d{1,4})', false),
    priority: 3,
    hit(m) {
      const g = m.groups!;
      const y = +(g.year ?? g.adYear)!;
      if (y === 0) return null;
      return hit('DATE', g.era && /^B/.test(g.era) ? `BC${pad(y, 4)}` : pad(y, 4));
    },
  },
  {
    id: 'en-ago',
    re: rx(`(?:(?:about|nearly|almost|more than|less than|some|roughly|just|only|around|over)\\s+)?(?<n>${N}|a|an|several|a few|few|many|a couple of|a number of)\\s+(?<unit>${UNIT})s?\\s+(?<word>ago|earlier|before|later|after|from now|hence)`),
    priority: 3,
    hit(m, ctx) {
      const g = m.groups!;
      const n = parseNumber(g.n!, 'en');
      const unit = unitOf(g.unit!);
      const word = g.word!.toLowerCase();
      if (word !== 'ago' && word !== 'from now' && word !== 'hence') {
        // "a year earlier" in quarterly reports compares with the same quarter a year before.
        if (n === 1 && unit === 'Y' && (word === 'earlier' || word === 'before')) {
          return { ...hit('DATE', /quarter/i.test(sentenceOf(ctx)) ? relQuarter(ctx, -5) : relYear(ctx, -1)), anchor: 'deictic', need: 'Y', quarterOffset: -4 };
        }
        // "two days later" counts from the last mentioned date; "two days before the vote" names no date.
        const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 3);
        if ((word === 'before' || word === 'after') && !/^\s*(?:[,.;:!?)]|$)/.test(after)) return null;
        if (n === null || !Number.isInteger(n) || !['D', 'W', 'M', 'Y'].includes(unit)) return null;
        const sign = word === 'earlier' || word === 'before' ? -1 : 1;
        if (ctx.anchored) return hit('DATE', relByUnit(ctx, unit, sign * n) ?? 'XXXX');
        // TimeBank annotates "[three days] later" in news as a duration; narratives get the date.
        const end = m[0].length - word.length - (/\s+$/.exec(m[0].slice(0, m[0].length - word.length))?.[0].length ?? 0);
        return { ...hit('DURATION', durationValue(n, unit, 'en'), 0, end), anchor: 'narrative', need: needFor(unit) };
      }
      const sign = word === 'ago' ? -1 : 1;
      if (n === null) return hit('DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      if (unit === 'H' || unit === 'MIN' || unit === 'S') return null;
      if (n === 1 && unit === 'Y' && sign < 0) return { ...hit('DATE', /quarter/i.test(sentenceOf(ctx)) ? relQuarter(ctx, -5) : relYear(ctx, -1)), quarterOffset: -4 };
      if (!Number.isInteger(n)) return null;
      return hit('DATE', relByUnit(ctx, unit, sign * n) ?? 'XXXX');
    },
  },
  {
    id: 'en-in-future',
    // "in two weeks" dates a future event; in a past or present sentence it is a duration.
    re: rx(`in\\s+(?<n>${N}|a|an|a few|several|a couple of)\\s+(?<unit>${UNIT})s?(?:'\\s*time)?`),
    priority: 1,
    hit(m, ctx) {
      if (ctx.tense() !== 'future') return null;
      const n = parseNumber(m.groups!.n!, 'en');
      const unit = unitOf(m.groups!.unit!);
      if (n === null || !Number.isInteger(n)) return hit('DATE', 'FUTURE_REF');
      const v = relByUnit(ctx, unit, n);
      return v ? hit('DATE', v) : null;
    },
  },
  // --- durations -----------------------------------------------------------------------
  {
    id: 'en-duration',
    re: rx(`(?:${APPROX}\\s+)*(?:(?<n>${N}|a|an|one|${VAGUE})(?:\\s+(?:and\\s+a\\s+half|(?<num>\\d)/(?<den>\\d)|½))?(?:\\s+or\\s+(?:so|more|\\w+))?\\s+(?:(?:more|additional|straight|consecutive|full|trading|business|long|short|calendar|fiscal|working)\\s+)?(?<unit>${UNIT})s?(?:\\s+and\\s+a\\s+half)?|(?<from>${N})\\s*(?:to|-|or)\\s*${N}\\s+(?<rangeUnit>${UNIT})s?)(?:\\s+(?<after>old|long|running|in a row))?`),
    hit(m, ctx) {
      const g = m.groups!;
      const unitWord = g.unit ?? g.rangeUnit ?? '';
      // A person's age ("52 years old") is no temporal expression.
      if (g.after === 'old' && /^years?$/i.test(unitWord)) return null;
      // A capitalised unit after a number is a name ("60 Minutes"); "a second betrayal" is an ordinal.
      if (/^\p{Lu}\p{Ll}/u.test(unitWord)) return null;
      if (/^second$/i.test(unitWord) && /^an?\s/i.test(m[0]) && /^\s+(?!later|earlier|ago|before|after|and|or|of|to|in|for)\p{Ll}/u.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12))) return null;
      if (g.rangeUnit) {
        const a = parseNumber(g.from!, 'en');
        return a === null ? null : hit('DURATION', durationValue(a, unitOf(g.rangeUnit), 'en'));
      }
      const word = g.n!.toLowerCase();
      const couple = /couple/.test(word);
      const vague = new RegExp(`^${VAGUE}$`, 'i').test(word);
      let n = vague && !couple ? null : couple ? 2 : parseNumber(word, 'en');
      if (n === null && !vague) return null;
      if (n !== null && (g.num || /and\s+a\s+half|½/i.test(m[0]))) n += g.num ? +g.num / +g.den! : 0.5;
      return hit('DURATION', durationValue(n, unitOf(g.unit!), 'en'));
    },
  },
  {
    id: 'en-duration-adjective',
    re: rx(`(?<n>${N}|a|one|several|multi)[- ](?<unit>year|month|week|day|hour|minute|second|quarter|decade|century)(?:s?[- ](?<old>old|long))?`),
    hit(m) {
      // A person's age ("the 6-year-old boy") is no temporal expression.
      if (m.groups!.old === 'old' && m.groups!.unit === 'year') return null;
      const word = m.groups!.n!.toLowerCase();
      const n = word === 'several' || word === 'multi' ? null : parseNumber(word, 'en');
      if (n === null && word !== 'several' && word !== 'multi') return null;
      return hit('DURATION', durationValue(n, unitOf(m.groups!.unit!), 'en'));
    },
  },
  {
    id: 'en-vague-plural',
    re: rx(`(?:(?<pre>recent|the coming|coming|the next several|the past several|the last several|the early|the years|past)\\s+)?(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?:\\s+(?<post>ahead|to come))?`),
    hit(m, ctx) {
      const g = m.groups!;
      const pre = (g.pre ?? '').toLowerCase();
      const before = ctx.text.slice(Math.max(0, ctx.index - 10), ctx.index);
      if (!pre && !g.post && !/\b(?:for|in|over|within)\s+$/i.test(before)) return null;
      if ((pre === 'recent' || pre === 'past') && g.unit!.toLowerCase() === 'years') return hit('DATE', 'PAST_REF');
      return hit('DURATION', durationValue(null, unitOf(g.unit!), 'en'));
    },
  },
  // --- references to past, present and future ------------------------------------------
  {
    id: 'en-ref',
    re: rx(words(REFERENCES, { cases: ['plain'] })),
    hit(m, ctx) {
      const w = m[0].toLowerCase().replace(/\s+/g, ' ');
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 20);
      if (w === 'the past' && new RegExp(`^\\s+(?:${N}|few|several|year|month|week|decade)`, 'i').test(after)) return null;
      if (w === 'one day' && ctx.tense() !== 'future') return null;
      if (w === 'in the past') return hit('DATE', 'PAST_REF', 3);
      if (w === "today's") return hit('DATE', relDay(ctx, 0), 0, 5);
      if (w === 'current' && /^\s+(?:account|deficit|affairs|events|surplus)/i.test(after)) return null;
      return hit('DATE', REFERENCES[w]!);
    },
  },
  // --- recurring times --------------------------------------------------------------
  {
    id: 'en-set-adverb',
    re: rx('(?:daily|weekly|monthly|yearly|hourly|biweekly|nightly|twice (?:a|per) (?:day|week|month|year)|once (?:a|per) (?:day|week|month|year))'),
    hit(m) {
      const w = m[0].toLowerCase();
      const v = /day|daily|nightly/.test(w) ? 'P1D' : /week/.test(w) ? (w.startsWith('bi') ? 'P2W' : 'P1W') : /month/.test(w) ? 'P1M' : /hour/.test(w) ? 'PT1H' : 'P1Y';
      return hit('SET', v);
    },
  },
  {
    id: 'en-set-every',
    re: rx(`(?:every|each|per)\\s+(?:(?<other>other)\\s+)?(?:(?<n>${N})\\s+)?(?:(?<unit>${UNIT})s?|(?<weekday>${WEEKDAY})|(?<month>${MONTH})|(?<season>${SEASON})|(?<part>${PART_OF_DAY}))|(?<weekdays>${WEEKDAY})s`),
    hit(m) {
      const g = m.groups!;
      const wd = g.weekdays ?? g.weekday;
      if (wd) return hit('SET', `XXXX-WXX-${weekday(wd)}`);
      if (g.month) return hit('SET', `XXXX-${pad(month(g.month))}`);
      if (g.season) return hit('SET', `XXXX-${SEASONS[g.season.toLowerCase()]}`);
      if (g.part) return hit('SET', `XXXX-XX-XXT${PARTS_OF_DAY[g.part.toLowerCase()]}`);
      const n = g.n ? parseNumber(g.n, 'en') : g.other ? 2 : 1;
      return hit('SET', durationValue(n, unitOf(g.unit!), 'en'));
    },
  },
  {
    id: 'en-set-rate',
    // "$5 a year", "three times a week": a rate after an amount.
    re: rx(`(?<=(?:\\d|times|percent|%|cents?|dollars?)\\s+(?:[\\p{L}-]+\\s+)?)(?:a|an|per)\\s+(?<unit>year|month|week|day|hour)`),
    priority: 2,
    hit(m) {
      return hit('SET', durationValue(1, unitOf(m.groups!.unit!), 'en'));
    },
  },
  // --- holidays -------------------------------------------------------------------------
  {
    id: 'en-holiday',
    re: rx(`(?:(?<mod>last|this|next)\\s+)?(?<name>${HOLIDAY})(?:\\s+(?<year>\\d{4}))?`, false),
    hit(m, ctx) {
      const g = m.groups!;
      const mod = (g.mod ?? '').toLowerCase();
      return hit('DATE', holidayValue(HOLIDAYS, g.name!, g.year, ctx, mod === 'last' ? -1 : mod === 'next' ? 1 : 'tense'));
    },
  },
];

/**
 * An ordinal quarter without a year: the quarter just ended is the one news reports on ("its
 * third-quarter loss" in November); otherwise the tense decides, and "last"/"next" shift by a year.
 */
function ordinalQuarter(ctx: RuleContext, q: number, year: string | undefined, det: string): string {
  if (year) return `${year}-Q${q}`;
  if (!ctx.dct) return `XXXX-Q${q}`;
  const cur = Math.ceil(ctx.dct.m / 3);
  let y = ctx.dct.y;
  const justEnded = q === (cur === 1 ? 4 : cur - 1);
  if (/last|previous/.test(det)) y -= q >= cur ? 1 : 0;
  else if (/next/.test(det)) y += q <= cur ? 1 : 0;
  else if (justEnded) y -= cur === 1 ? 1 : 0;
  else if (ctx.tense() === 'past' && q > cur) y -= 1;
  else if (ctx.tense() === 'future' && q < cur) y += 1;
  return `${pad(y, 4)}-Q${q}`;
}

/** "as soon as Tuesday" names a day ahead, "until Tuesday" too unless the sentence is past ("not until Tuesday did he …"). */
function deadlineDirection(ctx: RuleContext): Direction {
  const before = ctx.text.slice(Math.max(0, ctx.index - 16), ctx.index);
  if (/\b(?:as soon as|as early as)\s+$/i.test(before)) return 1;
  return /\b(?:until|till|no later than)\s+(?:(?:at|around|about)\s+)?$/i.test(before) && ctx.tense() !== 'past' ? 1 : 'tense';
}

/** "since March" looks back, "by May" and "until June" look ahead; otherwise the tense decides. */
function prepositionDirection(ctx: RuleContext): Direction {
  const before = ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index);
  if (/\bsince\s+$/i.test(before)) return -1;
  if (/\b(?:by|until|till)\s+$/i.test(before)) return ctx.tense() === 'past' ? 'tense' : 1;
  return 'tense';
}

function sentenceOf(ctx: RuleContext): string {
  const from = Math.max(ctx.text.lastIndexOf('. ', ctx.index), ctx.text.lastIndexOf('\n', ctx.index));
  const to = ctx.text.indexOf('. ', ctx.index);
  return ctx.text.slice(from + 1, to < 0 ? undefined : to);
}
