import sample from '../resources/sample/north-korean-troops-2024.chronik.json?raw';
import { readNativeJson } from '../core/exchange';
import { timelines, type DB } from '../db';
import { NOT_JOURNALLED } from '../db/journal';
import { importBundle } from './exchange';

/**
 * Fills an empty project with the sample timeline so a first start shows real content. It is a
 * Chronik JSON file read by the same import as any other, but not journalled: undo should never
 * make the sample vanish. Returns the new timeline's id, or null when the project already holds
 * a timeline.
 */
export function seedSampleIfEmpty(db: DB): number | null {
  return db.transaction(() => {
    if (timelines.countTimelines(db) > 0) return null;
    return importBundle(db, NOT_JOURNALLED, readNativeJson(sample)).timeline.id;
  })();
}
