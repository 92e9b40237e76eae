import sample from '../resources/sample/north-korean-troops-2024.chronik.json?raw';
import { NativeJsonStreamReader } from '../core/exchange';
import { timelines, type DB } from '../db';
import { BundleWriter } from './bundle-writer';

/**
 * Fills an empty project with the sample timeline so a first start shows real content. It is a
 * Chronik JSON file read and written by the same import as any other, but not journalled (and in
 * no batch): undo should never make the sample vanish. Returns the new timeline's id, or null when
 * the project already holds a timeline.
 */
export function seedSampleIfEmpty(db: DB): number | null {
  return db.transaction(() => {
    if (timelines.countTimelines(db) > 0) return null;
    const reader = new NativeJsonStreamReader();
    const writer = new BundleWriter(db, { batchId: null });
    writer.write(reader.push(sample));
    writer.write(reader.end());
    writer.end();
    return writer.timelineId;
  })();
}
