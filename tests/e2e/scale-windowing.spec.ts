import type { Page } from '@playwright/test';
import { sortKey } from '../../core/dates';
import { test, expect } from './fixtures';
import { backend, type EventJson } from './helpers';

/**
 * A generated timeline of 20,000 events over 2015–2024 in four lanes: the canvas draws windows of
 * it (items where few, counts where many), the list pages through it, the selection survives pans.
 */
const N = 20_000;
const LANES = ['North', 'South', 'East', 'West'];

function csv(): string {
  let seed = 11;
  const r = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const lines = ['event_date,end_date,title,lane,event_type'];
  for (let i = 0; i < N; i++) {
    const day = Date.UTC(2015, 0, 1) + Math.floor(r() * 3650) * 86_400_000;
    const end = r() < 0.15 ? new Date(day + Math.floor(1 + r() * 10) * 86_400_000).toISOString().slice(0, 10) : '';
    lines.push(`${new Date(day).toISOString().slice(0, 10)},${end},Generated event ${i} near Post${i % 97},${LANES[Math.floor(r() * 4)]},${['attack', 'report', 'meeting'][i % 3]}`);
  }
  return lines.join('\n') + '\n';
}

async function openBig(app: Page, view?: { start: string; end: string }): Promise<number> {
  const tl = await backend<{ timeline: { id: number } }>(app, 'importData', { format: 'csv', content: csv(), newTimelineTitle: 'Generated 20k' });
  const id = tl.timeline.id;
  await backend(app, 'updateSettings', { lastTimelineId: id, ...(view ? { viewWindows: { [String(id)]: view } } : {}) });
  await app.reload();
  await expect(app.getByTestId('canvas-wrap')).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  await expect(app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point, [data-testid="density"]').first()).toBeAttached();
  return id;
}

const keyOf = (e: EventJson, edge: 'start' | 'end') => sortKey(edge === 'end' ? e.end ?? e.start : e.start, edge);

/** The title of an item drawn well inside the visible part of the canvas (items of the margins are off-screen). */
async function itemInView(app: Page): Promise<string> {
  return app.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const el = [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point')].find((e) => {
      const r = e.getBoundingClientRect();
      return r.left > panel.left + 40 && r.right < panel.right - 40 && r.top > panel.top && r.bottom < panel.bottom;
    });
    return el?.textContent?.trim() ?? '';
  });
}

test.describe('a timeline of 20,000 events', () => {
  test.setTimeout(180_000);

  test('draws exactly the events of a zoomed-in window as items', async ({ app }) => {
    // Tall enough for every lane: vis-timeline leaves out the items of lanes scrolled out of sight.
    await app.setViewportSize({ width: 1400, height: 2400 });
    const id = await openBig(app, { start: '2019-03-01T00:00:00.000Z', end: '2019-03-05T00:00:00.000Z' });
    const expected = await backend<EventJson[]>(app, 'listEvents', { timelineId: id, from: '2019-03-01', to: '2019-03-04' });
    expect(expected.length).toBeGreaterThan(15);
    await expect(app.locator('[data-testid="density"]')).toHaveCount(0);
    // Every event of the view is drawn (items of the margin beyond the view may be drawn too).
    const drawn = await app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
    for (const e of expected) expect(drawn, e.title).toContain(e.title);
    expect(drawn.length).toBeLessThan(1000);
    await expect(app.getByTestId('filter-state')).toHaveText('Showing 20,000 of 20,000');
  });

  test('draws the whole decade as counts per lane, and a bar counts the events starting in its period', async ({ app }) => {
    const windows: string[] = [];
    app.on('request', (q) => { if (q.url().endsWith('/api/timelineWindow')) windows.push(q.postData() ?? ''); });
    const id = await openBig(app);
    const bars = app.getByTestId('density');
    await expect(bars).toHaveCount(4);
    // The first window came with the first screen: the counts are drawn without asking for one.
    expect(windows).toHaveLength(0);
    expect(await app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point').count()).toBeLessThan(200);
    const all = await backend<EventJson[]>(app, 'listEvents', { timelineId: id });
    const lanes = await backend<{ id: number; name: string }[]>(app, 'listLanes', { timelineId: id });
    for (const [i, fraction] of [[0, 0.15], [2, 0.3], [3, 0.45]] as const) {
      const box = (await bars.nth(i).boundingBox())!;
      const canvas = (await app.locator('.vis-panel.vis-center').boundingBox())!;
      // A spot of the bars no label covers (a label shows its event's tooltip instead).
      const y = box.y + box.height - 4;
      const covered = (px: number) => app.evaluate(([cx, cy]) => !!document.elementFromPoint(cx, cy)?.closest('.vis-item:not(.vis-background)'), [px, y]);
      let x = canvas.x + canvas.width * fraction;
      for (let step = 1; await covered(x); step++) x += (step % 2 ? 1 : -1) * step * 10;
      const tip = app.getByTestId('density-tip');
      await app.mouse.move(1, 1);
      await expect(tip).toBeHidden();
      await app.mouse.move(x, y);
      await expect(tip).toBeVisible();
      const lane = Number(await tip.getAttribute('data-lane'));
      const from = Number(await tip.getAttribute('data-from'));
      const to = Number(await tip.getAttribute('data-to'));
      const shown = Number(await tip.getAttribute('data-count'));
      const counted = all.filter((e) => e.laneId === lane && keyOf(e, 'start') >= from && keyOf(e, 'start') <= to).length;
      expect(shown).toBe(counted);
      expect(shown).toBeGreaterThan(0);
      await expect(tip).toContainText(`${shown} events start here`);
      expect(lanes.map((l) => l.id)).toContain(lane);
    }
    // A click on the bars zooms in: fewer, then real items.
    await app.mouse.click((await app.locator('.vis-panel.vis-center').boundingBox())!.x + 300, (await bars.first().boundingBox())!.y + 40);
    await expect(app.getByTestId('canvas-wrap')).toHaveAttribute('data-state', 'idle');
  });

  test('keeps the selection across pans that load other windows, and the arrows walk on from it', async ({ app }) => {
    await openBig(app, { start: '2019-03-01T00:00:00.000Z', end: '2019-03-08T00:00:00.000Z' });
    const title = await itemInView(app);
    expect(title).not.toBe('');
    await app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point', { hasText: title }).first().click();
    await expect(app.getByTestId('field-title')).toHaveValue(title);
    // Pan far to the left on the time axis (the event leaves the loaded window), then back.
    const axis = (await app.locator('.vis-panel.vis-top').first().boundingBox())!;
    const y = axis.y + axis.height / 2;
    for (const dx of [500, 500, 500, -500, -500, -500]) {
      await app.mouse.move(axis.x + 600, y);
      await app.mouse.down();
      for (let k = 1; k <= 10; k++) await app.mouse.move(axis.x + 600 + (dx * k) / 10, y);
      await app.mouse.up();
      await expect(app.getByTestId('canvas-wrap')).toHaveAttribute('data-state', 'idle');
      await expect(app.getByTestId('field-title')).toHaveValue(title);
    }
    await expect(app.locator('.vis-item.vis-box.vis-selected, .vis-item.vis-range.vis-selected, .vis-item.vis-point.vis-selected')).toHaveText(title);
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('field-title')).not.toHaveValue(title);
    await app.keyboard.press('ArrowLeft');
    await expect(app.getByTestId('field-title')).toHaveValue(title);
  });

  test('pages the list: End goes to the last of 20,000 rows, and a row picked there is shown on the canvas', async ({ app }) => {
    const id = await openBig(app);
    const rows = app.getByTestId('event-row');
    expect(await rows.count()).toBeLessThan(200);
    await rows.first().click();
    await app.keyboard.press('End');
    const last = await backend<{ title: string } | null>(app, 'stepEvent', { timelineId: id, direction: 'last' });
    await expect(app.locator('[data-testid="event-row"][aria-selected="true"]')).toContainText(last!.title);
    await expect(app.locator('[data-testid="event-row"][aria-selected="true"]')).toHaveAttribute('aria-rowindex', String(N + 1));
    await expect(app.getByTestId('field-title')).toHaveValue(last!.title);
    await expect(app.locator('.vis-item.vis-box.vis-selected, .vis-item.vis-range.vis-selected, .vis-item.vis-point.vis-selected')).toContainText(last!.title);
  });
});
