/**
 * The date model: an ISO 8601 value with an explicit precision, optional approximate/uncertain
 * flags, and the phrase it came from. Years use astronomical numbering (year 0 = 1 BCE,
 * -0043 = 44 BCE), as ISO 8601 and EDTF do.
 */
export type Precision = 'year' | 'month' | 'day' | 'minute';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

export interface ChronikDate {
  /** Normalised value at its precision: `2024`, `2024-10`, `2024-10-23`, `2024-10-23T14:30`, `-0043`. */
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
