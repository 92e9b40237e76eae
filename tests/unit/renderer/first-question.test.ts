import { afterEach, describe, expect, it, vi } from 'vitest';

/** The first screen's question, asked before the app is set up and taken by the store. */
describe('the first question', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function load() {
    const asked: unknown[] = [];
    const opening = vi.fn((input: unknown) => {
      asked.push(input);
      return Promise.resolve({ ok: true, value: { n: asked.length } });
    });
    vi.stubGlobal('window', { chronik: { opening } });
    vi.stubGlobal('innerWidth', 1480);
    const m = await import('../../../renderer/src/first-question');
    return { m, asked };
  }

  it('is asked once, early, and its answer serves the store when the width is the one it was asked with', async () => {
    const { m, asked } = await load();
    m.askFirst();
    m.askFirst();
    expect(asked).toEqual([{ px: 1000 }]);
    expect(await m.opening(1000)).toEqual({ ok: true, value: { n: 1 } });
    expect(asked).toHaveLength(1);
    // Taken once: a later opening (another timeline, a reload of the store) asks again.
    expect(await m.opening(1000)).toEqual({ ok: true, value: { n: 2 } });
  });

  it('is asked again for another width, and asked at all when nobody asked early (the tests, a store on its own)', async () => {
    const { m, asked } = await load();
    m.askFirst();
    expect(await m.opening(640)).toEqual({ ok: true, value: { n: 2 } });
    expect(asked).toEqual([{ px: 1000 }, { px: 640 }]);
    const again = await load();
    expect(await again.m.opening(800)).toEqual({ ok: true, value: { n: 1 } });
    expect(again.asked).toEqual([{ px: 800 }]);
  });

  it('is asked once by the page\'s small first script and the app\'s bundle together (two copies of the module)', async () => {
    const { m: first, asked } = await load();
    first.askFirst(); // first.js, in the page's head
    vi.resetModules();
    const app = await import('../../../renderer/src/first-question'); // the app's bundle, same window
    app.askFirst();
    expect(asked).toEqual([{ px: 1000 }]);
    expect(await app.opening(1000)).toEqual({ ok: true, value: { n: 1 } });
    expect(asked).toHaveLength(1);
  });
});
