// npm start: build, then the desktop app; where Electron's binary is missing, the browser shell.
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import electronBinaryModule from './electron-binary.cjs';

const { electronBinary } = electronBinaryModule;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run(process.execPath, [join(root, 'scripts', 'build.mjs')]) !== 0) process.exit(1);

const electron = electronBinary();
if (electron.path) {
  // better-sqlite3 must match Electron's ABI to load in the main process.
  if (run('npx', ['electron-builder', 'install-app-deps']) !== 0) {
    console.error('chronik: could not rebuild better-sqlite3 for Electron; starting the browser shell instead');
  } else {
    const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    process.on('SIGINT', () => child.kill('SIGINT'));
    await new Promise(() => {});
  }
} else {
  console.log(`Chronik: ${electron.reason}; starting the browser shell instead.`);
}
await import('./native-for-node.mjs').then((m) => m.ensureNodeNative(root));
const child = spawn(process.execPath, [join(root, 'bin', 'chronik.js'), 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => child.kill('SIGINT'));
