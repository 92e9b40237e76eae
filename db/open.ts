import Database from 'better-sqlite3';
import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ChronikError } from '../core/api';
import { migrate } from './migrate';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Refuses a file that exists, is not empty and does not start with the SQLite header. */
function assertSqliteFile(path: string): void {
  if (path === ':memory:' || !existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) throw new ChronikError('IO', `${path} is a folder, not a Chronik database file`);
  if (st.size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    if (buf.toString('latin1') !== SQLITE_MAGIC) {
      throw new ChronikError('IO', `${path} is not a Chronik database (not an SQLite file); it was left untouched`);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (or creates) a Chronik project database: WAL journal, foreign keys on, busy timeout,
 * and all pending migrations applied.
 */
export function openDatabase(path: string): Database.Database {
  assertSqliteFile(path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (e) {
    throw new ChronikError('IO', `Cannot open the database ${path}: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (e) {
    db.close();
    if (e instanceof ChronikError) throw e;
    throw new ChronikError('IO', `Cannot open the database ${path}: ${(e as Error).message}`);
  }
  return db;
}
