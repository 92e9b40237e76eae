// better-sqlite3 is native: it must be built for the Node that runs tests and the CLI. After
// `electron-builder install-app-deps` it is built for Electron instead; rebuild it when so.
import { spawnSync } from 'node:child_process';

export function ensureNodeNative(root) {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  if (probe.status === 0) return;
  console.log('Rebuilding better-sqlite3 for Node (it was built for another runtime)…');
  const r = spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm rebuild better-sqlite3 failed');
}
