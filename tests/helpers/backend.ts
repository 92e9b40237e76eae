import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../backend';
import type { Result } from '../../core/api';

/** A backend over a fresh database file in a temp folder; `cleanup` closes and removes it. */
export function tempBackend(): Backend & { dir: string; dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'chronik-test-'));
  const dbPath = join(dir, 'test.chronik');
  const b = createBackend({ dbPath, shell: 'test' });
  return { ...b, dir, dbPath, cleanup: () => { b.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** The value of an ok Result; fails the test with the error message otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
}
