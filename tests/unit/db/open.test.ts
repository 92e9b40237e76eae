/**
 * Issue 8, items 6 and 7: a database Chronik cannot use is refused before anything is written
 * (byte-identical afterwards), and a read-only one opens read-only.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../backend';
import { openDatabase, SCHEMA_VERSION } from '../../../db';
import { cli } from '../../helpers/cli';
import { value } from '../../helpers/backend';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'chronik-open-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A Chronik database with enough data to span many pages, closed cleanly. */
function chronikDb(name: string): string {
  const path = join(dir, name);
  const b = createBackend({ dbPath: path, shell: 'test' });
  b.seedSampleIfEmpty();
  b.db.prepare('INSERT INTO sources (url, title, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('https://example.org/a', 'Long', 'x'.repeat(200_000), 'x', 'x');
  b.close();
  return path;
}

/** A database from a newer Chronik, written the way SQLite writes any file (rollback journal). */
function newerDb(): string {
  const path = join(dir, 'newer.chronik');
  const raw = new Database(path);
  raw.exec('CREATE TABLE timelines (id INTEGER PRIMARY KEY, title TEXT)');
  raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
  raw.close();
  return path;
}

describe('refused databases', () => {
  it('leaves a database from a newer Chronik byte-identical (no switch to WAL before the version check)', () => {
    const path = newerDb();
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(/written by a newer Chronik\. Update Chronik to open it; the file was not changed\./);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses an SQLite file of another program and leaves it untouched', () => {
    const path = join(dir, 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(/belongs to another program/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a truncated database, saying it was cut off', () => {
    const path = chronikDb('cut.chronik');
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expect(() => openDatabase(path)).toThrow(/is damaged: it was cut off \([\d,]+ of [\d,]+ bytes\); it was left untouched$/);
  });

  it('refuses a database whose pages are garbage, saying it is damaged', () => {
    const path = chronikDb('corrupt.chronik');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(2000, 0x5a), 0, 2000, 100); // page 1 after the header: the schema
    closeSync(fd);
    const r = (() => {
      try {
        const db = openDatabase(path);
        db.prepare('SELECT count(*) FROM events').get();
        db.close();
        return null;
      } catch (e) {
        return e as Error & { code: string; field?: string };
      }
    })();
    expect(r?.message).toMatch(/damaged/);
    expect(r).toMatchObject({ field: 'database' });
  });

  it.each([
    ['not SQLite', () => { const p = join(dir, 'notes.txt'); writeFileSync(p, 'My notes, not a database.\n'); return p; }, /is not a Chronik database \(not an SQLite file\)/],
    ['cut off', () => { const p = chronikDb('cut.chronik'); truncateSync(p, 5000); return p; }, /is damaged: it was cut off/],
    ['from a newer Chronik', newerDb, /written by a newer Chronik/],
  ])('makes the CLI exit with 2 and one line for a database that is %s', async (_what, make, message) => {
    const r = await cli('--db', make(), 'timelines', 'list');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
  });
});

describe('read-only databases', () => {
  it('lists and exports a project opened read-only, refuses every change with a sentence, and leaves the file byte-identical', async () => {
    const path = chronikDb('ro.chronik');
    const before = sha(path);
    const b = createBackend({ dbPath: path, shell: 'test', readOnly: true });
    try {
      expect(value(await b.api.appInfo()).readOnly).toBe(true);
      const [tl] = value(await b.api.listTimelines());
      expect(value(await b.api.listEvents({ timelineId: tl!.id })).length).toBe(11);
      expect(value(await b.api.exportTimeline({ timelineId: tl!.id, format: 'csv' })).content).toContain('event_date');
      const refused = { ok: false, code: 'FORBIDDEN', field: 'database', message: expect.stringMatching(/^This project is open read-only \(its file or folder cannot be written\): you can read and export it, but not change it\./) };
      expect(await b.api.createTimeline({ title: 'New' })).toEqual(refused);
      expect(await b.api.updateTimeline({ id: tl!.id, title: 'Renamed' })).toEqual(refused);
      expect(await b.api.importData({ format: 'json', content: value(await b.api.exportTimeline({ timelineId: tl!.id, format: 'json' })).content })).toEqual(refused);
      expect(await b.api.undo({ timelineId: tl!.id })).toMatchObject({ ok: false });
      // The view's settings are kept for the session, not written.
      expect(value(await b.api.updateSettings({ lastTimelineId: tl!.id, colorBy: 'confidence' }))).toMatchObject({ lastTimelineId: tl!.id, colorBy: 'confidence' });
      expect(value(await b.api.getSettings()).colorBy).toBe('confidence');
      expect(b.seedSampleIfEmpty()).toBeNull();
    } finally {
      b.close();
    }
    expect(sha(path)).toBe(before);
  });

  it('refuses an empty or outdated database that it could only open read-only, saying why', () => {
    const empty = join(dir, 'empty.chronik');
    writeFileSync(empty, '');
    expect(() => openDatabase(empty, { readOnly: true })).toThrow(/is empty and cannot be written/);
    const old = join(dir, 'old.chronik');
    const raw = new Database(old);
    raw.exec('CREATE TABLE timelines (id INTEGER PRIMARY KEY)');
    raw.pragma('user_version = 1');
    raw.close();
    if (SCHEMA_VERSION > 1) expect(() => openDatabase(old, { readOnly: true })).toThrow(/read-only and was written by an older Chronik \(schema 1\)/);
  });

  it('says the CLI is read-only instead of showing a raw error', async () => {
    const path = chronikDb('cli-ro.chronik');
    const list = await cli('--db', path, '--read-only', 'events', 'list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toHaveLength(11);
    const add = await cli('--db', path, '--read-only', 'events', 'add', '--title', 'X', '--start', '2024-10-21');
    expect(add.code).toBe(1);
    expect(add.err).toMatch(/^chronik: This project is open read-only/);
    expect(add.err).not.toMatch(/EACCES|SQLITE/);
  });
});
