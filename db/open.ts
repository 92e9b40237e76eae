import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ChronikError } from '../core/api';
import { checkSchemaVersion, migrate } from './migrate';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * The field every refusal of the database file carries: the CLI exits with 2 for it, as for any
 * other input it refuses (the database is the input that is at fault).
 */
export const DATABASE_FIELD = 'database';

const refuse = (message: string) => new ChronikError('UNSUPPORTED', message, DATABASE_FIELD);

export interface OpenOptions {
  /** Open read-only even when the file could be written (lists and exports work, changes are refused). */
  readOnly?: boolean;
}

/** What the first 100 bytes of an SQLite file say; null for a new or empty file. */
interface Header {
  pageSize: number;
  /** Pages the file should hold, when the header's count is valid; null when SQLite keeps it elsewhere. */
  pages: number | null;
  wal: boolean;
}

/** Refuses a file that exists, is not empty and is not an SQLite database, or was cut off. */
function readHeader(path: string): Header | null {
  if (path === ':memory:' || !existsSync(path)) return null;
  const st = statSync(path);
  if (st.isDirectory()) throw refuse(`${path} is a folder, not a Chronik database file`);
  if (st.size === 0) return null;
  const buf = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new ChronikError('IO', `Cannot read the database ${path}: ${reason(e)}`, DATABASE_FIELD);
  }
  try {
    readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw refuse(`${path} is not a Chronik database (not an SQLite file); it was left untouched`);
  const raw = buf.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  // The page count at offset 28 is valid when the change counter matches "version-valid-for".
  const pages = buf.readUInt32BE(24) === buf.readUInt32BE(92) ? buf.readUInt32BE(28) : null;
  if (st.size < 100 || (pages !== null && st.size < pages * pageSize)) {
    throw refuse(`${path} is damaged: it was cut off (${st.size.toLocaleString('en')} of ${(pages! * pageSize).toLocaleString('en')} bytes); it was left untouched`);
  }
  return { pageSize, pages, wal: buf[18] === 2 || buf[19] === 2 };
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file-system error as a sentence ("permission denied"), without the raw "EACCES:" prefix. */
function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const plain: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the disk is read-only', ENOSPC: 'the disk is full', ENOENT: 'no such file or folder',
  };
  if (err?.code && plain[err.code]) return plain[err.code]!;
  const msg = err?.message ?? String(e);
  return /database disk image is malformed|file is not a database/.test(msg) ? 'the file is damaged' : msg;
}

/**
 * Opens a database read-only. In a folder that cannot be written, a WAL database cannot be opened
 * in place (SQLite needs its -shm file beside it), so a copy of the file is read into memory.
 */
function openReadOnly(path: string, header: Header): Database.Database {
  if (!header.wal || writable(dirname(path))) return new Database(path, { readonly: true, fileMustExist: true });
  const image = readFileSync(path);
  image[18] = 1; // the copy is read as a rollback-journal database; the file is not touched
  image[19] = 1;
  return new Database(image, { readonly: true });
}

/**
 * Opens (or creates) a Chronik project database: WAL journal, foreign keys on, busy timeout,
 * and all pending migrations applied. The schema version is checked before anything is written,
 * so a database from a newer Chronik stays byte-identical. A file or folder that cannot be written
 * (or `readOnly`) opens read-only: `db.readonly` is then true and every change is refused.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Database.Database {
  const header = readHeader(path);
  const memory = path === ':memory:';
  const readOnly = !memory && existsSync(path) && (opts.readOnly || !writable(path) || !writable(dirname(path)));
  if (readOnly && !header) throw refuse(`${path} is empty and cannot be written, so Chronik cannot set it up; choose a file in a folder you can write to`);
  if (!memory && !readOnly) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (e) {
      throw new ChronikError('IO', `Cannot create the folder for the database ${path}: ${reason(e)}`, DATABASE_FIELD);
    }
  }
  let db: Database.Database;
  try {
    db = readOnly ? openReadOnly(path, header!) : new Database(path);
  } catch (e) {
    throw new ChronikError('IO', `Cannot open the database ${path}: ${reason(e)}`, DATABASE_FIELD);
  }
  try {
    checkSchemaVersion(db, { readOnly });
    if (!readOnly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!readOnly) {
      db.pragma('synchronous = NORMAL');
      migrate(db);
    }
  } catch (e) {
    db.close();
    if (e instanceof ChronikError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) throw refuse(`${path} is damaged (${reason(e)}); it was left untouched`);
    throw new ChronikError('IO', `Cannot open the database ${path}: ${reason(e)}`, DATABASE_FIELD);
  }
  return db;
}
