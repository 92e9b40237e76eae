import type { Settings } from '../core/api';
import { stmt, type DB } from './statements';

export const DEFAULT_SETTINGS: Settings = { lastTimelineId: null, viewWindows: {}, language: null, colorBy: 'kind' };

/** Settings live in the project database, so they travel with it and survive a restart. */
export function readSettings(db: DB): Settings {
  const rows = stmt(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const s: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    if (r.key in DEFAULT_SETTINGS) {
      try {
        s[r.key] = JSON.parse(r.value);
      } catch {
        // a hand-edited value that is not JSON falls back to the default
      }
    }
  }
  return s as unknown as Settings;
}

export function writeSettings(db: DB, patch: Partial<Settings>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || !(key in DEFAULT_SETTINGS)) continue;
    stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  }
}
