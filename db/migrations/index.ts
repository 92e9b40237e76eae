/** The numbered migrations, in order; each runs in one transaction that also bumps user_version. */
import m0001 from './0001_init.sql?raw';
import m0002 from './0002_journal_label_key.sql?raw';
import m0003 from './0003_fts_triggers.sql?raw';
import m0004 from './0004_event_entities_index.sql?raw';
import m0005 from './0005_scale.sql?raw';
import m0006 from './0006_search_index.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: m0001 },
  { version: 2, name: 'journal_label_key', sql: m0002 },
  { version: 3, name: 'fts_triggers', sql: m0003 },
  { version: 4, name: 'event_entities_index', sql: m0004 },
  { version: 5, name: 'scale', sql: m0005 },
  { version: 6, name: 'search_index', sql: m0006 },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
