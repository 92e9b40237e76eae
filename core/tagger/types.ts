/** TIMEX3 type of a temporal expression. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One temporal expression found in a text; offsets are UTF-16 indices, end exclusive. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export type Lang = 'de' | 'en';

export interface TagOptions {
  lang: Lang;
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
  lang: Lang;
  text: string;
  dct: Ymd | null;
  /** Tense of the sentence containing the match (computed lazily, cached per sentence). */
  tense(): Tense;
  /** Start offset of the match within `text`. */
  index: number;
}

/** Result of a rule: null rejects the match. */
export interface RuleHit {
  type: TimexType;
  value: string;
  /** Trim the extent to a sub-range of the match (relative offsets), e.g. drop a leading preposition. */
  start?: number;
  end?: number;
  /** The year was not written but taken from the dct; a nearby explicit year may replace it. */
  floating?: boolean;
}

/** A pattern plus the function that turns a match into a value. */
export interface Rule {
  id: string;
  re: RegExp;
  /** Higher wins when two candidates have the same length. */
  priority?: number;
  hit(m: RegExpExecArray, ctx: RuleContext): RuleHit | null;
}
