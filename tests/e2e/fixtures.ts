/**
 * E2E fixtures: the real `chronik serve` (built CLI) over a fresh temp database, and a page
 * opened at the printed address. `shell.restart()` stops and starts it on the same database.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

export interface Shell {
  url: string;
  dbPath: string;
  dir: string;
  restart(): Promise<void>;
}

/** Starts `chronik serve` on `dbPath` (with global flags such as --read-only before the command). */
export async function startServe(dbPath: string, flags: string[] = []): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [join(ROOT, 'bin', 'chronik.js'), '--db', dbPath, ...flags, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`chronik serve did not start: ${out}`)), 20_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`chronik serve exited with ${code}: ${out}`)));
  });
  return { proc, url };
}

export function stop(proc: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (proc.exitCode !== null) return ok();
    proc.once('exit', () => ok());
    proc.kill('SIGTERM');
    // A browser holding keep-alive connections can delay a graceful close; do not wait for it.
    setTimeout(() => proc.exitCode === null && proc.kill('SIGKILL'), 3000).unref();
  });
}

export const test = base.extend<{ shell: Shell; app: Page }>({
  shell: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'chronik-e2e-'));
    const dbPath = join(dir, 'e2e.chronik');
    let running = await startServe(dbPath);
    const shell: Shell = {
      dbPath,
      dir,
      get url() {
        return running.url;
      },
      async restart() {
        await stop(running.proc);
        running = await startServe(dbPath);
      },
    };
    await use(shell);
    await stop(running.proc);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, shell }, use) => {
    await page.goto(shell.url);
    await expect(page.getByTestId('timeline-canvas')).toBeVisible();
    await use(page);
  },
});

export { expect };
