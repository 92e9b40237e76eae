import type { Language } from '../language';

/** TIMEX3 type of a temporal expression. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One temporal expression found in a text; offsets are UTF-16 indices, end exclusive. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  /**
   * A clock time without a day ("at 7:30 p.m.", "um 19 Uhr"), valued on the dct as the corpora
   * annotate it; a reader may take the day mentioned before it instead.
   */
  timeOnly?: boolean;
}

export interface TagOptions {
  lang: Language;
  /** Publication date ('YYYY-MM-DD' or full ISO) that anchors relative expressions. */
  dct?: string;
}

/** Grammatical time reference of the sentence around an expression. */
export type Tense = 'past' | 'present' | 'future';

/** Calendar day, month 1-12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** What a rule's value function may look at. */
export interface RuleContext {
  lang: Language;
  text: string;
  dct: Ymd | null;
  /** Tense of the sentence containing the match (computed lazily, cached per sentence). */
  tense(): Tense;
  /** Start offset of the match within `text`. */
  index: number;
  /**
   * Set when the engine re-runs an anchored rule: `dct` then holds the reference date (the last
   * date mentioned in the text, or the publication date) rather than the publication date itself.
   */
  anchored?: boolean;
}

/**
 * How a relative expression finds its reference date (TIMEX2/TimeML practice):
 * - 'anaphoric' ("am folgenden Tag", "the next day", "im selben Jahr"): the last date mentioned
 *   before it, else the publication date;
 * - 'deictic' ("nächstes Jahr", "Ende des Jahres"): the publication date, else (narratives) the
 *   last mentioned date;
 * - 'narrative' ("zwei Tage später" in German): only without a publication date, from the last
 *   mentioned date; with one, the rule's own value stands (KRAUTS keeps these as durations).
 */
export type AnchorKind = 'anaphoric' | 'deictic' | 'narrative';

/** Finest part of the reference date an anchored rule needs: year, month or day. */
export type Granularity = 'Y' | 'M' | 'D';

/** Result of a rule: null rejects the match. */
export interface RuleHit {
  type: TimexType;
  value: string;
  /** Trim the extent to a sub-range of the match (relative offsets), e.g. drop a leading preposition. */
  start?: number;
  end?: number;
  /** The year was not written but taken from the dct; a nearby explicit year may replace it. */
  floating?: boolean;
  /** A clock time without a day ("at 7:30 p.m."): see Timex.timeOnly. */
  timeOnly?: boolean;
  /** Re-run the rule against the reference date (see AnchorKind); the value above is the fallback. */
  anchor?: AnchorKind;
  /** Precision the reference date must have for the re-run (default 'D'). */
  need?: Granularity;
  /**
   * Quarterly reports: the value becomes the quarter the text mentioned last, shifted by this many
   * quarters ("the latest quarter" 0, "a year earlier" -4), when one was mentioned before.
   */
  quarterOffset?: number;
}

/** A pattern plus the function that turns a match into a value. */
export interface Rule {
  id: string;
  re: RegExp;
  /** Higher wins when two candidates have the same length. */
  priority?: number;
  hit(m: RegExpExecArray, ctx: RuleContext): RuleHit | null;
}
