import { ChronikError, type Result } from '../../core/api';

/** The value of a Result, or the error thrown so the runner prints it and picks the exit code. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new ChronikError(r.code, r.message, r.field);
  return r.value;
}
