/**
 * Issue 8, item 6, on a real file system: a database file or folder the user cannot write opens
 * read-only in the built CLI (lists and exports work, edits say why not, never a raw EACCES), and
 * the file stays byte-identical. Root ignores file permissions, so as root the CLI runs as
 * "nobody" (runuser); as any other user it runs directly.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../backend';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/shells/cli.js');
const asRoot = process.getuid?.() === 0;
const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const base = mkdtempSync(join(tmpdir(), 'chronik-ro-'));
chmodSync(base, 0o755);
beforeAll(() => {
  if (!existsSync(CLI)) spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'node'], { cwd: ROOT, stdio: 'ignore' });
}, 60_000);
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+w', base]);
  rmSync(base, { recursive: true, force: true });
});

/** Runs the built CLI as a user the file permissions apply to. */
function chronik(...args: string[]): { code: number; out: string; err: string } {
  const [cmd, argv] = asRoot ? [runuser!, ['-u', 'nobody', '--', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, HOME: base } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A project with the sample timeline in `folder`, then the permissions given. */
function project(folder: string, fileMode: number, folderMode: number): string {
  const dir = join(base, folder);
  mkdirSync(dir);
  const path = join(dir, 'project.chronik');
  const b = createBackend({ dbPath: path, shell: 'test' });
  b.seedSampleIfEmpty();
  b.close();
  chmodSync(path, fileMode);
  chmodSync(dir, folderMode);
  return path;
}

describe.skipIf(asRoot && !runuser)('a database the user cannot write', () => {
  const out = join(base, 'out');
  mkdirSync(out);
  chmodSync(out, 0o777);

  it.each([
    ['a read-only file in a writable folder', 0o444, 0o777],
    ['a writable file in a read-only folder', 0o666, 0o555],
    ['a read-only file in a read-only folder', 0o444, 0o555],
  ])('opens %s read-only: lists and exports work, changes are refused with a sentence', { timeout: 30_000 }, (name, fileMode, folderMode) => {
    const path = project(name.replace(/\W+/g, '-'), fileMode, folderMode);
    const before = sha(path);
    const list = chronik('--db', path, 'events', 'list', '--json');
    expect(list.err).toBe('');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toHaveLength(11);
    const file = join(out, `${name.replace(/\W+/g, '-')}.csv`);
    const exported = chronik('--db', path, 'export', 'csv', '--timeline', 'North Korean troops in Russia (Oct 2024)', '--out', file);
    expect(exported.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('event_date');
    const add = chronik('--db', path, 'events', 'add', '--title', 'Edit', '--start', '2024-10-30');
    expect(add.code).toBe(1);
    expect(add.err.trim()).toBe('chronik: This project is open read-only (its file or folder cannot be written): you can read and export it, but not change it. Copy the file to a folder you can write to and open it there to edit.');
    expect(sha(path)).toBe(before);
  });

  it('says in a sentence when a new database cannot be created in a read-only folder', () => {
    const dir = join(base, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const r = chronik('--db', join(dir, 'sub', 'new.chronik'), 'timelines', 'list');
    expect(r.code).toBe(2); // a --db that cannot be used is refused input
    expect(r.err.trim()).toMatch(/^chronik: Cannot create the folder for the database .*new\.chronik: permission denied$/);
  });
});
