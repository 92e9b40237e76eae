import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, SCHEMA_VERSION } from '../../../db';
import { MIGRATIONS } from '../../../db/migrations';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'chronik-db-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0001 (init)', () => {
  it('creates the whole data model and sets the schema version', () => {
    const db = openDatabase(join(dir, 'a.db'));
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['timelines', 'lanes', 'events', 'sources', 'event_sources', 'tags', 'event_tags', 'entities', 'event_entities', 'journal', 'settings', 'events_fts']) {
      expect(tables).toContain(t);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps data when the database is opened again (nothing is re-run)', () => {
    const path = join(dir, 'b.db');
    const db = openDatabase(path);
    db.prepare("INSERT INTO timelines (title, created_at, updated_at) VALUES ('Kept', 'x', 'x')").run();
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT title FROM timelines').all()).toEqual([{ title: 'Kept' }]);
    again.close();
  });

  it('refuses an event whose end lies before its start at the database level too', () => {
    const db = openDatabase(join(dir, 'c.db'));
    db.prepare("INSERT INTO timelines (id, title, created_at, updated_at) VALUES (1, 'T', 'x', 'x')").run();
    expect(() => db.prepare(`INSERT INTO events (timeline_id, title, start_value, start_precision, start_key, end_key, created_at, updated_at)
      VALUES (1, 'bad', '2024', 'year', 100, 50, 'x', 'x')`).run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('the migration runner', () => {
  it('refuses a database newer than the app and leaves it untouched', () => {
    const path = join(dir, 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/written by a newer Chronik/);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it('rolls back a failing step and keeps the previous version', () => {
    const db = new Database(':memory:');
    const steps = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE extra (x); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, steps)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file that is not an SQLite database with a clear message', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'These are my notes, not a database.\n');
    expect(() => openDatabase(path)).toThrow(/is not a Chronik database \(not an SQLite file\)/);
  });
});

describe('migration 0002 (journal label keys)', () => {
  it('adds label keys to the journal and keeps entries written before it readable', () => {
    const path = join(dir, 'v1.db');
    const v1 = new Database(path);
    migrate(v1, MIGRATIONS.slice(0, 1));
    v1.prepare("INSERT INTO journal (timeline_id, label, changes, created_at) VALUES (NULL, 'Edit event “Old”', '[]', 'x')").run();
    v1.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const cols = (db.prepare('PRAGMA table_info(journal)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['label_key', 'label_params']));
    expect(db.prepare('SELECT label, label_key FROM journal').get()).toEqual({ label: 'Edit event “Old”', label_key: null });
    db.close();
  });
});

describe('migration 0003 (full-text index by triggers)', () => {
  const addEvent = (db: Database.Database, title: string, timelineId = 1) => Number(db.prepare(`INSERT INTO events (timeline_id, title, start_value, start_precision, start_key, end_key, created_at, updated_at)
    VALUES (?, ?, '2024', 'year', 0, 1, 'x', 'x')`).run(timelineId, title).lastInsertRowid);
  const fts = (db: Database.Database, q: string) => (db.prepare('SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((r) => r.rowid);

  it('drops index rows that an earlier cascade delete left behind', () => {
    const path = join(dir, 'v2.db');
    const v2 = new Database(path);
    migrate(v2, MIGRATIONS.slice(0, 2));
    v2.prepare("INSERT INTO timelines (id, title, created_at, updated_at) VALUES (1, 'T', 'x', 'x')").run();
    const kept = addEvent(v2, 'Kept harbour');
    v2.prepare("INSERT INTO events_fts (rowid, title, description, quotes) VALUES (?, 'Kept harbour', '', ''), (999, 'Ghost harbour', '', '')").run(kept);
    v2.close();
    const db = openDatabase(path);
    expect(fts(db, 'harbour')).toEqual([kept]);
    db.close();
  });

  it('keeps titles, descriptions and quotes searchable through inserts, edits and deletes', () => {
    const db = openDatabase(join(dir, 'fts.db'));
    db.prepare("INSERT INTO timelines (id, title, created_at, updated_at) VALUES (1, 'T', 'x', 'x'), (2, 'U', 'x', 'x')").run();
    const a = addEvent(db, 'Convoy at the bridge');
    const b = addEvent(db, 'Talks in Geneva', 2);
    db.prepare("INSERT INTO sources (id, title, created_at, updated_at) VALUES (1, 'S', 'x', 'x')").run();
    db.prepare("INSERT INTO event_sources (event_id, source_id, quote) VALUES (?, 1, 'trucks seen crossing')").run(a);
    expect(fts(db, 'trucks')).toEqual([a]);
    db.prepare("UPDATE event_sources SET quote = 'lorries seen' WHERE event_id = ?").run(a);
    expect(fts(db, 'trucks')).toEqual([]);
    expect(fts(db, 'lorries')).toEqual([a]);
    db.prepare("UPDATE events SET title = 'Convoy at the dam' WHERE id = ?").run(a);
    expect(fts(db, 'bridge')).toEqual([]);
    expect(fts(db, 'dam')).toEqual([a]);
    db.prepare('DELETE FROM event_sources WHERE event_id = ?').run(a);
    expect(fts(db, 'lorries')).toEqual([]);
    // A timeline's cascade delete takes its events' index rows with it.
    db.prepare('DELETE FROM timelines WHERE id = 2').run();
    expect(fts(db, 'Geneva')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM events_fts').get()).toEqual({ n: 1 });
    expect(b).toBeGreaterThan(0);
    db.close();
  });
});

describe('migration 0004 (entities by entity)', () => {
  it('indexes the events of an entity, so the entity filter and its counts need no table scan', () => {
    const db = openDatabase(join(dir, 'v4.db'));
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT event_id FROM event_entities WHERE entity_id = 7').all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan).toMatch(/USING (COVERING )?INDEX event_entities_entity/);
    db.close();
  });
});

describe('migration 0006 (search index, citations that move)', () => {
  const addEvent = (db: Database.Database, title: string) => Number(db.prepare(`INSERT INTO events (timeline_id, title, start_value, start_precision, start_key, end_key, created_at, updated_at)
    VALUES (1, ?, '2024', 'year', 0, 1, 'x', 'x')`).run(title).lastInsertRowid);
  const fts = (db: Database.Database, q: string) => (db.prepare('SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((r) => r.rowid);

  it('re-indexes both events when a citation moves from one to the other', () => {
    const db = openDatabase(join(dir, 'v6.db'));
    db.prepare("INSERT INTO timelines (id, title, created_at, updated_at) VALUES (1, 'T', 'x', 'x')").run();
    db.prepare("INSERT INTO sources (id, title, created_at, updated_at) VALUES (1, 'S', 'x', 'x'), (2, 'R', 'x', 'x')").run();
    const a = addEvent(db, 'Convoy');
    const b = addEvent(db, 'Talks');
    db.prepare("INSERT INTO event_sources (event_id, source_id, quote) VALUES (?, 1, 'trucks seen crossing'), (?, 2, 'delegates arrived')").run(a, b);
    db.prepare('UPDATE event_sources SET event_id = ? WHERE source_id = 1').run(b);
    // The quote now belongs to b alone; a keeps nothing of it, b keeps its own quote too.
    expect(fts(db, 'trucks')).toEqual([b]);
    expect(fts(db, 'delegates')).toEqual([b]);
    expect(db.prepare('SELECT id, source_count AS n FROM events ORDER BY id').all()).toEqual([{ id: a, n: 0 }, { id: b, n: 2 }]);
    db.close();
  });

  it('finds search hits through the narrow id index instead of the event rows', () => {
    const db = openDatabase(join(dir, 'v6-plan.db'));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM events_fts JOIN events e INDEXED BY events_hit ON e.id = events_fts.rowid
      WHERE events_fts MATCH 'x' AND e.timeline_id = 1`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan).toMatch(/COVERING INDEX events_hit/);
    db.close();
  });
});
