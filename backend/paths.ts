import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron calls userData for an app named "Chronik", computed without Electron so
 * the CLI and the web shell find the same database as the desktop app.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Chronik');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Chronik');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Chronik');
}

/** The project database: $CHRONIK_DB, else chronik.db in the user-data folder. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHRONIK_DB || join(userDataDir(env), 'chronik.db');
}
