/**
 * Entities (people, organisations, places) and the events that name them, each with a role. An
 * entity is one row per kind and name, shared by every event (and timeline) that names it; names
 * match without regard to case, so "NATO" and "Nato" are one organisation.
 */
import type { EntityKind, EntitySummary, EventEntity } from '../core/api';
import { ENTITY_KINDS } from '../core/api';
import { stmt, type DB } from './statements';
import { liveRow } from './visible';

/** What an event names: kind, name and role (how snapshots and bundles carry it). */
export interface EntityRef {
  kind: EntityKind;
  name: string;
  role: string;
}

const KIND_ORDER = `CASE en.kind ${ENTITY_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

/** The entities of some events, each event's in kind order (people, organisations, places), then by name. */
export function loadEventEntities(db: DB, eventIds: readonly number[]): Map<number, EventEntity[]> {
  const out = new Map<number, EventEntity[]>();
  if (!eventIds.length) return out;
  const rows = stmt(db, `SELECT ee.event_id, en.id, en.kind, en.name, ee.role FROM event_entities ee JOIN entities en ON en.id = ee.entity_id
      WHERE ee.event_id IN (SELECT value FROM json_each(?)) ORDER BY ${KIND_ORDER}, en.name COLLATE NOCASE, ee.role`)
    .all(JSON.stringify(eventIds)) as (EventEntity & { event_id: number })[];
  for (const { event_id, ...e } of rows) (out.get(event_id) ?? out.set(event_id, []).get(event_id)!).push(e);
  return out;
}

/** The id of an entity by kind and name (any case), created when there is none. */
export function entityId(db: DB, kind: EntityKind, name: string): number {
  const found = stmt(db, 'SELECT id FROM entities WHERE kind = ? AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1').get(kind, name) as { id: number } | undefined;
  if (found) return found.id;
  return Number(stmt(db, 'INSERT INTO entities (kind, name) VALUES (?, ?)').run(kind, name).lastInsertRowid);
}

/** Replaces what an event names; the same entity twice in one role is kept once. */
export function setEventEntities(db: DB, eventId: number, refs: readonly EntityRef[]): void {
  stmt(db, 'DELETE FROM event_entities WHERE event_id = ?').run(eventId);
  for (const r of refs) {
    const name = r.name.replace(/\s+/g, ' ').trim();
    if (!name) continue;
    stmt(db, 'INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?)').run(eventId, entityId(db, r.kind, name), r.role.trim());
  }
}

/** What an event names, as kind/name/role (for the journal's snapshots). */
export function eventEntityRefs(db: DB, eventId: number): EntityRef[] {
  return (loadEventEntities(db, [eventId]).get(eventId) ?? []).map(({ kind, name, role }) => ({ kind, name, role }));
}

/** Gives a copied event the entities of its original. */
export function copyEventEntities(db: DB, fromEventId: number, toEventId: number): void {
  stmt(db, 'INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) SELECT ?, entity_id, role FROM event_entities WHERE event_id = ?').run(toEventId, fromEventId);
}

/** The entities that events of a timeline name, with how many events name each. */
export function listEntities(db: DB, timelineId: number): EntitySummary[] {
  return stmt(db, `SELECT en.id, en.kind, en.name, count(DISTINCT ee.event_id) AS eventCount
      FROM entities en JOIN event_entities ee ON ee.entity_id = en.id JOIN events e ON e.id = ee.event_id
      WHERE e.timeline_id = ? AND ${liveRow('e')} GROUP BY en.id ORDER BY ${KIND_ORDER}, en.name COLLATE NOCASE`).all(timelineId) as EntitySummary[];
}
