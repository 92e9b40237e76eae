/**
 * What every call of the contract (core/api.ts) answers: a value or an expected failure. Apart from
 * the contract so that code which only carries results (the renderer's first question, see
 * renderer/src/transport.ts) does not load the contract's schemas with it.
 */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'IO' | 'UNSUPPORTED' | 'CANCELLED' | 'FORBIDDEN' | 'INTERNAL';

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: ErrorCode; message: string; field?: string };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, field?: string): Err =>
  field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };
