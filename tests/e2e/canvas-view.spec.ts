import { test, expect } from './fixtures';
import { backend, centre, drag, eventByTitle, item, showWindow } from './helpers';
import type { Locator, Page } from '@playwright/test';

/** Pixels per day as the axis shows them: from two day labels of the same month ("21", "Mon 21"…). */
async function pxPerDay(page: Page): Promise<number> {
  const labels = await page.locator('.vis-time-axis .vis-text.vis-minor').evaluateAll((els) =>
    els.map((e) => ({ text: (e.textContent ?? '').trim(), x: e.getBoundingClientRect().x })));
  const days = labels.map((l) => ({ d: Number(/(\d+)$/.exec(l.text)?.[1]), x: l.x })).filter((l) => l.d > 0);
  for (let i = 1; i < days.length; i++) if (days[i]!.d > days[i - 1]!.d) return (days[i]!.x - days[i - 1]!.x) / (days[i]!.d - days[i - 1]!.d);
  throw new Error(`no two day labels: ${labels.map((l) => l.text).join(' ')}`);
}

/** Width on screen of an event's extent: the bar of a short range, or the range item itself. */
async function barWidth(l: Locator): Promise<number> {
  const bar = l.locator('.span-bar');
  const box = (await bar.count()) ? await bar.boundingBox() : await l.boundingBox();
  return box!.width;
}

test.describe('the canvas view', () => {
  test('a moment is a dot with its label beside it; an event with an end is a bar as long as it lasts', async ({ app }) => {
    await showWindow(app, '2024-10-15T00:00:00.000Z', '2024-11-01T00:00:00.000Z');
    const xi = item(app, 'Xi warns against widening');
    await expect(xi).toHaveClass(/vis-point/);
    const dot = xi.locator('.vis-dot');
    await expect(dot).toBeVisible();
    const d = (await dot.boundingBox())!;
    const label = (await xi.locator('.vis-item-content').boundingBox())!;
    expect(d.width).toBeLessThan(16);
    expect(Math.abs(d.width - d.height)).toBeLessThan(2);
    expect(label.x).toBeGreaterThan(d.x);
    // BRICS lasts three days (22–24 Oct): its bar is three day-columns wide.
    const brics = item(app, 'BRICS summit in Kazan');
    await expect(brics).not.toHaveClass(/vis-point/);
    expect(Math.abs((await barWidth(brics)) / (await pxPerDay(app)) - 3)).toBeLessThan(0.5);
  });

  test('a view kept from last time with no event in it says so and offers to show all events', async ({ app }) => {
    const tls = await backend<{ id: number }[]>(app, 'listTimelines');
    await backend(app, 'updateSettings', { viewWindows: { [String(tls[0]!.id)]: { start: '2031-01-01T00:00:00.000Z', end: '2032-06-01T00:00:00.000Z' } } });
    await app.reload();
    const hint = app.getByTestId('nothing-in-view');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('No events in this period.');
    await expect(item(app, 'BRICS summit in Kazan')).toHaveCount(0);
    await hint.getByTestId('show-all').click();
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
    await expect(hint).toBeHidden();
    // Kept (saved a moment after the view settles): the next start opens on all events, without the hint.
    const saved = async () => (await backend<{ viewWindows: Record<string, { start: string }> }>(app, 'getSettings')).viewWindows[String(tls[0]!.id)]?.start;
    await expect.poll(saved).not.toBe('2031-01-01T00:00:00.000Z');
    await app.reload();
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
    await expect(app.getByTestId('canvas-wrap')).toHaveAttribute('data-state', 'idle');
    await expect(hint).toBeHidden();
  });

  test('+ and − zoom about the centre, Fit shows every event; the keys do the same', async ({ app }) => {
    await showWindow(app, '2024-10-15T00:00:00.000Z', '2024-11-01T00:00:00.000Z');
    const d0 = await pxPerDay(app);
    const zoomIn = app.getByTestId('zoom-zoom-in');
    await expect(zoomIn).toHaveAttribute('aria-label', 'Zoom in');
    await expect(zoomIn).toHaveAttribute('title', 'Zoom in (+)');
    await zoomIn.click();
    // Twice as much room for a day, and the centre (23 Oct, noon) stays in the middle.
    await expect.poll(async () => Math.round(((await pxPerDay(app)) / d0) * 10) / 10, { timeout: 5000 }).toBe(2);
    const d1 = await pxPerDay(app);
    await app.getByTestId('zoom-zoom-out').click();
    await app.getByTestId('zoom-zoom-out').click();
    await expect.poll(async () => Math.round(((await pxPerDay(app)) / d1) * 100) / 100, { timeout: 5000 }).toBe(0.25);
    // The keyboard: + zooms in again.
    const d2 = await pxPerDay(app);
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('+');
    await expect.poll(async () => Math.round(((await pxPerDay(app)) / d2) * 10) / 10, { timeout: 5000 }).toBe(2);
    // Zoomed far in on 1 November, nothing of the sample is in view; Fit brings all of it back.
    await showWindow(app, '2024-11-20T00:00:00.000Z', '2024-11-21T00:00:00.000Z').catch(() => undefined);
    await app.getByTestId('zoom-fit').click();
    const canvas = (await app.getByTestId('timeline-canvas').boundingBox())!;
    // Fit animates: the items are where they belong once it has settled.
    for (const title of ['About 11,000 North Korean soldiers', 'BRICS summit in Kazan', 'Atlantic Council warns']) {
      await expect(item(app, title)).toBeVisible();
      await expect.poll(async () => (await item(app, title).boundingBox())!.x, { timeout: 5000 }).toBeGreaterThanOrEqual(canvas.x + 100);
      expect((await item(app, title).boundingBox())!.x).toBeLessThan(canvas.x + canvas.width);
    }
  });

  test('a view zoomed with the buttons or fitted comes back at the next start', async ({ app }) => {
    await showWindow(app, '2024-10-15T00:00:00.000Z', '2024-11-01T00:00:00.000Z');
    const d0 = await pxPerDay(app);
    await app.getByTestId('zoom-zoom-in').click();
    await expect.poll(async () => Math.round(((await pxPerDay(app)) / d0) * 10) / 10, { timeout: 5000 }).toBe(2);
    const tls = await backend<{ id: number }[]>(app, 'listTimelines');
    const saved = async () => (await backend<{ viewWindows: Record<string, { start: string; end: string }> }>(app, 'getSettings')).viewWindows[String(tls[0]!.id)];
    // Kept when the zoom has settled; the next start shows the same days.
    await expect.poll(async () => { const v = await saved(); return v && Math.round((Date.parse(v.end) - Date.parse(v.start)) / 86_400_000 * 2) / 2; }, { timeout: 5000 }).toBe(8.5);
    await app.reload();
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
    expect(Math.round(((await pxPerDay(app)) / d0) * 10) / 10).toBe(2);
    // Fit, too: the whole sample after the next start.
    await app.getByTestId('zoom-fit').click();
    await expect.poll(async () => { const v = await saved(); return Math.round((Date.parse(v!.end) - Date.parse(v!.start)) / 86_400_000); }, { timeout: 5000 }).toBeGreaterThan(30);
    await app.reload();
    await expect(item(app, 'Atlantic Council warns')).toBeVisible();
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
  });

  test('at day zoom the axis labels every day under its month', async ({ app }) => {
    // About 40 px a day.
    await showWindow(app, '2024-10-15T00:00:00.000Z', '2024-11-01T00:00:00.000Z');
    const minor = app.locator('.vis-time-axis .vis-text.vis-minor');
    await expect(minor.filter({ hasText: /^22$/ })).toHaveCount(1);
    const days = (await minor.allTextContents()).map((s) => s.trim());
    for (const d of ['20', '21', '22', '23', '24', '25']) expect(days).toContain(d);
    await expect(app.locator('.vis-time-axis .vis-text.vis-major', { hasText: 'October 2024' })).toBeVisible();
  });

  test('a one-day range narrow at month zoom is selected and resized by its edge, snapped to days', async ({ app }) => {
    const lanes = await backend<{ id: number }[]>(app, 'listLanes', { timelineId: 1 });
    await backend(app, 'createEvent', { timelineId: 1, title: 'Port strike', start: '2024-10-08', end: '2024-10-08', laneId: lanes[2]!.id });
    // 1 Sep – 31 Dec: a day is about 7 px.
    await showWindow(app, '2024-09-01T00:00:00.000Z', '2024-12-31T00:00:00.000Z');
    const strike = item(app, 'Port strike');
    const bar = strike.locator('.span-bar');
    expect((await bar.boundingBox())!.width).toBeLessThan(10);
    await bar.click();
    await expect(app.getByTestId('field-title')).toHaveValue('Port strike');
    // Selected, it is a range at least 18 px wide with its edge handles.
    const range = app.locator('.vis-item.vis-range.vis-selected', { hasText: 'Port strike' });
    await expect(range).toBeVisible();
    expect((await range.boundingBox())!.width).toBeGreaterThanOrEqual(17);
    const handle = range.locator('.vis-drag-right');
    const h = (await handle.boundingBox())!;
    expect(h.width).toBeGreaterThanOrEqual(8);
    expect(h.height).toBeGreaterThanOrEqual(14);
    const from = await centre(handle);
    const month = (name: string) => app.locator('.vis-time-axis .vis-text.vis-minor', { hasText: new RegExp(`^${name}$`) }).boundingBox();
    const day = ((await month('Nov'))!.x - (await month('Oct'))!.x) / 31;
    await drag(app, from, { x: from.x + day * 5, y: from.y });
    await expect(app.getByTestId('field-end').getByTestId('date-text')).toHaveValue(/1[2-4] Oct 2024/);
    const ev = await eventByTitle(app, 'Port strike');
    expect(ev?.start).toMatchObject({ value: '2024-10-08', precision: 'day' });
    expect(ev?.end?.precision).toBe('day');
    expect(ev?.end?.value).toMatch(/^2024-10-1[2-4]$/);
  });
});
