import type Database from 'better-sqlite3';
import { ChronikError } from '../core/api';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

/**
 * Brings a database up to the app's schema: each pending migration runs in its own transaction
 * together with the bump of `PRAGMA user_version`, so a failed step leaves the previous version
 * intact. A database written by a newer Chronik is refused, never downgraded.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new ChronikError(
      'UNSUPPORTED',
      `This database has schema version ${current}, but this Chronik only knows up to version ${latest}: it was written by a newer Chronik. Update Chronik to open it; the file was not changed.`,
    );
  }
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
