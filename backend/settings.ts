import type { Settings } from '../core/api';
import { SCHEMA_VERSION, settings } from '../db';
import type { Context, Handlers } from './context';

type SettingsHandlers = Pick<Handlers, 'getSettings' | 'updateSettings' | 'appInfo'>;

export function settingsHandlers(ctx: Context): SettingsHandlers {
  const { db } = ctx;
  // A read-only project keeps the view's settings (last timeline, view windows) for this session only.
  let session: Settings | null = null;
  return {
    appInfo: () => ({ ...ctx.info, schemaVersion: SCHEMA_VERSION, readOnly: db.readonly }),
    getSettings: () => session ?? settings.readSettings(db),
    updateSettings: (patch) => {
      if (db.readonly) {
        const current = session ?? settings.readSettings(db);
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        session = { ...current, ...defined, viewWindows: { ...current.viewWindows, ...patch.viewWindows } } as Settings;
        return session;
      }
      db.transaction(() => {
        const current = settings.readSettings(db);
        const next = { ...patch, viewWindows: patch.viewWindows ? { ...current.viewWindows, ...patch.viewWindows } : undefined };
        settings.writeSettings(db, next);
      })();
      return settings.readSettings(db);
    },
  };
}
