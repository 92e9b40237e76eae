/**
 * What an export or briefing covers: the filter bar's current filter, all events, or a date range
 * the analyst types. Turned into the contract's EventFilter here, once, for every export dialog. Pure.
 */
import { parseDate, sortKey, type ChronikDate } from '../../../core/dates';
import type { Language } from '../../../core/language';
import type { EventFilter } from '../../../core/filter';

export type ScopeKind = 'filter' | 'all' | 'range';

export interface Scope {
  kind: ScopeKind;
  /** The range as typed (kind 'range'); either end may be empty. */
  from: string;
  to: string;
}

export type RangeReading =
  | { ok: true; from: ChronikDate | null; to: ChronikDate | null }
  | { ok: false; field: 'from' | 'to' | 'both'; reason: 'invalid' | 'order' | 'empty' };

/** Reads the typed range with core/dates; an empty end is open. */
export function readRange(from: string, to: string, locale: Language): RangeReading {
  const read = (s: string) => (s.trim() ? parseDate(s, { locale }) : null);
  const a = read(from);
  const b = read(to);
  if (a && !a.ok) return { ok: false, field: 'from', reason: 'invalid' };
  if (b && !b.ok) return { ok: false, field: 'to', reason: 'invalid' };
  if (!a && !b) return { ok: false, field: 'both', reason: 'empty' };
  const fromDate = a?.ok ? a.date : null;
  const toDate = b?.ok ? b.date : null;
  if (fromDate && toDate && sortKey(fromDate, 'start') > sortKey(toDate, 'end')) return { ok: false, field: 'both', reason: 'order' };
  return { ok: true, from: fromDate, to: toDate };
}

/** The filter a scope stands for, or null while the typed range cannot be read. */
export function scopeFilter(scope: Scope, current: EventFilter, locale: Language): EventFilter | null {
  if (scope.kind === 'all') return {};
  if (scope.kind === 'filter') return { ...current };
  const r = readRange(scope.from, scope.to, locale);
  return r.ok ? { from: r.from, to: r.to } : null;
}
