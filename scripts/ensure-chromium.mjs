// Before the e2e tests: Chromium from $CHROMIUM_PATH or Debian's package; else Playwright's own,
// installed here when missing (on a machine with the internet).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH points to ${process.env.CHROMIUM_PATH}, which does not exist`);
    return process.env.CHROMIUM_PATH;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return own;
  console.log('No Chromium found: installing Playwright\'s Chromium (npx playwright install chromium)…');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Could not install Chromium: set CHROMIUM_PATH or install the chromium package');
  return chromium.executablePath();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Chromium: ${ensureChromium()}`);
