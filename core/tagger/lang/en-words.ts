/**
 * English dictionaries: each word list is written once, and the rule patterns are built from it
 * (as chrono-node's locale constants do), so a spelling added here is matched and read everywhere.
 */
import type { Unit } from '../duration';
import type { Holiday } from '../resolve';
import { words } from '../pattern';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};
/** Abbreviations, written with a full stop ("Sept. 3"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/**
 * A month name as English writes it: capitalised only ("may" and "march" are also verbs), in
 * capitals in headlines and datelines (but "MAY" is as often the verb), or abbreviated with a stop.
 */
export const MONTH = `(?:${[
  words(MONTHS),
  words(Object.keys(MONTHS).filter((w) => w !== 'may'), { cases: ['upper'] }),
  words(MONTH_ABBREVIATIONS, { stop: true }),
].join('|')})`;

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY = words(WEEKDAYS);

export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
export const PART_OF_DAY = words(PARTS_OF_DAY, { cases: ['plain'] });

export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON = words(SEASONS, { cases: ['plain'] });

/** Calendar units; a pattern adds the plural "s" itself ("centurie" + "s"). */
export const UNITS: Record<string, Unit> = {
  year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'MIN', second: 'S', quarter: 'Q',
  decade: 'DE', century: 'CE', centurie: 'CE', fortnight: 'W',
};
export const UNIT = words(UNITS, { cases: ['plain'] });

/** "last", "next", "this" and their kin: -1 before the reference date, 0 at it, 1 after it. */
export const LAST_NEXT: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, preceding: -1, this: 0, current: 0, next: 1, coming: 1, following: 1,
  'this coming': 1, 'this past': -1, upcoming: 1,
};

/** Holidays by their written name: a fixed day, or days after Easter Sunday. */
export const HOLIDAYS: Record<string, Holiday> = {
  'Christmas Day': { month: 12, day: 25 }, 'Christmas Eve': { month: 12, day: 24 }, Christmas: { month: 12, day: 25 },
  "New Year's Day": { month: 1, day: 1 }, "New Year's Eve": { month: 12, day: 31 }, Halloween: { month: 10, day: 31 },
  'Independence Day': { month: 7, day: 4 }, "Valentine's Day": { month: 2, day: 14 },
  'Easter Sunday': { easter: 0 }, Easter: { easter: 0 }, 'Easter Monday': { easter: 1 }, 'Good Friday': { easter: -2 },
  // The fourth Thursday of November.
  'Thanksgiving Day': { month: 11, nth: 4, weekday: 4 }, Thanksgiving: { month: 11, nth: 4, weekday: 4 },
};
export const HOLIDAY = words(HOLIDAYS, { cases: ['plain'] });

/**
 * Vague references to the present, the past and the future ("now", "recently", "the future"). As
 * in TimeBank, adverbs that only order events ("previously", "soon", "eventually") and the
 * adjective "future" are no temporal expressions.
 */
export const REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  'right now': 'PRESENT_REF', 'just now': 'PRESENT_REF', now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  'the present': 'PRESENT_REF', "today's": 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', recent: 'PAST_REF', lately: 'PAST_REF',
  'in the past': 'PAST_REF', 'the past': 'PAST_REF', 'once upon a time': 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF', 'the coming days': 'FUTURE_REF', 'the days ahead': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF', 'one day': 'FUTURE_REF', 'sometime soon': 'FUTURE_REF',
};

/**
 * Verbs of saying, reporting and opinion: base, third person, past, by kind. A "*" marks a base
 * that is also a common noun ("the state", "a vow"): only its past form is read as the verb.
 * Titles turn them into headline verbs, event cues take the statement and report verbs, and the
 * tense cues their past forms.
 */
export const SPEECH_VERBS = {
  statement: 'say says said, tell tells told, confirm confirms confirmed, warn warns warned, announce announces announced, ' +
    '*state states stated, add adds added, insist insists insisted, claim claims claimed, deny denies denied, ' +
    'argue argues argued, *note notes noted, *stress stresses stressed, acknowledge acknowledges acknowledged, ' +
    'admit admits admitted, indicate indicates indicated, explain explains explained, declare declares declared, ' +
    '*urge urges urged, condemn condemns condemned, threaten threatens threatened, *vow vows vowed',
  report: 'report reports reported, reveal reveals revealed',
  opinion: 'believe believes believed, suggest suggests suggested, predict predicts predicted, expect expects expected',
} as const;
