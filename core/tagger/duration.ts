import type { Language } from '../language';

/** TIMEX3 unit letters; DE/CE are kept for German decades and centuries as KRAUTS annotates them. */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'DE' | 'CE' | 'WE' | 'L';

const SMALLER: Partial<Record<Unit, [Unit, number]>> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(+n.toFixed(2));
}

/** ISO-style duration such as P3Y, PT5H, P2Y6M; null amount gives the vague form PXY. */
export function durationValue(n: number | null, unit: Unit, lang: Language): string {
  let u: Unit = unit;
  let amount = n;
  if (lang === 'en' && (u === 'DE' || u === 'CE')) {
    if (amount !== null) amount *= u === 'DE' ? 10 : 100;
    u = 'Y';
    if (amount === null) return unit === 'DE' ? 'PXDE' : 'PXCE';
  }
  const time = u === 'H' || u === 'MIN' || u === 'S';
  const letter = u === 'MIN' ? 'M' : u;
  if (amount === null) return time ? `PTX${letter}` : `PX${letter}`;
  if (!Number.isInteger(amount) && lang === 'en' && SMALLER[u]) {
    const [su, factor] = SMALLER[u]!;
    const whole = Math.floor(amount);
    const rest = Math.round((amount - whole) * factor);
    const sl = su === 'MIN' ? 'M' : su;
    const stime = su === 'H' || su === 'MIN' || su === 'S';
    if (time || stime) {
      return whole ? `PT${whole}${letter}${rest}${sl}` : `PT${rest}${sl}`;
    }
    return whole ? `P${whole}${letter}${rest}${sl}` : `P${rest}${sl}`;
  }
  return time ? `PT${num(amount)}${letter}` : `P${num(amount)}${letter}`;
}
