import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrefetcher } from '../../../backend/prefetch';
import { tempBackend, value } from '../../helpers/backend';

let b: ReturnType<typeof tempBackend>;
beforeEach(async () => {
  b = tempBackend();
  const tl = value(await b.api.createTimeline({ title: 'Read ahead' }));
  for (let i = 1; i <= 30; i++) value(await b.api.createEvent({ timelineId: tl.id, title: `Event ${i}`, start: `2024-01-${String(i).padStart(2, '0')}` }));
});
afterEach(() => b.cleanup());

const settled = async (p: ReturnType<typeof createPrefetcher>) => {
  for (let i = 0; i < 200 && !p.progress().done; i++) await new Promise((r) => setTimeout(r, 5));
  return p.progress();
};

describe('reading ahead the search index after opening', () => {
  it('reads every event id in slices, then stops', async () => {
    const ids = (b.db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM events').get() as { lo: number; hi: number });
    const p = createPrefetcher(b.db, { sliceIds: 7, minIds: 0 });
    p.start();
    expect(p.progress().done).toBe(false);
    expect(await settled(p)).toEqual({ read: ids.hi - ids.lo + 1, done: true });
    // Once is enough: a second start reads nothing more.
    p.start();
    expect(await settled(p)).toEqual({ read: ids.hi - ids.lo + 1, done: true });
  });

  it('leaves a small project alone', async () => {
    const p = createPrefetcher(b.db);
    p.start();
    expect(p.progress()).toEqual({ read: 0, done: true });
  });

  it('stops when told, and when the project is closed meanwhile', async () => {
    const stopped = createPrefetcher(b.db, { sliceIds: 1, minIds: 0 });
    stopped.start();
    await new Promise((r) => setTimeout(r, 0));
    stopped.stop();
    const at = stopped.progress();
    expect(at.done).toBe(true);
    expect(at.read).toBeLessThan(30);
    const closing = createPrefetcher(b.db, { sliceIds: 1, minIds: 0 });
    closing.start(10);
    b.db.close();
    expect((await settled(closing)).done).toBe(true);
  });
});
