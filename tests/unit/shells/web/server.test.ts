import { writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
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

/** Sends raw bytes as a request (as `curl --path-as-is` or a hostile page would); resolves with the status of the answer (0: none before the server or `hangUpMs` closed it). */
function raw(data: string | Buffer, hangUpMs = 20_000): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(shell.port, '127.0.0.1', () => socket.write(data));
    const status = () => Number(/^HTTP\/1\.[01] (\d{3})/.exec(got)?.[1] ?? 0);
    // A request the server still waits on (a body shorter than announced) is hung up on.
    const timer = setTimeout(() => socket.destroy(), hangUpMs);
    let got = '';
    socket.on('data', (c) => {
      got += c.toString('latin1');
      // The status line is all we need: a busy machine may still be writing a large body.
      if (status()) socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(status());
    });
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

  it('answers malformed paths, headers and bodies with an error status and keeps serving', async () => {
    const host = `Host: 127.0.0.1:${shell.port}`;
    const token = `x-chronik-token: ${shell.token}`;
    const get = (path: string) => `GET ${path} HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`;
    const post = (path: string, body: string | Buffer, headers = '') => Buffer.concat([
      Buffer.from(`POST ${path} HTTP/1.1\r\n${host}\r\n${token}\r\n${headers}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`),
      Buffer.from(body),
    ]);
    const cases: Array<[string, string | Buffer, number]> = [
      ['cut-off percent-encoding', get('/%E0%A4%A'), 400],
      ['a path that is no URL', get('//['), 400],
      ['a lone percent sign', get('/%'), 400],
      ['percent-encoded garbage in an API path', post('/api/%E0%A4%A', '{}'), 400],
      ['a NUL byte in the path', get('/%00'), 200],
      ['an API path with a query', post('/api/listTimelines?x=%', '{}'), 200],
      ['the prototype as a method', post('/api/__proto__', '{}'), 200],
      ['no Host header', 'GET / HTTP/1.0\r\n\r\n', 403],
      ['a header without a colon', `GET / HTTP/1.1\r\n${host}\r\nbroken header\r\n\r\n`, 400],
      ['an oversized header', `GET / HTTP/1.1\r\n${host}\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`, 431],
      ['a body that is not JSON', post('/api/listTimelines', '{nope'), 400],
      ['a body of invalid UTF-8', post('/api/createTimeline', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 400],
      ['JSON nested 100,000 deep', post('/api/createTimeline', '['.repeat(100_000) + ']'.repeat(100_000)), 200],
      ['JSON null as input', post('/api/createTimeline', 'null'), 200],
      ['a wrong Content-Length', Buffer.from(`POST /api/listTimelines HTTP/1.1\r\n${host}\r\n${token}\r\nContent-Length: 100\r\n\r\n{}`), 0],
      ['broken chunked encoding', `POST /api/listTimelines HTTP/1.1\r\n${host}\r\n${token}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, 400],
      ['a body over the limit', post('/api/listTimelines', 'x'.repeat(41 * 1024 * 1024)), 413],
    ];
    for (const [what, data, status] of cases) {
      expect([what, await raw(data, status === 0 ? 1000 : undefined)]).toEqual([what, status]);
      // Still serving, both the app and the API.
      expect((await http('/')).status).toBe(200);
      expect(JSON.parse((await api('listTimelines', {})).body)).toMatchObject({ ok: true });
    }
  }, 60_000);
});
