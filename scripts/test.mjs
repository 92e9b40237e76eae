// npm test: build, typecheck and lint, unit and integration tests (vitest), then end-to-end tests
// (Playwright).
// Prints one closing line "N passed, N failed, N skipped" over both runners.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeNative } from './native-for-node.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

ensureNodeNative(root);
if (run(process.execPath, [join(root, 'scripts', 'build.mjs')]) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
// Static checks first: a type error or a broken layer boundary fails the run like a failing test.
for (const [name, script] of [['typecheck', 'typecheck'], ['lint', 'lint']]) {
  if (run('npm', ['run', '--silent', script]) !== 0) {
    console.error(`${name} failed`);
    totals.failed += 1;
  }
}
const unitJson = join(out, 'unit.json');
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (existsSync(unitJson)) {
  const r = JSON.parse(readFileSync(unitJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else if (unitStatus !== 0) totals.failed += 1;

let chromiumOk = true;
try {
  process.env.CHROMIUM_PATH ||= ensureChromium();
} catch (e) {
  console.error(`e2e: ${e.message}`);
  chromiumOk = false;
  totals.failed += 1;
}
if (chromiumOk) {
  const e2eJson = join(out, 'e2e.json');
  const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  if (existsSync(e2eJson)) {
    const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else if (e2eStatus !== 0) totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
