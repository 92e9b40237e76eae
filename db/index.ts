/** The SQLite store: open with pragmas and migrations, and the repositories over it. */
export { openDatabase } from './open';
export { migrate, SCHEMA_VERSION } from './migrate';
export type { DB } from './statements';
export { insertRow, updateRow, now, stmt } from './statements';
export * as timelines from './timelines';
export * as events from './events';
export * as entities from './entities';
export * as search from './search';
export * as sources from './sources';
export * as journal from './journal';
export * as settings from './settings';
export { dateColumns, type EventRow, type SourceRow } from './rows';
