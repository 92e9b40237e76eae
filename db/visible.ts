/**
 * What the app may see. Rows of a batch that is not live (an import in progress, an undone import,
 * a duplicate whose creation was undone) and timelines hidden by a deletion stay in the tables
 * until they are purged or brought back by redo/undo; every read goes through these conditions.
 */

/** The batches whose rows are invisible: anything not live. Evaluated once per statement. */
const HIDDEN_BATCHES = `SELECT id FROM batches WHERE state <> 'live'`;

/** A row (alias `a`) of a table with a batch_id column is visible. */
export const liveRow = (a: string) => `(${a}.batch_id IS NULL OR ${a}.batch_id NOT IN (${HIDDEN_BATCHES}))`;

/** A timeline row (alias `a`) is visible: not deleted, not part of a hidden batch. */
export const liveTimeline = (a: string) => `(${a}.hidden_by IS NULL AND ${liveRow(a)})`;

/** A density row (alias `a`, batch 0 = none) counts. */
export const liveDensity = (a: string) => `(${a}.batch_id = 0 OR ${a}.batch_id NOT IN (${HIDDEN_BATCHES}))`;

/** An event row (alias `a`) is visible: live itself, in a visible timeline. */
export const liveEvent = (a: string) => `${liveRow(a)} AND ${a}.timeline_id IN (SELECT t.id FROM timelines t WHERE ${liveTimeline('t')})`;
