/** Compiles a rule pattern, adding Unicode-aware word boundaries on both sides. */
export function rx(source: string, caseInsensitive = true): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, caseInsensitive ? 'giu' : 'gu');
}

/** Regex alternation of words, longest first so that "Sept." wins over "Sep"; a space matches any run of spaces. */
export function alt(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** "januar" → "Januar". */
export function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * A non-capturing alternation of a dictionary's words: `cases` lists the spellings to accept
 * ('plain' = the key as written, 'capital', 'upper'; default capitalised, for the case-sensitive
 * English rules), `stop` appends a full stop (abbreviations), `endings` the inflections a word may take.
 */
export function words(
  dict: Record<string, unknown> | readonly string[],
  opts: { cases?: ReadonlyArray<'plain' | 'capital' | 'upper'>; stop?: boolean; endings?: readonly string[] } = {},
): string {
  const keys = Array.isArray(dict) ? (dict as readonly string[]) : Object.keys(dict);
  const out = new Set<string>();
  for (const k of keys) {
    for (const c of opts.cases ?? ['capital']) {
      const w = c === 'plain' ? k : c === 'upper' ? k.toUpperCase() : capitalise(k);
      for (const e of opts.endings ?? ['']) out.add(w + e + (opts.stop ? '.' : ''));
    }
  }
  return `(?:${alt(out)})`;
}

/** Looks up a key by its lower-case form, or by its first letters (month abbreviations). */
export function lookup<T>(table: Record<string, T>, raw: string, prefix = 0): T | undefined {
  const k = raw.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return table[k] ?? (prefix ? table[k.slice(0, prefix)] : undefined);
}
