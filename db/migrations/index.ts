/** The numbered migrations, in order; each runs in one transaction that also bumps user_version. */
import m0001 from './0001_init.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'init', sql: m0001 }];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
