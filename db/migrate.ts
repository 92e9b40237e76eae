import type Database from 'better-sqlite3';
import { ChronikError } from '../core/api';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

/**
 * Brings a database up to the app's schema: each pending migration runs in its own transaction
 * together with the bump of `PRAGMA user_version`, so a failed step leaves the previous version
 * intact. A database written by a newer Chronik is refused, never downgraded.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = checkSchemaVersion(db, { migrations });
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export { SCHEMA_VERSION };

/**
 * Reads the schema version and refuses, before anything is written, a database this Chronik
 * cannot use: one from a newer Chronik, an SQLite file of another program, and (when it is
 * read-only) one that would need upgrading first. Returns the version.
 */
export function checkSchemaVersion(db: Database.Database, opts: { readOnly?: boolean; migrations?: readonly Migration[] } = {}): number {
  const migrations = opts.migrations ?? MIGRATIONS;
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const refuse = (message: string) => new ChronikError('UNSUPPORTED', message, 'database');
  if (current > latest) {
    throw refuse(`This database has schema version ${current}, but this Chronik only knows up to version ${latest}: it was written by a newer Chronik. Update Chronik to open it; the file was not changed.`);
  }
  if (current === 0 && (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }).n > 0) {
    throw refuse('This SQLite database belongs to another program (it has tables but no Chronik schema); it was left untouched.');
  }
  if (opts.readOnly && current < latest) {
    throw refuse(`This database is read-only and was written by an older Chronik (schema ${current}); it must be upgraded to schema ${latest} before this Chronik can show it. Copy it to a folder you can write to and open it there.`);
  }
  return current;
}
