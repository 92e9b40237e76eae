/**
 * Bulk writes. A bulk change (a data import, a duplicated timeline, an article batch) writes its
 * rows under a batch id with the per-row triggers switched off, then brings the full-text index
 * and the density counts up to date with one set-based statement per chunk (a data import adds
 * its counts up in memory and writes them at its end: DensityCounts). Undo and redo flip
 * the batch's state (db/journal.ts); rows of a batch nobody can bring back are purged here in
 * small steps, so no single transaction holds the database for long.
 */
import { stmt, type DB } from './statements';
import { liveRow } from './visible';

export type BatchState = 'pending' | 'live' | 'hidden' | 'purge';

/** The bucket widths of the density levels 1–5 (minutes): 8, 64, 512, 4096 and 32768 days. */
export const DENSITY_LEVELS = [1, 2, 3, 4, 5].map((level) => ({ level, width: 1440 * 8 ** level }));
const LEVELS_SQL = DENSITY_LEVELS.map((l, i) => (i ? `SELECT ${l.level}, ${l.width}` : `SELECT ${l.level} AS level, ${l.width} AS width`)).join(' UNION ALL ');
/** floor(key / width) in SQL (integer division truncates towards zero; deep-time keys are negative). */
export const bucketSql = (key: string, width: string) => `(CASE WHEN ${key} >= 0 THEN ${key} / ${width} ELSE -((${width} - 1 - ${key}) / ${width}) END)`;

export function createBatch(db: DB, state: BatchState = 'pending'): number {
  return Number(stmt(db, 'INSERT INTO batches (state, created_at) VALUES (?, ?)').run(state, new Date().toISOString()).lastInsertRowid);
}

export function setBatchState(db: DB, id: number, state: BatchState): void {
  stmt(db, 'UPDATE batches SET state = ? WHERE id = ?').run(state, id);
}

export function batchState(db: DB, id: number): BatchState | undefined {
  return (stmt(db, 'SELECT state FROM batches WHERE id = ?').get(id) as { state: BatchState } | undefined)?.state;
}

const depth = new WeakMap<DB, number>();

/** Runs `fn` (inside the caller's transaction) with the per-row index and count triggers off. */
export function withoutTriggers<T>(db: DB, fn: () => T): T {
  const d = depth.get(db) ?? 0;
  if (d === 0) stmt(db, 'INSERT OR IGNORE INTO bulk_writes (id) VALUES (1)').run();
  depth.set(db, d + 1);
  try {
    return fn();
  } finally {
    depth.set(db, d);
    if (d === 0) stmt(db, 'DELETE FROM bulk_writes').run();
  }
}

/**
 * After events with ids in [fromId, toId] were inserted with the triggers off: their full-text
 * entries (title, description, quotes) and, unless the caller adds them up itself (DensityCounts),
 * their density counts, each in one statement.
 */
export function indexInserted(db: DB, fromId: number, toId: number, density = true): void {
  if (toId < fromId) return;
  stmt(db, `INSERT INTO events_fts (rowid, title, description, quotes)
    SELECT e.id, e.title, e.description, coalesce((SELECT group_concat(quote, ' ') FROM event_sources WHERE event_id = e.id), '')
    FROM events e WHERE e.id BETWEEN ? AND ?`).run(fromId, toId);
  if (density) stmt(db, `INSERT INTO event_density (timeline_id, batch_id, level, bucket, lane_id, kind, confidence, n)
    SELECT e.timeline_id, coalesce(e.batch_id, 0), l.level, ${bucketSql('e.start_key', 'l.width')} AS b, coalesce(e.lane_id, 0), e.kind, e.confidence, count(*)
    FROM events e, (${LEVELS_SQL}) l WHERE e.id BETWEEN ? AND ?
    GROUP BY e.timeline_id, coalesce(e.batch_id, 0), l.level, b, coalesce(e.lane_id, 0), e.kind, e.confidence
    ON CONFLICT DO UPDATE SET n = n + excluded.n`).run(fromId, toId);
}

/** floor(key / width) for integer keys as SQL's bucketSql computes it, checked by multiplying back (exact below 2^53). */
function bucketOf(key: number, width: number): number {
  let q = Math.floor(key / width);
  if (q * width > key) q--;
  else if ((q + 1) * width <= key) q++;
  return q;
}

/** Rows per statement of the bulk writers (positional parameters: one statement per size, cached). */
const ROWS_PER_INSERT = 32;
/** A multi-row INSERT of `n` rows into `table`'s `columns`, with an optional upsert clause. */
function insertRows(verb: 'INSERT' | 'INSERT OR IGNORE', table: string, columns: readonly string[], n: number, suffix = ''): string {
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `${verb} INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: n }, () => row).join(', ')} ${suffix}`.trimEnd();
}

const FINEST = DENSITY_LEVELS[0]!.width;
const COUNT_COLUMNS = ['timeline_id', 'batch_id', 'level', 'bucket', 'lane_id', 'kind', 'confidence', 'n'] as const;
const insertCounts = (n: number) => insertRows('INSERT', 'event_density', COUNT_COLUMNS, n, 'ON CONFLICT DO UPDATE SET n = n + excluded.n');

type CountedRow = Pick<BulkEventRow, 'timeline_id' | 'batch_id' | 'lane_id' | 'kind' | 'confidence'> & { start_key: number };

/**
 * The density counts of the rows a long bulk change writes, added up in memory and written once at
 * its end (`write`, in its last transaction) instead of per piece: each piece of a large import
 * updated most count rows of the timeline again (a million-row import took a quarter longer).
 * Only the finest level is kept while rows arrive, per group (timeline, batch, lane, kind and
 * confidence: a few hundred) a map from bucket to count; the coarser levels are sums of it (each
 * level's buckets are 8 of the one below). Memory: some tens of thousands of numbers for ten years
 * of data; the writer writes them early past a bound.
 */
export class DensityCounts {
  private readonly groups = new Map<string, { row: CountedRow; buckets: Map<number, number> }>();
  private held = 0;

  /** How many counts are held (one per finest bucket and group). */
  get size(): number {
    return this.held;
  }

  add(row: CountedRow): void {
    const key = `${row.timeline_id}\u0001${row.batch_id ?? 0}\u0001${row.lane_id ?? 0}\u0001${row.kind}\u0001${row.confidence}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { row: { timeline_id: row.timeline_id, batch_id: row.batch_id, lane_id: row.lane_id, kind: row.kind, confidence: row.confidence, start_key: 0 }, buckets: new Map() }));
    const b = bucketOf(row.start_key, FINEST);
    const n = g.buckets.get(b);
    if (n === undefined) this.held++;
    g.buckets.set(b, (n ?? 0) + 1);
  }

  /** Adds the counts to the table (inside the caller's transaction) and forgets them. */
  write(db: DB): void {
    let part: (string | number | null)[][] = [];
    const flush = () => {
      if (part.length) stmt(db, insertCounts(part.length)).run(part.flat());
      part = [];
    };
    for (const { row, buckets } of this.groups.values()) {
      for (const { level } of DENSITY_LEVELS) {
        const step = 8 ** (level - 1);
        const sums = level === 1 ? buckets : new Map<number, number>();
        if (level > 1) {
          for (const [b, n] of buckets) {
            const up = Math.floor(b / step);
            sums.set(up, (sums.get(up) ?? 0) + n);
          }
        }
        for (const [b, n] of sums) {
          part.push([row.timeline_id, row.batch_id ?? 0, level, b, row.lane_id ?? 0, row.kind, row.confidence, n]);
          if (part.length === ROWS_PER_INSERT) flush();
        }
      }
    }
    flush();
    this.groups.clear();
    this.held = 0;
  }
}

/** The id the next inserted event gets (events use plain rowids: max + 1). */
export function nextEventId(db: DB): number {
  return (stmt(db, 'SELECT coalesce(max(id), 0) + 1 AS id FROM events').get() as { id: number }).id;
}

/** Batches waiting to be purged: imports cancelled or interrupted, undone bulk changes whose redo was dropped. */
export function batchesToPurge(db: DB): number[] {
  return (stmt(db, `SELECT id FROM batches WHERE state = 'purge' ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
}

/** At start: an import that was running when the app stopped is dropped (it was never committed). */
export function abandonPending(db: DB): void {
  stmt(db, `UPDATE batches SET state = 'purge' WHERE state = 'pending'`).run();
}

/**
 * Deletes up to `limit` events of one purged batch in one transaction (their index rows set-based),
 * and the batch's other rows once its events are gone. Returns true when the batch is gone.
 */
export function purgeStep(db: DB, batchId: number, limit = 5000): boolean {
  return db.transaction(() => withoutTriggers(db, () => {
    const ids = (stmt(db, 'SELECT id FROM events WHERE batch_id = ? LIMIT ?').all(batchId, limit) as { id: number }[]).map((r) => r.id);
    if (ids.length) {
      const list = JSON.stringify(ids);
      stmt(db, 'DELETE FROM events_fts WHERE rowid IN (SELECT value FROM json_each(?))').run(list);
      stmt(db, 'DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))').run(list);
      if (ids.length === limit) return false;
    }
    stmt(db, 'DELETE FROM event_density WHERE batch_id = ?').run(batchId);
    stmt(db, 'DELETE FROM sources WHERE batch_id = ?').run(batchId);
    stmt(db, 'DELETE FROM lanes WHERE batch_id = ?').run(batchId);
    // A timeline of the batch can only hold events of the batch (it was never visible otherwise).
    stmt(db, 'DELETE FROM events_fts WHERE rowid IN (SELECT e.id FROM events e JOIN timelines t ON t.id = e.timeline_id WHERE t.batch_id = ?)').run(batchId);
    stmt(db, 'DELETE FROM event_density WHERE timeline_id IN (SELECT id FROM timelines WHERE batch_id = ?)').run(batchId);
    stmt(db, 'DELETE FROM timelines WHERE batch_id = ?').run(batchId);
    stmt(db, 'DELETE FROM batches WHERE id = ?').run(batchId);
    return true;
  }))();
}

/** The columns of an event row written by a bulk change (see rows.ts for the mappings). */
export interface BulkEventRow {
  timeline_id: number;
  title: string;
  description: string;
  kind: string;
  confidence: string;
  color: string | null;
  lane_id: number | null;
  location_name: string | null;
  location_lat: number | null;
  location_lon: number | null;
  created_at: string;
  updated_at: string;
  batch_id: number | null;
  source_count: number;
  [dateColumn: string]: string | number | null;
}

const EVENT_COLUMNS = [
  'timeline_id', 'title', 'description', 'kind', 'confidence', 'color', 'lane_id', 'location_name', 'location_lat', 'location_lon',
  'start_value', 'start_precision', 'start_approximate', 'start_uncertain', 'start_original',
  'end_value', 'end_precision', 'end_approximate', 'end_uncertain', 'end_original', 'start_key', 'end_key',
  'created_at', 'updated_at', 'batch_id', 'source_count',
];
const insertEvents = (n: number) => insertRows('INSERT', 'events', EVENT_COLUMNS, n);

/**
 * Inserts event rows of a bulk change (triggers off: call indexInserted for the range after);
 * returns their ids, in order. Several rows per statement with positional parameters: this runs a
 * million times in a large import.
 */
export function insertEventRows(db: DB, rows: readonly BulkEventRow[]): number[] {
  const ids: number[] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const part = rows.slice(at, at + ROWS_PER_INSERT);
    const values: unknown[] = [];
    for (const row of part) for (const c of EVENT_COLUMNS) values.push(row[c]);
    const last = Number(stmt(db, insertEvents(part.length)).run(values).lastInsertRowid);
    // A multi-row insert numbers its rows consecutively (plain rowids, one writer).
    for (let i = part.length - 1; i >= 0; i--) ids.push(last - i);
  }
  return ids;
}

export interface BulkLinkRow { event_id: number; source_id: number; quote: string; quote_start: number | null; quote_end: number | null; date_phrase: string; stance: string; position: number }
const LINK_COLUMNS = ['event_id', 'source_id', 'quote', 'quote_start', 'quote_end', 'date_phrase', 'stance', 'position'] as const;
const insertLinks = (n: number) => insertRows('INSERT OR IGNORE', 'event_sources', LINK_COLUMNS, n);

/** Inserts citations of a bulk change (no quote re-collection: indexInserted reads the quotes). */
export function insertLinkRows(db: DB, rows: readonly BulkLinkRow[]): void {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const part = rows.slice(at, at + ROWS_PER_INSERT);
    const values: unknown[] = [];
    for (const row of part) for (const c of LINK_COLUMNS) values.push(row[c]);
    stmt(db, insertLinks(part.length)).run(values);
  }
}

/** The id of a tag by name (case-insensitive), created when new. */
export function tagId(db: DB, name: string): number {
  stmt(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
  return (stmt(db, 'SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
}

export function insertEventTag(db: DB, eventId: number, tag: number): void {
  stmt(db, 'INSERT OR IGNORE INTO event_tags (event_id, tag_id) VALUES (?, ?)').run(eventId, tag);
}

export function insertEventEntity(db: DB, eventId: number, entityId: number, role: string): void {
  stmt(db, 'INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?)').run(eventId, entityId, role);
}

/**
 * A larger page cache than SQLite's 2 MB default: the indexes of a million-event timeline are
 * updated at random places during an import. 32 MB: twice that made a million-row import no
 * faster and cost its memory (reads go through the memory map, see mapForReading).
 */
export function tuneForScale(db: DB): void {
  db.pragma('cache_size = -32768');
  // Sorts and groupings (an import's density counts, per piece) in memory rather than in temp files:
  // an import of 200,000 rows 12 % faster.
  db.pragma('temp_store = MEMORY');
  // The write-ahead log of a large import grows to a few hundred MB; cut it back once it has been copied.
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  mapForReading(db, true);
}

/** How much of the file is read through a memory map: cold reads of scattered pages (a search at a million events) then cost no system call each. */
const READ_MAP_BYTES = 1 << 30;

/**
 * Reads through the memory map, or not while a large import writes: every page it changes would be
 * copied out of the map first (a fifth slower at 200,000 rows).
 */
export function mapForReading(db: DB, on: boolean): void {
  db.pragma(`mmap_size = ${on ? READ_MAP_BYTES : 0}`);
}

/** SQLite's default: a commit that leaves more than this many pages in the write-ahead log copies them into the database file. */
const CHECKPOINT_PAGES = 1000;
/**
 * While an import writes: up to about 200 MB of log between copies. Each piece of a large import
 * changes most pages of the time indexes again, so a copy after every piece wrote them into the
 * file some 45 times at a million rows; a copy after several pieces writes each page once for all
 * of them (committing the pieces of a million-row import took 11–12 s instead of 15–18 s).
 * The log file is cut back afterwards (tuneForScale).
 */
const IMPORT_CHECKPOINT_PAGES = 50_000;

/**
 * Switches the connection into (true) or out of the settings for a running import: no memory
 * map (mapForReading), rarer checkpoints. Every import that starts must switch back when it ends,
 * however it ends. Switching back copies the log into the file at once: the import's end is a
 * moment the user waits anyway, whereas the next commit (a rename, a moved event) would otherwise
 * copy up to 200 MB and stall for seconds.
 */
export function importWriting(db: DB, on: boolean): void {
  mapForReading(db, !on);
  db.pragma(`wal_autocheckpoint = ${on ? IMPORT_CHECKPOINT_PAGES : CHECKPOINT_PAGES}`);
  if (!on) db.pragma('wal_checkpoint(PASSIVE)');
}

const COPIED = EVENT_COLUMNS.filter((c) => !['timeline_id', 'lane_id', 'created_at', 'updated_at', 'batch_id'].includes(c));

/**
 * Copies the visible events of a timeline (with tags, citations and entities) into another, set-based: lanes
 * mapped through `laneMap` (old id → new id), rows under `batchId`. Returns how many were copied.
 */
export function copyEvents(db: DB, from: number, to: number, laneMap: ReadonlyMap<number, number>, batchId: number | null, at: string): number {
  return withoutTriggers(db, () => {
    const base = nextEventId(db) - 1;
    const p = { from, to, base, at, batch: batchId, lanes: JSON.stringify(Object.fromEntries(laneMap)) };
    // The copies get ids base+1… in the order of the originals' ids, so tags and citations follow by rank.
    const ranked = `SELECT e.id, row_number() OVER (ORDER BY e.id) AS rn FROM events e WHERE e.timeline_id = @from AND ${liveRow('e')}`;
    const n = stmt(db, `INSERT INTO events (id, timeline_id, lane_id, created_at, updated_at, batch_id, ${COPIED.join(', ')})
      SELECT @base + r.rn, @to, (SELECT value FROM json_each(@lanes) WHERE key = CAST(e.lane_id AS TEXT)), @at, @at, @batch, ${COPIED.map((c) => 'e.' + c).join(', ')}
      FROM (${ranked}) r JOIN events e ON e.id = r.id ORDER BY r.rn`).run(p).changes;
    stmt(db, `INSERT INTO event_tags (event_id, tag_id) SELECT @base + r.rn, et.tag_id FROM (${ranked}) r JOIN event_tags et ON et.event_id = r.id`).run(p);
    stmt(db, `INSERT INTO event_sources (event_id, source_id, quote, quote_start, quote_end, date_phrase, stance, position)
      SELECT @base + r.rn, es.source_id, es.quote, es.quote_start, es.quote_end, es.date_phrase, es.stance, es.position
      FROM (${ranked}) r JOIN event_sources es ON es.event_id = r.id`).run(p);
    stmt(db, `INSERT INTO event_entities (event_id, entity_id, role) SELECT @base + r.rn, ee.entity_id, ee.role
      FROM (${ranked}) r JOIN event_entities ee ON ee.event_id = r.id`).run(p);
    indexInserted(db, base + 1, base + n);
    return n;
  });
}
