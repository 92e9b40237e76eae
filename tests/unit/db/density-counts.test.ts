import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { bucketSql, DENSITY_LEVELS, DensityCounts } from '../../../db/bulk';

describe('density counts added up in memory', () => {
  it('puts every start in the bucket SQL puts it in, at every level, around zero and in deep time', () => {
    const db = openDatabase(':memory:');
    const width = DENSITY_LEVELS[0]!.width;
    // Keys at and one beside a bucket's ends, near zero and far in the past and future.
    const far = 600_000_000_000;
    const keys = [0, -1, 1, width - 1, width, -width, -width - 1, far * width + width - 1, -far * width - 1, -far * width, 7_257_600_000_000_000, -7_257_600_000_000_001];
    const counts = new DensityCounts();
    keys.forEach((k, i) => counts.add({ timeline_id: 1, batch_id: null, lane_id: i % 2 ? 7 : null, kind: 'attack', confidence: 'reported', start_key: k }));
    db.exec(`CREATE TEMP TABLE k (key INTEGER, lane INTEGER)`);
    keys.forEach((k, i) => db.prepare('INSERT INTO k VALUES (?, ?)').run(BigInt(k), i % 2 ? 7 : 0));
    counts.write(db);
    const stored = db.prepare(`SELECT level, bucket, lane_id, n FROM event_density ORDER BY level, bucket, lane_id`).safeIntegers().all();
    const expected = db.prepare(`SELECT l.level, ${bucketSql('k.key', 'l.width')} AS bucket, k.lane AS lane_id, count(*) AS n
      FROM k, (${DENSITY_LEVELS.map((l) => `SELECT ${l.level} AS level, ${l.width} AS width`).join(' UNION ALL ')}) l
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).safeIntegers().all();
    expect(stored).toEqual(expected);
    expect(stored.length).toBeGreaterThan(DENSITY_LEVELS.length * 4);
  });

  it('adds to counts already there and forgets what it wrote', () => {
    const db = openDatabase(':memory:');
    const counts = new DensityCounts();
    const row = { timeline_id: 1, batch_id: 3, lane_id: 2, kind: 'statement', confidence: 'confirmed', start_key: 28_000_000 };
    counts.add(row);
    counts.add(row);
    counts.write(db);
    counts.add(row);
    counts.write(db);
    counts.write(db);
    const n = db.prepare('SELECT level, n FROM event_density WHERE batch_id = 3 ORDER BY level').all();
    expect(n).toEqual(DENSITY_LEVELS.map((l) => ({ level: l.level, n: 3 })));
  });
});
