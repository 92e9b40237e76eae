import { SCHEMA_VERSION, settings } from '../db';
import type { Context, Handlers } from './context';

type SettingsHandlers = Pick<Handlers, 'getSettings' | 'updateSettings' | 'appInfo'>;

export function settingsHandlers(ctx: Context): SettingsHandlers {
  const { db } = ctx;
  return {
    appInfo: () => ({ ...ctx.info, schemaVersion: SCHEMA_VERSION }),
    getSettings: () => settings.readSettings(db),
    updateSettings: (patch) => {
      db.transaction(() => {
        const current = settings.readSettings(db);
        const next = { ...patch, viewWindows: patch.viewWindows ? { ...current.viewWindows, ...patch.viewWindows } : undefined };
        settings.writeSettings(db, next);
      })();
      return settings.readSettings(db);
    },
  };
}
