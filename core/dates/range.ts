import { sortKey } from './calendar';
import type { ChronikDate } from './model';

/**
 * Checks that an end does not lie before its start. The end may share the start's period
 * ("October 2024" ending "23 Oct 2024") but must not end before the start begins.
 */
export function checkRange(start: ChronikDate, end: ChronikDate | null | undefined): string | null {
  if (!end) return null;
  if (sortKey(end, 'end') < sortKey(start, 'start')) return `The end (${end.value}) is before the start (${start.value})`;
  return null;
}
