import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchPacer } from '../../../renderer/src/composables/search-pacer';

describe('search pacing', () => {
  let clock = 0;
  let runs: string[];
  const pacer = () => createSearchPacer((q) => runs.push(q), { quietMs: 180, now: () => clock });
  const key = (p: ReturnType<typeof pacer>, q: string, afterMs: number) => {
    clock += afterMs;
    vi.advanceTimersByTime(afterMs);
    p.input(q);
  };
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 10_000;
    runs = [];
  });
  afterEach(() => vi.useRealTimers());

  it('searches a pasted name at once, without waiting for the debounce', () => {
    const p = pacer();
    key(p, 'Velgrad', 0);
    expect(runs).toEqual(['Velgrad']);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['Velgrad']);
  });

  it('searches fast typing once, when the keys stop', () => {
    const p = pacer();
    key(p, 'V', 0);
    for (const q of ['Ve', 'Vel', 'Velg', 'Velgr']) key(p, q, 60);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(179);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['Velgr']);
  });

  it('waits for a second letter after a pause, and clears at once', () => {
    const p = pacer();
    key(p, 'K', 0);
    expect(runs).toEqual([]);
    key(p, 'Ka', 500);
    expect(runs).toEqual(['K', 'Ka']);
    key(p, '', 500);
    expect(runs).toEqual(['K', 'Ka', '']);
  });

  it('drops a waiting search when Enter or Escape takes over', () => {
    const p = pacer();
    key(p, 'Ka', 0);
    key(p, 'Kaz', 50);
    p.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['Ka']);
  });
});
