import { test, expect } from './fixtures';
import { backend, centre, drag, eventByTitle, item, select, showWindow } from './helpers';

test.describe('editing on the canvas', () => {
  test.beforeEach(async ({ app }) => {
    // 15 Oct – 1 Nov 2024 across the canvas: about 40 px a day.
    await showWindow(app, '2024-10-15T00:00:00.000Z', '2024-11-01T00:00:00.000Z');
  });

  test('double-click on empty time creates an event there and opens it for editing', async ({ app }) => {
    const lane = app.locator('.vis-foreground .vis-group').nth(2); // Analysis
    const box = (await lane.boundingBox())!;
    await app.mouse.dblclick(box.x + 60, box.y + box.height - 12);
    const title = app.getByTestId('field-title');
    await expect(title).toBeFocused();
    await expect(title).toHaveValue('New event');
    await title.fill('Satellite images of a camp near Ussuriysk');
    await title.press('Enter');
    await expect(item(app, 'Satellite images of a camp')).toBeVisible();
    await expect(app.getByTestId('field-lane')).toHaveValue(/\d+/);
    await expect(app.getByTestId('field-lane').locator('option:checked')).toHaveText('Analysis');
    await expect(app.getByTestId('field-start').getByTestId('date-precision')).toHaveValue('day');
    await app.reload();
    await expect(item(app, 'Satellite images of a camp')).toBeVisible();
    const ev = await eventByTitle(app, 'Satellite images of a camp near Ussuriysk');
    expect(ev?.start.precision).toBe('day');
    expect(ev?.start.value).toMatch(/^2024-10-1[5-7]$/);
  });

  test('dragging a selected day event moves it by whole days, keeps its precision and length, and says so with Undo', async ({ app }) => {
    const brics = item(app, 'BRICS summit in Kazan');
    await brics.click();
    const from = await centre(brics);
    await drag(app, from, { x: from.x + 80, y: from.y });
    await expect(app.getByTestId('field-start').getByTestId('date-text')).toHaveValue('24 Oct 2024');
    await expect(app.getByTestId('field-end').getByTestId('date-text')).toHaveValue('26 Oct 2024');
    const notice = app.getByTestId('notice').filter({ hasText: 'Moved “BRICS summit in Kazan” to 24 Oct 2024 – 26 Oct 2024' });
    await expect(notice).toBeVisible();
    await app.reload();
    const ev = await eventByTitle(app, 'BRICS summit in Kazan');
    expect(ev?.start).toMatchObject({ value: '2024-10-24', precision: 'day' });
    expect(ev?.end).toMatchObject({ value: '2024-10-26', precision: 'day' });
  });

  test('the notice of a move undoes it', async ({ app }) => {
    const brics = item(app, 'BRICS summit in Kazan');
    await brics.click();
    const from = await centre(brics);
    await drag(app, from, { x: from.x + 80, y: from.y });
    const notice = app.getByTestId('notice').filter({ hasText: 'Moved “BRICS summit in Kazan”' });
    await notice.getByTestId('notice-action').click();
    await expect(app.getByTestId('field-start').getByTestId('date-text')).toHaveValue('22 Oct 2024');
    expect((await eventByTitle(app, 'BRICS summit in Kazan'))?.start.value).toBe('2024-10-22');
  });

  test('a drag that starts on an event that is not selected pans the view and moves nothing', async ({ app }) => {
    const brics = item(app, 'BRICS summit in Kazan');
    const before = (await brics.boundingBox())!;
    const from = await centre(brics);
    await drag(app, from, { x: from.x + 120, y: from.y });
    // The whole view moved with the pointer: the event is where it was in time.
    await expect.poll(async () => Math.round((await brics.boundingBox())!.x - before.x)).toBeGreaterThan(60);
    expect((await eventByTitle(app, 'BRICS summit in Kazan'))?.start.value).toBe('2024-10-22');
    await expect(app.getByTestId('notice')).toHaveCount(0);
  });

  test('dragging the edge of a range resizes it, snapped to its precision', async ({ app }) => {
    const lanes = await backend<{ id: number }[]>(app, 'listLanes', { timelineId: 1 });
    await backend(app, 'createEvent', { timelineId: 1, title: 'Autumn drill', start: 'Oktober 2024', laneId: lanes[2]!.id });
    await showWindow(app, '2024-09-20T00:00:00.000Z', '2024-12-20T00:00:00.000Z');
    const range = item(app, 'Autumn drill');
    await range.click();
    const handle = range.locator('.vis-drag-right');
    const from = await centre(handle);
    const day = ((await app.getByTestId('timeline-canvas').boundingBox())!.width - 110) / 91;
    await drag(app, { x: from.x - 2, y: from.y }, { x: from.x + day * 25, y: from.y });
    await expect(app.getByTestId('field-end').getByTestId('date-text')).toHaveValue('November 2024');
    const ev = await eventByTitle(app, 'Autumn drill');
    expect(ev?.start).toMatchObject({ value: '2024-10', precision: 'month' });
    expect(ev?.end).toMatchObject({ value: '2024-11', precision: 'month' });
  });

  test('dragging into another lane changes the lane and keeps the dates exactly', async ({ app }) => {
    const xi = item(app, 'Xi warns against widening');
    const before = await eventByTitle(app, 'Xi warns against widening the battlefield');
    await xi.click();
    const from = await centre(xi);
    const analysis = (await app.locator('.vis-foreground .vis-group').nth(2).boundingBox())!;
    // A hand is never quite steady: a few pixels sideways on the way down.
    await drag(app, from, { x: from.x + 9, y: analysis.y + analysis.height - 10 });
    await expect(app.getByTestId('field-lane').locator('option:checked')).toHaveText('Analysis');
    await expect(app.getByTestId('notice').filter({ hasText: 'Moved “Xi warns against widening the battlefield” to the lane Analysis' })).toBeVisible();
    const ev = await eventByTitle(app, 'Xi warns against widening the battlefield');
    expect(ev?.start).toEqual(before?.start);
    expect(ev?.end).toEqual(before?.end);
    const lanes = await backend<{ id: number; name: string }[]>(app, 'listLanes', { timelineId: 1 });
    expect(lanes.find((l) => l.id === ev?.laneId)?.name).toBe('Analysis');
  });

  test('Delete removes the selection without asking, and it can be undone', async ({ app }) => {
    await select(app, 'Xi warns against widening');
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('Delete');
    await expect(item(app, 'Xi warns against widening')).toHaveCount(0);
    await expect(app.getByTestId('notice')).toContainText('Deleted “Xi warns against widening the battlefield”');
    await app.getByTestId('notice-action').click();
    await expect(item(app, 'Xi warns against widening')).toBeVisible();
  });

  test('a move the backend refuses snaps back and says why', async ({ app }) => {
    await app.route('**/api/updateEvent', (route) => route.fulfill({ json: { ok: false, code: 'IO', message: 'The disk is full' } }));
    const brics = item(app, 'BRICS summit in Kazan');
    await brics.click();
    const before = (await brics.boundingBox())!;
    const from = await centre(brics);
    await drag(app, from, { x: from.x + 120, y: from.y });
    await expect(app.getByTestId('notice')).toContainText('The disk is full');
    await expect.poll(async () => Math.round((await brics.boundingBox())!.x)).toBe(Math.round(before.x));
    await app.unroute('**/api/updateEvent');
    await app.reload();
    expect((await eventByTitle(app, 'BRICS summit in Kazan'))?.start.value).toBe('2024-10-22');
  });
});
