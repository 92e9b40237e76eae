/**
 * The app's own scheme, chronik://app/, serving the built renderer instead of file://: the
 * Content Security Policy's 'self' is then the app alone (file:// would be every local file), and
 * IPC can check that a message comes from the app's page. Electron's protocol is passed in, so
 * this file never imports 'electron' and is testable.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import { CONTENT_TYPES } from '../core/static-files';

export const APP_SCHEME = 'chronik';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** True for a page of the app itself (chronik://app/…). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Registers the scheme as standard and secure (so the page is a secure context with its own
 * origin) before the app is ready, as Electron requires. It may not bypass the CSP.
 */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** Answers chronik://app/PATH with the file under `rootDir` (index.html for app routes); nothing outside it. */
export function appFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    let path: string;
    try {
      const u = new URL(request.url);
      if (u.host !== APP_HOST) return notFound();
      path = decodeURIComponent(u.pathname);
    } catch {
      return notFound();
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (extname(path)) return notFound(); // a missing asset, not an app route
      file = join(root, 'index.html');
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    if (type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    try {
      return new Response(await readFile(file), { status: 200, headers });
    } catch {
      return notFound();
    }
  };
}

/** Serves the built renderer on the app scheme (after the app is ready). */
export function serveApp(protocol: ProtocolLike, rootDir: string): void {
  protocol.handle(APP_SCHEME, appFileHandler(rootDir));
}
