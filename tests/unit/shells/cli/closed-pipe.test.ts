/**
 * `chronik events list --json | head -1`: the reader closes the pipe early. The built CLI (as users
 * run it, bin/chronik.js) stops printing quietly — no "write EPIPE" stack trace, no crash — and a
 * command that changes the project still finishes its work.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../helpers/cli';

const ROOT = resolve(__dirname, '../../../..');
const BIN = join(ROOT, 'bin/chronik.js');
const dir = mkdtempSync(join(tmpdir(), 'chronik-pipe-'));
const db = join(dir, 'p.chronik');

/** 2,000 events: their JSON is far more than a pipe holds (64 KiB), so the CLI is still writing when the reader leaves. */
function csv(n: number): string {
  const rows = ['event_date,title'];
  for (let i = 0; i < n; i++) rows.push(`2021-03-${String(1 + (i % 28)).padStart(2, '0')},Convoy ${i} crosses the border`);
  return rows.join('\n') + '\n';
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/shells/cli.js'))) spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'node'], { cwd: ROOT, stdio: 'ignore' });
  writeFileSync(join(dir, 'many.csv'), csv(2000));
  expect((await cli('--db', db, 'import-data', join(dir, 'many.csv'), '--title', 'Many')).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the built CLI with its stdout read by a reader that leaves early: after the first chunk, or
 * (`atOnce`) before anything is read.
 */
function withEarlyClosingReader(args: string[], atOnce = false): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string; read: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, '--db', db, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let read = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    if (atOnce) child.stdout.destroy();
    else child.stdout.once('data', (b: Buffer) => { read = b.toString('utf8'); child.stdout.destroy(); });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, err, read }));
  });
}

describe('the CLI with a reader that closes the pipe early', () => {
  it('stops quietly: `events list --json | head -1` leaves no EPIPE stack trace and exits 0', async () => {
    const r = await withEarlyClosingReader(['events', 'list', '--timeline', 'Many', '--json']);
    expect(r.read).toMatch(/^\[/);
    expect(r.signal).toBeNull();
    expect(r.err).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }, 30_000);

  it('still finishes an import whose output nobody reads, and keeps its events', async () => {
    const file = join(dir, 'more.csv');
    writeFileSync(file, csv(50));
    const r = await withEarlyClosingReader(['import-data', file, '--title', 'Unread'], true);
    expect(r.err).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    const list = JSON.parse((await cli('--db', db, 'timelines', 'list', '--json')).out) as Array<{ title: string; eventCount: number }>;
    expect(list.find((t) => t.title === 'Unread')?.eventCount).toBe(50);
  }, 30_000);
});
