/**
 * The change journal: each user action is stored as the snapshots before and after of every row
 * it touched. Undo writes the "before" snapshots back, redo the "after" ones, so undo and redo
 * work for every kind of change, survive a restart, and double as the audit trail.
 *
 * Bulk changes are journalled compactly beside the snapshots: the batch of rows they created
 * (undo hides it, redo shows it again) and the timelines they deleted (hidden, shown again on
 * undo). Either is one row update, whether the batch holds ten events or a million.
 */
import type { JournalEntry, Language } from '../core/api';
import { formatHistoryLabel, isHistoryLabelKey, type HistoryLabel } from '../core/history-labels';
import type { LinkRow } from './rows';
import { setEventTags } from './events';
import { eventEntityRefs, setEventEntities, type EntityRef } from './entities';
import { insertRow, now, stmt, upsertRow, type DB } from './statements';
import { setBatchState } from './bulk';
import { hideTimeline, showTimeline } from './timelines';

export type Entity = 'timeline' | 'lane' | 'event' | 'source';

type Row = Record<string, unknown>;
export interface Snapshot {
  row: Row;
  tags?: string[];
  links?: LinkRow[];
  /** What the event names, by kind and name (entities themselves are shared and never deleted). */
  entities?: EntityRef[];
}
export interface Change {
  entity: Entity;
  id: number;
  before: Snapshot | null;
  after: Snapshot | null;
}

/** The compact part of an entry: a batch it created, a timeline it deleted. */
export type BulkOp = { op: 'batch'; batchId: number } | { op: 'hideTimeline'; timelineId: number };

const TABLE: Record<Entity, string> = { timeline: 'timelines', lane: 'lanes', event: 'events', source: 'sources' };

/** The full stored state of one row (with an event's tags and source links); null when absent. */
export function snapshot(db: DB, entity: Entity, id: number): Snapshot | null {
  const row = stmt(db, `SELECT * FROM ${TABLE[entity]} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) return null;
  // Generated columns are not stored; they follow from the rest.
  if (entity === 'event') delete row.weight;
  if (entity !== 'event') return { row };
  const tags = (stmt(db, 'SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ? ORDER BY t.name').all(id) as { name: string }[]).map((t) => t.name);
  const links = stmt(db, 'SELECT * FROM event_sources WHERE event_id = ? ORDER BY position, rowid').all(id) as LinkRow[];
  return { row, tags, links, entities: eventEntityRefs(db, id) };
}

/** Writes a snapshot back (or deletes the row when the snapshot is null). */
export function restore(db: DB, entity: Entity, id: number, snap: Snapshot | null): void {
  const table = TABLE[entity];
  if (!snap) {
    stmt(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
    return;
  }
  upsertRow(db, table, snap.row);
  if (entity === 'event') {
    setEventTags(db, id, snap.tags ?? []);
    setEventEntities(db, id, snap.entities ?? []);
    stmt(db, 'DELETE FROM event_sources WHERE event_id = ?').run(id);
    for (const l of snap.links ?? []) insertRow(db, 'event_sources', { ...l });
  }
}

/** Equal in content: a save that only bumped updated_at is not a change worth an undo step. */
const content = (s: Snapshot | null) => (s ? JSON.stringify({ ...s, row: { ...s.row, updated_at: undefined } }) : 'null');
const same = (a: Snapshot | null, b: Snapshot | null) => content(a) === content(b);

/** What a change records as it goes: the journal's ChangeSet, or nothing (the sample timeline). */
export interface ChangeRecorder {
  touch(entity: Entity, id: number): void;
  created(entity: Entity, id: number): void;
}

/** Records nothing: for writes that must not become an undo step. */
export const NOT_JOURNALLED: ChangeRecorder = { touch() {}, created() {} };

/**
 * Collects the rows one action touches. Call `touch` before changing an existing row and
 * `created` after inserting a new one; `commit` stores the entry (inside the caller's transaction).
 */
export class ChangeSet implements ChangeRecorder {
  private readonly items = new Map<string, { entity: Entity; id: number; before: Snapshot | null }>();
  private readonly bulk: BulkOp[] = [];

  constructor(private readonly db: DB, readonly label: HistoryLabel, readonly timelineId: number | null) {}

  touch(entity: Entity, id: number): void {
    const key = `${entity}:${id}`;
    if (!this.items.has(key)) this.items.set(key, { entity, id, before: snapshot(this.db, entity, id) });
  }

  created(entity: Entity, id: number): void {
    this.items.set(`${entity}:${id}`, { entity, id, before: null });
  }

  /** The rows of this batch were created by the change: it goes live on commit. */
  batch(batchId: number): void {
    this.bulk.push({ op: 'batch', batchId });
  }

  /** The change deletes this timeline (with everything in it): it is hidden on commit. */
  hideTimeline(timelineId: number): void {
    this.bulk.push({ op: 'hideTimeline', timelineId });
  }

  /** Stores the entry; returns its id, or null when nothing actually changed. */
  commit(): number | null {
    const changes: Change[] = [];
    for (const it of this.items.values()) {
      const after = snapshot(this.db, it.entity, it.id);
      if (!same(it.before, after)) changes.push({ ...it, after });
    }
    if (!changes.length && !this.bulk.length) return null;
    dropRedo(this.db, this.timelineId);
    const id = insertRow(this.db, 'journal', {
      timeline_id: this.timelineId,
      label: formatHistoryLabel(this.label, 'en'),
      label_key: this.label.key,
      label_params: JSON.stringify(this.label.params ?? {}),
      changes: JSON.stringify(changes),
      bulk: this.bulk.length ? JSON.stringify(this.bulk) : null,
      created_at: now(),
    });
    for (const op of this.bulk) applyBulk(this.db, op, 'redo', id);
    return id;
  }
}

export interface JournalRow {
  id: number;
  timeline_id: number | null;
  label: string;
  label_key: string | null;
  label_params: string | null;
  changes: string;
  bulk: string | null;
  state: 'done' | 'undone';
  created_at: string;
}

const SCOPE = '(timeline_id IS @t OR timeline_id IS NULL OR @t IS NULL)';

/** The newest entry that can be undone in this scope (a timeline plus project-wide entries). */
export function lastDone(db: DB, timelineId: number | null): JournalRow | undefined {
  return stmt(db, `SELECT * FROM journal WHERE state = 'done' AND ${SCOPE} ORDER BY id DESC LIMIT 1`).get({ t: timelineId }) as JournalRow | undefined;
}

/** The oldest undone entry after the last done one: the next to redo. */
export function nextUndone(db: DB, timelineId: number | null): JournalRow | undefined {
  return stmt(db, `SELECT * FROM journal WHERE state = 'undone' AND ${SCOPE} ORDER BY id ASC LIMIT 1`).get({ t: timelineId }) as JournalRow | undefined;
}

/** Does (redo) or undoes one compact operation of entry `entryId`. */
function applyBulk(db: DB, op: BulkOp, direction: 'undo' | 'redo', entryId: number): void {
  if (op.op === 'batch') setBatchState(db, op.batchId, direction === 'redo' ? 'live' : 'hidden');
  else if (direction === 'redo') hideTimeline(db, op.timelineId, entryId);
  else showTimeline(db, op.timelineId);
}

const bulkOf = (r: Pick<JournalRow, 'bulk'>): BulkOp[] => (r.bulk ? JSON.parse(r.bulk) as BulkOp[] : []);

/**
 * A new change makes the undone entries in its scope unreachable for redo: they stay in the audit
 * trail, and the batches they had created (hidden by the undo) are handed to the purge.
 */
function dropRedo(db: DB, timelineId: number | null): void {
  const undone = stmt(db, `SELECT id, bulk FROM journal WHERE state = 'undone' AND bulk IS NOT NULL AND ${SCOPE}`).all({ t: timelineId }) as Pick<JournalRow, 'id' | 'bulk'>[];
  for (const r of undone) for (const op of bulkOf(r)) if (op.op === 'batch') setBatchState(db, op.batchId, 'purge');
  stmt(db, `UPDATE journal SET state = 'dropped' WHERE state = 'undone' AND ${SCOPE}`).run({ t: timelineId });
}

/** Applies one entry backwards (undo) or forwards (redo) and flips its state. */
export function applyEntry(db: DB, entry: JournalRow, direction: 'undo' | 'redo'): void {
  const changes = JSON.parse(entry.changes) as Change[];
  db.pragma('defer_foreign_keys = ON');
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) restore(db, c.entity, c.id, direction === 'undo' ? c.before : c.after);
  for (const op of bulkOf(entry)) applyBulk(db, op, direction, entry.id);
  stmt(db, 'UPDATE journal SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', entry.id);
}

/** An entry's label in a language; entries written before labels had keys keep their text. */
export function entryLabel(r: Pick<JournalRow, 'label' | 'label_key' | 'label_params'>, locale: Language): string {
  if (!r.label_key || !isHistoryLabelKey(r.label_key)) return r.label;
  return formatHistoryLabel({ key: r.label_key, params: r.label_params ? JSON.parse(r.label_params) : {} }, locale);
}

export function listJournal(db: DB, timelineId: number | null, limit: number, locale: Language = 'en'): JournalEntry[] {
  return (stmt(db, `SELECT id, timeline_id, label, label_key, label_params, state, created_at FROM journal WHERE state != 'dropped' AND ${SCOPE} ORDER BY id DESC LIMIT @limit`)
    .all({ t: timelineId, limit }) as JournalRow[]).map((r) => ({
    id: r.id,
    timelineId: r.timeline_id,
    label: entryLabel(r, locale),
    createdAt: r.created_at,
    state: r.state,
  }));
}
