/** Small helpers every language's rule table uses. */
import type { RuleContext, RuleHit, TimexType } from '../types';

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
