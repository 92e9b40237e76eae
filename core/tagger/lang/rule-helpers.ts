/** Small helpers every language's rule table uses. */
import type { Unit } from '../duration';
import { relCentury, relDay, relMonth, relQuarter, relWeek, relYear } from '../resolve';
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
