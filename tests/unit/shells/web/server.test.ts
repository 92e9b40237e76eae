import { writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebShell, type WebShell } from '../../../../shells/web/server';
import { tempBackend } from '../../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
let shell: WebShell;
let staticDir: string;

/** A raw HTTP request, so the Host header can be set to anything. */
function http(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: shell.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${shell.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  http(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-chronik-token': shell.token, ...headers }, body: JSON.stringify(input) });

beforeAll(async () => {
  b = tempBackend();
  staticDir = join(b.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Chronik</title>');
  shell = await startWebShell({ backend: b, staticDir });
});
afterAll(async () => {
  await shell.close();
  b.cleanup();
});

describe('the browser shell', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(shell.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${shell.port}/\\?token=${shell.token}$`));
    expect(shell.token.length).toBeGreaterThanOrEqual(24);
  });

  it('answers the contract over HTTP with Results', async () => {
    const created = JSON.parse((await api('createTimeline', { title: 'Over HTTP' })).body);
    expect(created).toMatchObject({ ok: true, value: { title: 'Over HTTP' } });
    const bad = JSON.parse((await api('createEvent', { timelineId: created.value.id, title: 'x', start: 'soon' })).body);
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const none = await http('/api/listTimelines', { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await api('listTimelines', {}, { 'x-chronik-token': 'guess' });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host header (403), even with the token', async () => {
    const r = await api('listTimelines', {}, { host: 'evil.example:80' });
    expect(r.status).toBe(403);
    const page = await http('/', { headers: { host: `attacker.test:${shell.port}` } });
    expect(page.status).toBe(403);
  });

  it('serves the app with a strict Content Security Policy and no path escapes', async () => {
    const page = await http('/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const escape = await http('/../../../../etc/passwd');
    expect(escape.body).not.toContain('root:');
  });

  it('answers an unknown method and a broken body clearly', async () => {
    expect(JSON.parse((await api('dropDatabase', {})).body)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const broken = await http('/api/listTimelines', { method: 'POST', headers: { 'x-chronik-token': shell.token }, body: '{nope' });
    expect(broken.status).toBe(400);
  });
});
