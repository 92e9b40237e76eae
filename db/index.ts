/** The store: open with pragmas and migrations, and the repositories over it. All SQL lives in db/. */
export { openDatabase } from './open';
export { migrate, SCHEMA_VERSION } from './migrate';
export type { DB } from './statements';
export { now } from './statements';
export * as timelines from './timelines';
export * as events from './events';
export * as entities from './entities';
export * as search from './search';
export * as sources from './sources';
export * as journal from './journal';
export * as settings from './settings';
export * as bulk from './bulk';
export { dateColumns, eventColumns, eventDateColumns, sourceColumns, type EventRow, type SourceRow, type LinkRow } from './rows';
