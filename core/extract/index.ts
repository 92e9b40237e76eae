/** Article text → candidate events (pure: no Node, no DOM). See README.md for the decisions. */
export { extractCandidates, type ExtractOptions } from './candidates';
export { markDuplicates, similarity, type BatchItem, type KnownEvent } from './duplicates';
export { splitSentences, type Span } from './sentences';
export { splitClauses } from './clauses';
export { findCue, isHedged } from './cues';
export { findBackground } from './background';
export { proposeTitle } from './title';
export { timexToDate, type EventDate } from './timex-date';
export { findPublicationDate } from './publication-date';
