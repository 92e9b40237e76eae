// Runs a TypeScript script the way the app is built (esbuild, with the ?raw loader for the
// migrations): `node scripts/run-ts.mjs scripts/bench.ts [args…]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const outfile = join(root, '.tmp', 'run', basename(entry).replace(/\.ts$/, '.cjs'));
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
  define: { __CHRONIK_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': 'importMetaUrl' },
  inject: [join(root, 'scripts', 'import-meta-url.js')],
  plugins: [{
    name: 'raw',
    setup(b) {
      b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?raw$/, '')), namespace: 'raw' }));
      b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
    },
  }],
});
const r = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit', cwd: process.cwd(), env: { ...process.env, CHRONIK_SCRIPT_PATH: resolve(entry) } });
process.exit(r.status ?? 1);
