/**
 * How a call reaches the backend: through `window.chronik` from the Electron preload, or over HTTP
 * to the web shell with the per-run token. Apart from api.ts (which builds the whole contract on
 * top of it) so that the first question can leave before the contract and the app are loaded.
 */
import { err, type Result } from '../../core/result';
import type { Api } from '../../core/api';
import type { HostApi } from '../../core/host';

declare global {
  interface Window {
    chronik?: Api;
    chronikHost?: HostApi;
  }
}

const TOKEN_KEY = 'chronik-token';

/** The per-run token from the address the web shell printed; kept for reloads, hidden from the URL bar. */
function takeToken(): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | undefined;

/** One call of the contract over HTTP (the web shell). */
export async function httpCall(method: string, input: unknown): Promise<Result<unknown>> {
  token ??= takeToken();
  try {
    const res = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-chronik-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Result<unknown>;
  } catch (e) {
    return err('IO', `Chronik's backend does not answer: ${(e as Error).message}`);
  }
}

/** One call by name, however this page reaches the backend. */
export function call<K extends keyof Api>(method: K, input: Parameters<Api[K]>[0]): ReturnType<Api[K]> {
  const preload = window.chronik;
  if (preload) return (preload[method] as (i: unknown) => ReturnType<Api[K]>)(input);
  return httpCall(method, input) as ReturnType<Api[K]>;
}
