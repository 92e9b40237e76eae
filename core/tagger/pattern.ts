/** Compiles a rule pattern, adding Unicode-aware word boundaries on both sides. */
export function rx(source: string, caseInsensitive = true): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, caseInsensitive ? 'giu' : 'gu');
}

/** Regex alternation of words, longest first so that "Sept." wins over "Sep". */
export function alt(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Looks up a key by its lower-case form, or by its first letters (month abbreviations). */
export function lookup<T>(table: Record<string, T>, raw: string, prefix = 0): T | undefined {
  const k = raw.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return table[k] ?? (prefix ? table[k.slice(0, prefix)] : undefined);
}
