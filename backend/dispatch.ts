import { ChronikError, err, isMethodName, ok, validateInput, type MethodName, type Result } from '../core/api';
import type { Handlers } from './context';

/** What every change answers while the project is open read-only. */
export const READ_ONLY_MESSAGE = 'This project is open read-only (its file or folder cannot be written): you can read and export it, but not change it. Copy the file to a folder you can write to and open it there to edit.';

/** Maps an unexpected error to a Result; SQLite constraint failures become CONFLICT. */
export function errorToResult(e: unknown): Result<never> {
  if (e instanceof ChronikError) return err(e.code, e.message, e.field);
  const any = e as { code?: string; message?: string };
  if (typeof any?.code === 'string' && any.code.startsWith('SQLITE_CONSTRAINT')) {
    return err('CONFLICT', `The change conflicts with stored data: ${any.message}`);
  }
  if (typeof any?.code === 'string' && any.code.startsWith('SQLITE_READONLY')) return err('FORBIDDEN', READ_ONLY_MESSAGE, 'database');
  if (typeof any?.code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(any.code)) {
    return err('UNSUPPORTED', `The database file is damaged (${any.message}); nothing was changed. Restore it from a backup`, 'database');
  }
  if (typeof any?.code === 'string' && any.code.startsWith('SQLITE_')) return err('IO', `Database error: ${any.message}`);
  return err('INTERNAL', any?.message ?? String(e));
}

/**
 * The one entry point every shell uses: validate the raw input against the contract, run the
 * handler, and return a Result; nothing is thrown across a process boundary.
 */
export async function dispatch(handlers: Handlers, method: string, raw: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return err('NOT_FOUND', `Unknown method "${method}"`);
  const input = validateInput(method as MethodName, raw);
  if (!input.ok) return input;
  try {
    const handler = handlers[method] as (i: unknown) => unknown;
    return ok(await handler(input.value));
  } catch (e) {
    return errorToResult(e);
  }
}
