/**
 * When typed search text is searched. Text that arrives after a pause (a paste, a name typed in one
 * go, the first keys after thinking) is searched at once; while keys follow each other quickly, only
 * once they stop. A cleared box clears at once. Pure apart from its timer.
 */
export interface SearchPacer {
  /** The box now holds `q`. */
  input(q: string): void;
  /** Forget a search still waiting (Enter or Escape took over). */
  cancel(): void;
}

export function createSearchPacer(run: (q: string) => void, opts: { quietMs?: number; minChars?: number; now?: () => number } = {}): SearchPacer {
  const quiet = opts.quietMs ?? 180;
  const minChars = opts.minChars ?? 2;
  const now = opts.now ?? (() => performance.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  return {
    input(q) {
      const at = now();
      const afterPause = at - last >= quiet;
      last = at;
      clearTimeout(timer);
      timer = undefined;
      const text = q.trim();
      // A single letter matches too much to be worth asking for before the next key.
      if (!text || (afterPause && text.length >= minChars)) run(q);
      else timer = setTimeout(() => run(q), quiet);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
