/** Helpers the rule tables of both languages share. */
import type { Unit } from '../duration';
import { pad, weekdayOf } from '../calendar';
import { lookup } from '../pattern';
import {
  dirFromTense, holidayDate, relCentury, relDay, relMonth, relQuarter, relWeek, relYear, yearFor, type Direction, type Holiday,
} from '../resolve';
import type { Granularity, RuleContext, RuleHit, TimexType } from '../types';

export function hit(type: TimexType, value: string, start?: number, end?: number): RuleHit {
  return { type, value, start, end };
}

export function validDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A year written with two digits, read in the publication date's century (never more than ten years ahead). */
export function year2(ctx: RuleContext, yy: string): number {
  if (yy.length === 4) return +yy;
  const base = ctx.dct ? Math.floor(ctx.dct.y / 100) * 100 : 1900;
  const y = base + +yy;
  return ctx.dct && y > ctx.dct.y + 10 ? y - 100 : y;
}

/** Precision of the reference date a unit offset needs. */
export function needFor(unit: Unit): Granularity {
  return unit === 'Y' || unit === 'DE' || unit === 'CE' ? 'Y' : unit === 'M' || unit === 'Q' ? 'M' : 'D';
}

/** The value n units away from the reference date ("vor drei Jahren", "in two weeks"). */
export function relByUnit(ctx: RuleContext, unit: Unit, n: number): string | null {
  switch (unit) {
    case 'Y': return relYear(ctx, n);
    case 'M': return relMonth(ctx, n);
    case 'W': return relWeek(ctx, n);
    case 'D': return relDay(ctx, n);
    case 'Q': return relQuarter(ctx, n);
    case 'DE': return ctx.dct ? String(Math.floor((ctx.dct.y + 10 * n) / 10)) : null;
    case 'CE': return relCentury(ctx, n);
    default: return null;
  }
}

/** A month number from its name or abbreviation in one language's dictionaries; 0 when unknown. */
export function monthOf(months: Record<string, number>, abbreviations: Record<string, number>, raw: string): number {
  return lookup(months, raw) ?? lookup(abbreviations, raw) ?? 0;
}

/** The weekend before (past) or after (future) the reference date, as YYYY-Www-WE. */
export function weekendValue(ctx: RuleContext, dir: Direction): string {
  if (!ctx.dct) return 'XXXX-WXX-WE';
  const d = dir === 'tense' ? dirFromTense(ctx.tense()) : dir;
  const wd = weekdayOf(ctx.dct);
  // Before the weekend: the past one is last week's, the coming one this week's; on it, it is this week's.
  const shift = d < 0 && wd < 6 ? -1 : d > 0 && wd >= 6 ? 1 : 0;
  return `${relWeek(ctx, shift)}-WE`;
}

/** A holiday by its written name: the year written after it, else the one the tense or `dir` points to. */
export function holidayValue(table: Record<string, Holiday>, name: string, year: string | undefined, ctx: RuleContext, dir: Direction = 'tense'): string {
  const key = name.toLowerCase().replace(/\s+/g, ' ');
  const h = Object.entries(table).find(([k]) => k.toLowerCase() === key)?.[1];
  if (!h) return 'XXXX-XX-XX';
  let y: number | null = year ? +year : null;
  if (y === null && ctx.dct) {
    const probe = holidayDate(h, ctx.dct.y);
    y = yearFor(ctx, probe.m, probe.d, dir);
  }
  if (y === null) return 'XXXX-XX-XX';
  const d = holidayDate(h, y);
  return `${pad(y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}
