import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the preload bundle', () => {
  it('requires nothing but electron, as a sandboxed preload must', async () => {
    const r = await build({
      entryPoints: ['electron/preload.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, external: ['electron'], logLevel: 'silent',
    });
    const code = r.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
  });
});
