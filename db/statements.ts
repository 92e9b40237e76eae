import type Database from 'better-sqlite3';

export type DB = Database.Database;

const cache = new WeakMap<DB, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection. */
export function stmt(db: DB, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Inserts a row from an object of column values; returns the new rowid. */
export function insertRow(db: DB, table: string, row: Record<string, unknown>): number {
  const cols = Object.keys(row);
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`;
  return Number(stmt(db, sql).run(row).lastInsertRowid);
}

/** Updates the given columns of one row by id. */
export function updateRow(db: DB, table: string, id: number, cols: Record<string, unknown>): void {
  const keys = Object.keys(cols);
  if (!keys.length) return;
  const sql = `UPDATE ${table} SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`;
  stmt(db, sql).run({ ...cols, id });
}

/** Inserts or overwrites a whole row (by id) without deleting it first, so no cascade fires. */
export function upsertRow(db: DB, table: string, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  const sets = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')}) ON CONFLICT(id) DO UPDATE SET ${sets.join(', ')}`;
  stmt(db, sql).run(row);
}

export const now = (): string => new Date().toISOString();
