// Builds Chronik: the main process, preload and CLI with esbuild (CommonJS for Node/Electron),
// the renderer with Vite. Output in dist/.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `import sql from './x.sql?raw'` as Vite does it: the file's text. */
const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [rawPlugin],
  define: { __CHRONIK_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};
// Native and heavy runtime packages stay in node_modules (electron-builder ships them).
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
const only = process.argv[2];
const t0 = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', external }),
  build({ ...common, entryPoints: ['shells/cli/bin.ts'], outfile: 'dist/shells/cli.js', external }),
  // A sandboxed preload cannot require local files: everything but electron is bundled in.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js', external: ['electron'] }),
  // The analysis worker thread, self-contained (it runs from inside the packaged app's asar):
  // found beside the shells' bundles as dist/analysis-worker.js (backend/article/analysis-runner.ts).
  build({ ...common, entryPoints: ['backend/article/analysis-worker.ts'], outfile: 'dist/analysis-worker.js', external: ['canvas'] }),
]);
if (only !== 'node') {
  await viteBuild({ configFile: join(root, 'renderer', 'vite.config.mts'), logLevel: 'warn' });
}
console.log(`Built Chronik ${pkg.version} into dist/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
