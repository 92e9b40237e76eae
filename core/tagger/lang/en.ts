import { durationValue, type Unit } from '../duration';
import { fmtDay, pad, shiftDays, weekdayOf } from '../calendar';
import { DECADE_WORD, NUMBER, ORDINAL_WORD, parseDecadeWord, parseNumber, parseOrdinal } from '../numbers';
import { lookup, rx } from '../pattern';
import { hit, needFor, relByUnit, validDay, year2 } from './rule-helpers';
import {
  dayMonthValue, holidayDate, monthValue, relCentury, relDay, relMonth, relQuarter, relWeek, relYear,
  seasonValue, weekdayValue, yearFor, type Direction,
} from '../resolve';
import type { AnchorKind, Granularity, Rule, RuleContext, RuleHit } from '../types';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
// Capitalised only: "may" and "march" are also common verbs.
const MONTH = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)`;
const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', 'mid-afternoon': 'AF', 'mid afternoon': 'AF', 'late night': 'NI', overnight: 'NI' };
const PARTS = '(?:morning|afternoon|evening|night)';
const UNITS: Record<string, Unit> = {
  year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'MIN', second: 'S', quarter: 'Q',
  decade: 'DE', century: 'CE', centurie: 'CE', fortnight: 'W', weekend: 'WE',
};
const UNIT = '(?:year|month|week|day|hour|minute|second|quarter|decade|centur(?:y|ie)|fortnight)';
const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const N = NUMBER.en;
const VAGUE = '(?:several|a few|few|many|some|a couple of|couple of|a number of|numerous|the next few|the past few|the last few)';
const APPROX = '(?:about|nearly|almost|more than|less than|fewer than|at least|at most|up to|roughly|some|only|just|within|around|approximately|under|no more than|another|an additional|the first|the final|the last|the past|the next|the previous|the following|the coming|the latest|the)';
const LASTNEXT: Record<string, Direction> = {
  last: -1, past: -1, previous: -1, preceding: -1, this: 0, current: 0, next: 1, coming: 1, following: 1,
  'this coming': 1, 'this past': -1, upcoming: 1,
};

function unitOf(raw: string): Unit {
  return UNITS[raw.toLowerCase().replace(/s$/, '')] ?? 'D';
}
function month(raw: string): number {
  return lookup(MONTHS, raw, 3) ?? 0;
}
/** ISO weekday of a name matched by WEEKDAY (whose alternatives are exactly the table's keys). */
function weekday(raw: string): number {
  return WEEKDAYS[raw.toLowerCase()]!;
}
/** Precision of the reference date a unit offset needs. */
function timeOfDay(h: number, min: number, ampm: string | undefined): string | null {
  let hh = h;
  const ap = (ampm ?? '').toLowerCase().replace(/\W/g, '');
  if (ap === 'pm' && hh < 12) hh += 12;
  if (ap === 'am' && hh === 12) hh = 0;
  if (hh > 24 || min > 59) return null;
  return `T${pad(hh)}:${pad(min)}`;
}
function yearOk(y: number): boolean {
  return y >= 1000 && y <= 2099;
}
// Years are left alone when they are amounts: "$1990", "1990 people".
const NOT_YEAR_AFTER = /^\s*(?:%|percent|per cent|people|persons|men|women|troops|soldiers|points|shares|dollars|feet|meters|metres|miles|kilometers|tons|tonnes|barrels|members|employees|workers|jobs|cars|units|acres|pounds|euros|yen|marks|francs|votes|seats|hours|minutes|years)\b/i;

/** Value of "next week", "the following month", "later that year" against ctx.dct. */
function relUnitHit(m: RegExpExecArray, ctx: RuleContext): RuleHit | null {
  const det = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const unit = m[3]!.toLowerCase();
  const season = SEASONS[unit];
  const pre = (m[1] ?? '').toLowerCase();
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
  const dir = (LASTNEXT[det.replace(/^the /, '')] ?? 0) as -1 | 0 | 1;
  if (unit === 'weekend') return hit('DATE', weekendValue(ctx, dir === 0 ? 'tense' : dir));
  if (season) return hit('DATE', dir === 0 ? (ctx.dct ? `${pad(ctx.dct.y, 4)}-${season}` : `XXXX-${season}`) : seasonValue(ctx, season, dir));
  const u = { week: 'W', month: 'M', year: 'Y', decade: 'DE' }[unit] as Unit;
  if (u === 'DE' && dir === -1 && /past|last/.test(det)) return hit('DURATION', 'P10Y');
  return hit('DATE', relByUnit(ctx, u, dir) ?? 'XXXX');
}

/** English rules; see the tests for the behaviour each family covers. */
export const EN_RULES: Rule[] = [
  // --- explicit calendar dates -------------------------------------------------------------
  {
    id: 'en-month-day-year',
    re: rx(`(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${MONTH})\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})`, false),
    priority: 5,
    hit(m) {
      const mo = month((m[2] ?? m[7])!);
      const d = +(m[3] ?? m[6])!;
      const y = +(m[4] ?? m[8])!;
      return validDay(mo, d) ? hit('DATE', `${pad(y, 4)}-${pad(mo)}-${pad(d)}`) : null;
    },
  },
  {
    id: 'en-month-day',
    re: rx(`(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\s*,?\\s*\\d{4})|(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?!\\s*,?\\s*\\d{4})`, false),
    priority: 4,
    hit(m, ctx) {
      const mo = month((m[2] ?? m[6])!);
      const d = +(m[3] ?? m[5])!;
      return validDay(mo, d) ? { ...hit('DATE', dayMonthValue(ctx, mo, d)), floating: true } : null;
    },
  },
  {
    id: 'en-month-year',
    re: rx(`(?:(early|late|mid|mid-|the end of|the beginning of|the middle of|the start of)\\s*)?(${MONTH})(?:\\s+of)?,?\\s+(\\d{4})`, false),
    priority: 3,
    hit(m) {
      return hit('DATE', `${m[3]}-${pad(month(m[2]!))}`);
    },
  },
  {
    id: 'en-month',
    re: rx(`(?:(early|late|mid|mid-|the end of|the beginning of|the middle of|the start of|Early|Late|Mid-)\\s*)?(?:(last|this|next|Last|This|Next)\\s+)?(${MONTH})(?:\\s+(last|this|next) year)?`, false),
    priority: 2,
    hit(m, ctx) {
      const mo = month(m[3]!);
      if (mo === 5 && !m[1] && !m[2] && !m[4]) {
        // "May" alone is usually the modal verb; accept it only after a temporal preposition.
        const before = ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index);
        if (!/\b(?:in|since|until|till|by|of|during|from|through|to|before|after|and|or|early|late|mid)\s+$/i.test(before)) return null;
      }
      if (m[4]) {
        const y = ctx.dct ? ctx.dct.y + { last: -1, this: 0, next: 1 }[m[4].toLowerCase() as 'last'] : null;
        return hit('DATE', y === null ? `XXXX-${pad(mo)}` : `${pad(y, 4)}-${pad(mo)}`);
      }
      const det = m[2]?.toLowerCase();
      if (det === 'this') return hit('DATE', ctx.dct ? `${pad(ctx.dct.y, 4)}-${pad(mo)}` : `XXXX-${pad(mo)}`);
      // "last May" names the May of the previous year in TimeML practice.
      if (det === 'last') return hit('DATE', ctx.dct ? `${pad(ctx.dct.y - 1, 4)}-${pad(mo)}` : `XXXX-${pad(mo)}`);
      if (det === 'next') return hit('DATE', monthValue(ctx, mo, 1));
      return { ...hit('DATE', monthValue(ctx, mo, prepositionDirection(ctx))), floating: true };
    },
  },
  {
    id: 'en-numeric-date',
    re: rx('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2})'),
    priority: 5,
    hit(m, ctx) {
      if (m[4]) return validDay(+m[5]!, +m[6]!) ? hit('DATE', `${m[4]}-${m[5]}-${m[6]}`) : null;
      const mo = +m[1]!;
      const d = +m[2]!;
      return validDay(mo, d) ? hit('DATE', `${pad(year2(ctx, m[3]!), 4)}-${pad(mo)}-${pad(d)}`) : null;
    },
  },
  {
    id: 'en-year',
    re: rx(`(?:(fiscal|calendar|early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the year|the first half of|the second half of|the spring of|the summer of|the fall of|the autumn of|the winter of|spring|summer|fall|autumn|winter)\\s*)?(?<!\\$|\\d[.,])(\\d{4})(?![.,]\\d)`),
    priority: 1,
    hit(m, ctx) {
      const y = +m[2]!;
      if (!yearOk(y) || NOT_YEAR_AFTER.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 14))) return null;
      const pre = (m[1] ?? '').toLowerCase();
      const season = /(spring|summer|fall|autumn|winter)/.exec(pre);
      if (season) return hit('DATE', `${m[2]}-${SEASONS[season[1]!]}`);
      if (pre.includes('first half')) return hit('DATE', `${m[2]}-H1`);
      if (pre.includes('second half')) return hit('DATE', `${m[2]}-H2`);
      return hit('DATE', m[2]!);
    },
  },
  {
    id: 'en-spelled-year',
    re: rx(`(?:the year\\s+)?(?:(nineteen)\\s+(${N})|(two thousand)(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)`),
    hit(m) {
      if (m[1]) {
        const n = parseNumber(m[2]!, 'en');
        return n !== null && n >= 10 && n < 100 ? hit('DATE', String(1900 + n)) : null;
      }
      if (!/^the year/i.test(m[0]) && !m[4]) return null;
      return hit('DATE', String(2000 + (m[4] ? parseNumber(m[4], 'en') ?? 0 : 0)));
    },
  },
  {
    id: 'en-quarter',
    re: rx(`(?:(the|this|last|next|the latest|the previous|the same|the current|the fiscal|the first|the second|the third|the fourth)\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]|(latest|previous|current|last|next|past|preceding|same|year-ago|year-earlier|fiscal)\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4})|\\s+(?:fiscal\\s+)?(\\d{4}))?`),
    priority: 1,
    hit(m, ctx) {
      const det = (m[1] ?? '').toLowerCase();
      const ord = m[2] ?? (/first|second|third|fourth/.test(det) ? det.replace('the ', '') : undefined);
      const year = m[4] ?? m[5];
      if (ord) {
        const q = parseOrdinal(ord, 'en')!;
        if (year) return hit('DATE', `${year}-Q${q}`);
        if (!ctx.dct) return hit('DATE', `XXXX-Q${q}`);
        const cur = Math.ceil(ctx.dct.m / 3);
        let y = ctx.dct.y;
        if (/last|previous/.test(det) || (ctx.tense() === 'past' && q > cur)) y -= q >= cur ? 1 : 0;
        if (/next/.test(det) || (ctx.tense() === 'future' && q < cur)) y += q <= cur ? 1 : 0;
        return hit('DATE', `${pad(y, 4)}-Q${q}`);
      }
      const mod = `${det} ${(m[3] ?? '').toLowerCase()}`;
      if (!m[1] && !m[3]) return null;
      if (/year-ago|year-earlier/.test(mod)) return hit('DATE', relQuarter(ctx, -5));
      if (/this|current/.test(mod)) return hit('DATE', relQuarter(ctx, 0));
      if (/next/.test(mod)) return hit('DATE', relQuarter(ctx, 1));
      if (/the same/.test(mod)) return null;
      // Quarterly results are reported after the quarter ends: "the quarter" is the last completed one.
      return hit('DATE', relQuarter(ctx, ctx.tense() === 'future' ? 0 : -1));
    },
  },
  {
    id: 'en-half-year',
    re: rx(`(?:the\\s+)?(first|second)\\s+half(?:\\s+of\\s+(?:(?:the|this|last|next)\\s+year|(\\d{4})))?`),
    hit(m, ctx) {
      const h = m[1]!.toLowerCase() === 'first' ? 1 : 2;
      if (!m[2] && !/year/i.test(m[0])) return null;
      const y = m[2] ?? (/last year/i.test(m[0]) ? relYear(ctx, -1) : /next year/i.test(m[0]) ? relYear(ctx, 1) : relYear(ctx, 0));
      return hit('DATE', `${y}-H${h}`);
    },
  },
  // --- decades and centuries ------------------------------------------------------------
  {
    id: 'en-decade',
    re: rx(`(?:the\\s+)?(?:(early|late|mid|mid-)\\s*)?(?:(\\d{3})0'?s|'(\\d)0'?s|(${DECADE_WORD.en}))`),
    hit(m, ctx) {
      if (m[2]) return hit('DATE', m[2]);
      const d = m[3] !== undefined ? +m[3] : parseDecadeWord(m[4]!, 'en');
      if (d === null) return null;
      const century = ctx.dct && d * 10 <= ctx.dct.y % 100 && ctx.dct.y >= 2000 ? Math.floor(ctx.dct.y / 100) : 19;
      if (m[4] && !/^the\s/i.test(m[0])) return null;
      return hit('DATE', `${century}${d}`);
    },
  },
  {
    id: 'en-century',
    re: rx(`(?:the\\s+)?(?:(early|late|mid|mid-|turn of the)\\s*)?(${ORDINAL_WORD.en}|\\d{1,2}(?:st|nd|rd|th))[- ]century|(this|last|next|the past|the last|the previous|the next)\\s+century`),
    hit(m, ctx) {
      if (m[3]) {
        const s = m[3].toLowerCase();
        return hit('DATE', relCentury(ctx, s === 'this' ? 0 : /next/.test(s) ? 1 : -1));
      }
      const n = parseOrdinal(m[2]!, 'en');
      return n ? hit('DATE', pad(n - 1, 2)) : null;
    },
  },
  // --- days relative to the publication date ---------------------------------------------
  {
    id: 'en-rel-day',
    re: rx(`(?:(early|late|earlier|later)\\s+)?(today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?:'s)?(?:\\s+(${PARTS}))?`),
    priority: 2,
    hit(m, ctx) {
      const w = m[2]!.toLowerCase();
      const n = w === 'today' ? 0 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : 2;
      const day = relDay(ctx, n);
      if (m[3]) return hit('TIME', `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}T${PART_OF_DAY[m[3].toLowerCase()]}`);
      return hit('DATE', day);
    },
  },
  {
    id: 'en-tonight',
    re: rx(`tonight|(this|last|yesterday|tomorrow)\\s+(${PARTS})|(?:(early|late|mid|mid-|later|earlier)\\s*)?this\\s+(${PARTS})`),
    priority: 2,
    hit(m, ctx) {
      if (/^tonight$/i.test(m[0])) return hit('TIME', `${relDay(ctx, 0).replace('PRESENT_REF', 'XXXX-XX-XX')}TNI`);
      const which = (m[1] ?? 'this').toLowerCase();
      const part = (m[2] ?? m[4])!.toLowerCase();
      const n = which === 'last' || which === 'yesterday' ? -1 : which === 'tomorrow' ? 1 : 0;
      return hit('TIME', `${relDay(ctx, n).replace('PRESENT_REF', 'XXXX-XX-XX')}T${PART_OF_DAY[part]}`);
    },
  },
  {
    id: 'en-weekday',
    re: rx(`(?:(last|this|next|this coming|this past|coming|past|early|late|earlier|later|Last|This|Next|Early|Late|Earlier|Later)\\s+)?(${WEEKDAY})(?:'s)?(?:\\s+(${PARTS}))?`, false),
    priority: 1,
    hit(m, ctx) {
      const wd = weekday(m[2]!);
      const mod = (m[1] ?? '').toLowerCase();
      const dir: Direction = (mod !== 'this' ? LASTNEXT[mod] : undefined) ?? 'tense';
      const day = weekdayValue(ctx, wd, dir);
      if (m[3]) return hit('TIME', `${day}T${PART_OF_DAY[m[3].toLowerCase()]}`);
      return hit('DATE', day);
    },
  },
  {
    id: 'en-clock',
    re: rx(`(?:(?:at|around|about|by|until|before|after)\\s+)?(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)|(\\d{1,2}):(\\d{2})|(noon|midday|midnight))(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|ET|local time))?(?:,?\\s+(?:on\\s+)?(?:(today|yesterday|tomorrow|tonight)|(${WEEKDAY})|(${MONTH})\\s+(\\d{1,2})))?`),
    priority: 3,
    hit(m, ctx) {
      let t: string | null;
      if (m[6]) t = m[6].toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
      else if (m[4]) t = +m[4] <= 23 ? timeOfDay(+m[4], +m[5]!, undefined) : null;
      else t = timeOfDay(+m[1]!, m[2] ? +m[2] : 0, m[3]);
      if (!t) return null;
      let day: string;
      if (m[7]) day = relDay(ctx, { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[7].toLowerCase() as 'today']);
      else if (m[8]) day = weekdayValue(ctx, weekday(m[8]));
      else if (m[9]) day = dayMonthValue(ctx, month(m[9]), +m[10]!);
      else day = relDay(ctx, 0);
      const lead = /^(?:at|around|about|by|until|before|after)\s+/i.exec(m[0]);
      return hit('TIME', `${day.replace('PRESENT_REF', 'XXXX-XX-XX')}${t}`, lead && !/^around/i.test(lead[0]) ? lead[0].length : 0);
    },
  },
  // --- this/last/next + calendar unit ------------------------------------------------
  {
    id: 'en-rel-unit',
    re: rx(`(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|mid-|mid)\\s*)?(this|last|next|the past|the previous|the following|the coming|this coming|the current|the same|the last|the next|previous|coming|past|current|that|the)\\s+(week|weekend|month|year|decade|${SEASON})(?:'s)?`),
    hit(m, ctx) {
      const h = relUnitHit(m, ctx);
      if (!h) return null;
      const det = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3]!.toLowerCase();
      const season = SEASONS[unit];
      const need: Granularity = season || unit === 'year' || unit === 'decade' ? 'Y' : unit === 'month' ? 'M' : 'D';
      // "the following week", "that year", "the same month" point back to the last mentioned date.
      const anchor: AnchorKind = /^(?:the following|following|the same|that|the previous|previous|the preceding)$/.test(det) ? 'anaphoric' : 'deictic';
      return { ...h, anchor, need, floating: det === 'the' && !!season };
    },
  },
  {
    id: 'en-season-of-year',
    re: rx(`(?:the\\s+)?(${SEASON})\\s+of\\s+(that|the same|the following|the next|the previous|the preceding)\\s+year`),
    priority: 2,
    hit(m, ctx) {
      const det = m[2]!.toLowerCase();
      const n = /following|next/.test(det) ? 1 : /previous|preceding/.test(det) ? -1 : 0;
      return { ...hit('DATE', `${relYear(ctx, n)}-${SEASONS[m[1]!.toLowerCase()]}`), anchor: 'anaphoric', need: 'Y' };
    },
  },
  {
    id: 'en-anaphoric-day',
    // "the next day", "the following morning", "that same day", "earlier that day", "the day before".
    re: rx(`(?:(earlier|later)\\s+)?(?:(?:the|that)\\s+)?(next|following|previous|preceding|same)\\s+(day|morning|afternoon|evening|night)|(?:(earlier|later)\\s+)?that\\s+(same\\s+)?(day|morning|afternoon|evening|night)|the\\s+day\\s+(before|after)(?=\\s*[,.;:!?)])`),
    priority: 2,
    hit(m, ctx) {
      const which = (m[2] ?? m[7] ?? 'same').toLowerCase();
      const n = /next|following|after/.test(which) ? 1 : /previous|preceding|before/.test(which) ? -1 : 0;
      if (!m[2] && !m[6] && !m[7]) return null;
      // A bare "that day" is too often not a date of its own; "on that day", "that same day" are.
      if (m[6] && !m[4] && !m[5] && !/\bon\s+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 4), ctx.index))) return null;
      const part = (m[3] ?? m[6] ?? 'day').toLowerCase();
      const day = ctx.dct ? fmtDay(shiftDays(ctx.dct, n)) : 'XXXX-XX-XX';
      const code = PART_OF_DAY[part];
      return { ...hit(code ? 'TIME' : 'DATE', code ? `${day}T${code}` : day), anchor: 'anaphoric', need: 'D' };
    },
  },
  {
    id: 'en-bc-year',
    // TIMEX2/HeidelTime write years before Christ as BC plus the year: "44 BC" is BC0044.
    re: rx('(\\d{1,4})\\s*(BC|B\\.C\\.|BCE|B\\.C\\.E\\.|AD|A\\.D\\.)|(?:AD|A\\.D\\.)\\s*(\\d{1,4})', false),
    priority: 3,
    hit(m) {
      const y = +(m[1] ?? m[3])!;
      if (y === 0) return null;
      return hit('DATE', m[2] && /^B/.test(m[2]) ? `BC${pad(y, 4)}` : pad(y, 4));
    },
  },
  {
    id: 'en-ago',
    re: rx(`(?:(about|nearly|almost|more than|less than|some|roughly|just|only|around|over)\\s+)?(${N}|a|an|several|a few|few|many|a couple of|a number of)\\s+(${UNIT})s?\\s+(ago|earlier|before|later|after|from now|hence)`),
    priority: 3,
    hit(m, ctx) {
      const n = parseNumber(m[2]!, 'en');
      const unit = unitOf(m[3]!);
      const word = m[4]!.toLowerCase();
      if (word !== 'ago' && word !== 'from now' && word !== 'hence') {
        // "a year earlier" in quarterly reports compares with the same quarter a year before.
        if (n === 1 && unit === 'Y' && (word === 'earlier' || word === 'before')) {
          return { ...hit('DATE', /quarter/i.test(sentenceOf(ctx)) ? relQuarter(ctx, -5) : relYear(ctx, -1)), anchor: 'deictic', need: 'Y' };
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
      if (n === 1 && unit === 'Y' && sign < 0 && /quarter/i.test(sentenceOf(ctx))) return hit('DATE', relQuarter(ctx, -5));
      if (!Number.isInteger(n)) return null;
      return hit('DATE', relByUnit(ctx, unit, sign * n) ?? 'XXXX');
    },
  },
  {
    id: 'en-in-future',
    // "in two weeks" dates a future event; in a past or present sentence it is a duration.
    re: rx(`in\\s+(${N}|a|an|a few|several|a couple of)\\s+(${UNIT})s?(?:'\\s*time)?`),
    priority: 1,
    hit(m, ctx) {
      if (ctx.tense() !== 'future') return null;
      const n = parseNumber(m[1]!, 'en');
      const unit = unitOf(m[2]!);
      if (n === null || !Number.isInteger(n)) return hit('DATE', 'FUTURE_REF');
      const v = relByUnit(ctx, unit, n);
      return v ? hit('DATE', v) : null;
    },
  },
  // --- durations -----------------------------------------------------------------------
  {
    id: 'en-duration',
    re: rx(`(?:${APPROX}\\s+)*(?:(${N}|a|an|one|${VAGUE})(?:\\s+(?:and\\s+a\\s+half|(\\d)/(\\d)|½))?(?:\\s+or\\s+(?:so|more|\\w+))?\\s+(?:(?:more|additional|straight|consecutive|full|trading|business|long|short|calendar|fiscal|working)\\s+)?(${UNIT})s?(?:\\s+and\\s+a\\s+half)?|(${N})\\s*(?:to|-|or)\\s*(${N})\\s+(${UNIT})s?)(?:\\s+(?:old|long|running|in a row))?`),
    hit(m, _ctx) {
      if (m[6]) {
        const a = parseNumber(m[5]!, 'en');
        return a === null ? null : hit('DURATION', durationValue(a, unitOf(m[7]!), 'en'));
      }
      const word = m[1]!.toLowerCase();
      const couple = /couple/.test(word);
      let n = new RegExp(`^${VAGUE}$`, 'i').test(word) && !couple ? null : couple ? 2 : parseNumber(word, 'en');
      if (n === null && !new RegExp(`^${VAGUE}$`, 'i').test(word)) return null;
      if (n !== null && (m[2] || /and\s+a\s+half|½/i.test(m[0]))) n += m[2] ? +m[2] / +m[3]! : 0.5;
      const unit = unitOf(m[4]!);
      if (unit === 'WE') return null;
      const value = durationValue(n, unit, 'en');
      // "the past few weeks": a vague period reaching up to now.
      return hit('DURATION', value);
    },
  },
  {
    id: 'en-duration-adjective',
    re: rx(`(${N}|a|one|several|multi)[- ](year|month|week|day|hour|minute|second|quarter|decade|century)(?:s?[- ](?:old|long))?`),
    hit(m) {
      const word = m[1]!.toLowerCase();
      const n = word === 'several' || word === 'multi' ? null : parseNumber(word, 'en');
      if (n === null && word !== 'several' && word !== 'multi') return null;
      return hit('DURATION', durationValue(n, unitOf(m[2]!), 'en'));
    },
  },
  {
    id: 'en-vague-plural',
    re: rx(`(?:(recent|the coming|coming|the next several|the past several|the last several|the early|the years|past)\\s+)?(years|months|weeks|days|decades|centuries|hours|minutes)(?:\\s+(ahead|to come))?`),
    hit(m, ctx) {
      const pre = (m[1] ?? '').toLowerCase();
      const before = ctx.text.slice(Math.max(0, ctx.index - 10), ctx.index);
      if (!pre && !m[3] && !/\b(?:for|in|over|within)\s+$/i.test(before)) return null;
      if (pre === 'recent' && m[2]!.toLowerCase() === 'years') return hit('DATE', 'PAST_REF');
      if (pre === 'past' && m[2]!.toLowerCase() === 'years') return hit('DATE', 'PAST_REF');
      return hit('DURATION', durationValue(null, unitOf(m[2]!), 'en'));
    },
  },
  // --- references to past, present and future ------------------------------------------
  {
    id: 'en-ref',
    re: rx(`(right now|just now|now|currently|current|nowadays|these days|at present|at the moment|presently|the present|today's|recently|more recently|most recently|recent|lately|formerly|previously|in the past|the past|once upon a time|the future|future|soon|the near future|the near term|the short term|the long term|the coming days|the days ahead|eventually|as soon as possible|one day|someday|sometime soon)`),
    hit(m, ctx) {
      const w = m[0].toLowerCase().replace(/\s+/g, ' ');
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 20);
      if (w === 'the past' && new RegExp(`^\\s+(?:${N}|few|several|year|month|week|decade)`, 'i').test(after)) return null;
      if (w === 'one day' && ctx.tense() !== 'future') return null;
      if (w === 'in the past') return hit('DATE', 'PAST_REF', 3);
      if (w === "today's") return hit('DATE', relDay(ctx, 0), 0, 5);
      if (w === 'current' && /^\s+(?:account|deficit|affairs|events|surplus)/i.test(after)) return null;
      if (/^(?:right now|just now|now|currently|current|nowadays|these days|at present|at the moment|presently|the present)$/.test(w)) return hit('DATE', 'PRESENT_REF');
      if (/^(?:recently|more recently|most recently|recent|lately|formerly|previously|the past|once upon a time)$/.test(w)) return hit('DATE', 'PAST_REF');
      return hit('DATE', 'FUTURE_REF');
    },
  },
  // --- recurring times --------------------------------------------------------------
  {
    id: 'en-set-adverb',
    re: rx('(daily|weekly|monthly|annually|yearly|hourly|quarterly|biweekly|nightly|semiannually|twice (?:a|per) (?:day|week|month|year)|once (?:a|per) (?:day|week|month|year))'),
    hit(m) {
      const w = m[0].toLowerCase();
      const v = /day|daily|nightly/.test(w) ? 'P1D' : /week/.test(w) ? (w.startsWith('bi') ? 'P2W' : 'P1W') : /month/.test(w) ? 'P1M' : /hour/.test(w) ? 'PT1H' : /quarter/.test(w) ? 'P3M' : /semi/.test(w) ? 'P6M' : 'P1Y';
      return hit('SET', v);
    },
  },
  {
    id: 'en-set-every',
    re: rx(`(?:every|each|per)\\s+(?:(other)\\s+)?(?:(${N})\\s+)?(?:(${UNIT})s?|(${WEEKDAY})|(${MONTH})|(${SEASON})|(morning|afternoon|evening|night))|(${WEEKDAY})s`),
    hit(m) {
      if (m[8]) return hit('SET', `XXXX-WXX-${weekday(m[8])}`);
      if (m[4]) return hit('SET', `XXXX-WXX-${weekday(m[4])}`);
      if (m[5]) return hit('SET', `XXXX-${pad(month(m[5]))}`);
      if (m[6]) return hit('SET', `XXXX-${SEASONS[m[6].toLowerCase()]}`);
      if (m[7]) return hit('SET', `XXXX-XX-XXT${PART_OF_DAY[m[7].toLowerCase()]}`);
      const n = m[2] ? parseNumber(m[2], 'en') : m[1] ? 2 : 1;
      const u = unitOf(m[3]!);
      if (u === 'WE') return hit('SET', 'XXXX-WXX-WE');
      return hit('SET', durationValue(n, u, 'en'));
    },
  },
  {
    id: 'en-set-rate',
    // "$5 a year", "three times a week": a rate after an amount.
    re: rx(`(?<=(?:\\d|times|percent|%|cents?|dollars?)\\s+(?:[\\p{L}-]+\\s+)?)(?:a|an|per)\\s+(year|month|week|day|hour)`),
    priority: 2,
    hit(m) {
      return hit('SET', durationValue(1, unitOf(m[1]!), 'en'));
    },
  },
  // --- holidays -------------------------------------------------------------------------
  {
    id: 'en-holiday',
    re: rx(`(?:(last|this|next)\\s+)?(Christmas Day|Christmas Eve|Christmas|New Year's Day|New Year's Eve|Halloween|Independence Day|Valentine's Day|Easter Sunday|Easter Monday|Good Friday|Easter|Thanksgiving Day|Thanksgiving)(?:\\s+(\\d{4}))?`, false),
    hit(m, ctx) {
      const key = m[2]!.toLowerCase();
      let y: number | null = m[3] ? +m[3] : null;
      if (y === null && ctx.dct) {
        const probe = holidayDate(key, ctx.dct.y)!;
        const mod = (m[1] ?? '').toLowerCase();
        y = yearFor(ctx, probe.m, probe.d, mod === 'last' ? -1 : mod === 'next' ? 1 : 'tense');
      }
      if (y === null) return hit('DATE', 'XXXX-XX-XX');
      const d = holidayDate(key, y)!;
      return hit('DATE', `${pad(y, 4)}-${pad(d.m)}-${pad(d.d)}`);
    },
  },
];

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

/** The weekend before (past) or after (future) the dct, as YYYY-Www-WE. */
export function weekendValue(ctx: RuleContext, dir: Direction): string {
  if (!ctx.dct) return 'XXXX-WXX-WE';
  const d = dir === 'tense' ? (ctx.tense() === 'future' ? 1 : ctx.tense() === 'past' ? -1 : 0) : dir;
  const wd = weekdayOf(ctx.dct);
  let shift = 0;
  if (d < 0 && wd < 6) shift = -1;
  if (d > 0 && wd >= 6) shift = 1;
  return `${relWeek(ctx, shift)}-WE`;
}
