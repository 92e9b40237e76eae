/**
 * The date model: an ISO 8601 value with an explicit precision, optional approximate/uncertain
 * flags, and the phrase it came from. Years use astronomical numbering (year 0 = 1 BCE,
 * -0043 = 44 BCE), as ISO 8601 and EDTF do.
 */
export type Precision = 'year' | 'month' | 'day' | 'minute';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

/**
 * The furthest year Chronik keeps, either way: 16 billion years covers the age of the universe
 * (13.8 billion) and keeps every sort key (minutes since 1970) below 2^53, so it stays an exact
 * integer in JS and in SQLite.
 */
export const MAX_YEAR = 16_000_000_000;

/**
 * Years beyond ±99,999 are deep time (geological and cosmological): they are known to the year
 * at best, so they have year precision only, and they are shown as "66 million years ago".
 */
export const DEEP_YEAR = 100_000;

/** True for a year of deep time (see DEEP_YEAR), in astronomical numbering. */
export function isDeepYear(year: number): boolean {
  return year <= -DEEP_YEAR + 1 || year >= DEEP_YEAR;
}

export interface ChronikDate {
  /**
   * Normalised value at its precision: `2024`, `2024-10`, `2024-10-23`, `2024-10-23T14:30`, `-0043`;
   * deep time as a bare year, `-65999999` (66 million BCE).
   */
  value: string;
  precision: Precision;
  /** "about", "ca.", "Anfang Oktober": shown with a ~ and drawn fuzzy. */
  approximate?: boolean;
  /** The source itself is unsure (EDTF `?`). */
  uncertain?: boolean;
  /** What the user typed or the article said, kept beside the normalised value. */
  original?: string;
}

/** Calendar fields of a date; month/day/hour/minute default to the start of the period. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}
