/**
 * The browser shell: the built renderer and the contract over HTTP on 127.0.0.1 only. Every API
 * call carries the per-run token from the printed URL (else 401), and the Host header must name
 * this loopback server (else 403), which defeats DNS rebinding.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Backend } from '../../backend';
import { CONTENT_SECURITY_POLICY } from '../../core/security';
import { CONTENT_TYPES } from '../../core/static-files';

export const TOKEN_HEADER = 'x-chronik-token';
const MAX_BODY = 40 * 1024 * 1024;


export interface WebShell {
  server: Server;
  port: number;
  token: string;
  /** The address to open, with the token. */
  url: string;
  close(): Promise<void>;
}

export interface WebShellOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(data);
}

/** A request the shell refuses with a status and a message (never a crash). */
class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      if (size > MAX_BODY) return; // refused already: the rest is read and dropped, so the answer reaches the client
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else {
        chunks.length = 0;
        reject(new HttpError(413, `The request is larger than ${MAX_BODY / 1024 / 1024} MB`));
      }
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The request's path, decoded; a path that is not a URL path or not valid percent-encoding is a 400. */
function requestPath(raw: string | undefined): string {
  let pathname: string;
  try {
    pathname = new URL(raw ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    throw new HttpError(400, 'Bad request path');
  }
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, 'Bad request path: invalid percent-encoding');
  }
}

/** Starts the browser shell; resolves once it listens. */
export function startWebShell(opts: WebShellOptions): Promise<WebShell> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = resolve(opts.staticDir);
  let port = opts.port ?? 0;

  const allowedHost = (host: string | undefined) =>
    host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    if (!allowedHost(req.headers.host)) return send(res, 403, { ok: false, code: 'FORBIDDEN', message: 'Wrong Host header: Chronik answers only on 127.0.0.1 and localhost' });
    const path = requestPath(req.url);

    if (path.startsWith('/api/')) {
      const given = req.headers[TOKEN_HEADER];
      if (typeof given !== 'string' || !sameToken(given, token)) {
        return send(res, 401, { ok: false, code: 'UNAUTHORIZED', message: 'Missing or wrong token: open the address printed by chronik serve' });
      }
      if (req.method !== 'POST') return send(res, 405, { ok: false, code: 'VALIDATION', message: 'Use POST' });
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : undefined;
      } catch (e) {
        if (e instanceof HttpError && e.status === 413) res.setHeader('connection', 'close');
        return send(res, e instanceof HttpError ? e.status : 400, { ok: false, code: 'VALIDATION', message: `Bad request body: ${(e as Error).message}` });
      }
      const result = await opts.backend.call(path.slice(5), input);
      return send(res, 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, code: 'VALIDATION', message: 'Use GET' });
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 404, { ok: false, code: 'NOT_FOUND', message: 'Not found' });
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    if (!existsSync(file)) return send(res, 500, { ok: false, code: 'INTERNAL', message: `The renderer is not built (${root}): run npm run build` });
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    const stream = createReadStream(file);
    // A file that cannot be read after all: a 500 while nothing is sent, else the connection ends.
    stream.on('error', (e) => fail(res, e));
    stream.on('open', () => {
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        stream.destroy();
        res.end();
      } else stream.pipe(res);
    });
  }

  /** Every failure of a handler becomes an answer; the server keeps serving. */
  function fail(res: ServerResponse, e: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (e instanceof HttpError) send(res, e.status, { ok: false, code: 'VALIDATION', message: e.message });
    else send(res, 500, { ok: false, code: 'INTERNAL', message: `The browser shell could not answer: ${(e as Error)?.message ?? String(e)}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => fail(res, e));
  });

  return new Promise((resolveShell, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      port = typeof addr === 'object' && addr ? addr.port : port;
      resolveShell({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            // Browsers keep connections alive; without this a stop waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
