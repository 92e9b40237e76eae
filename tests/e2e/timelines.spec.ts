import { test, expect } from './fixtures';
import { SAMPLE, item } from './helpers';

test.describe('timelines', () => {
  test('renames, duplicates and deletes a timeline; delete asks once and is undoable', async ({ app }) => {
    const switcher = app.getByTestId('timeline-switcher');
    await app.getByTestId('timeline-actions').click();
    await app.getByRole('menuitem', { name: 'Duplicate timeline' }).click();
    await expect(switcher.locator('option:checked')).toHaveText(`${SAMPLE} (copy) · 11`);
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();

    await app.getByTestId('menu-file').click();
    await app.getByRole('menuitem', { name: 'Rename timeline…' }).click();
    await app.getByTestId('rename-input').fill('Working copy');
    await app.getByTestId('rename-confirm').click();
    await expect(switcher.locator('option:checked')).toHaveText('Working copy · 11');

    await app.getByTestId('timeline-actions').click();
    await app.getByRole('menuitem', { name: 'Delete timeline…' }).click();
    await expect(app.getByTestId('delete-timeline-dialog')).toContainText('“Working copy” and its 11 events');
    await app.getByTestId('delete-timeline-confirm').click();
    await expect(switcher.locator('option')).toHaveCount(1);
    await expect(switcher.locator('option:checked')).toHaveText(`${SAMPLE} · 11`);
    await app.keyboard.press('Control+z');
    await expect(switcher.locator('option')).toHaveCount(2);
    await expect(switcher).toContainText('Working copy');
  });

  test('reopens the last timeline and its view window after a restart', async ({ app, shell }) => {
    await app.getByTestId('new-timeline').click();
    await app.getByTestId('new-timeline-name').fill('Second front');
    await app.getByTestId('new-timeline-create').click();
    await expect(app.getByTestId('timeline-switcher').locator('option:checked')).toHaveText('Second front · 0');
    await app.getByTestId('timeline-switcher').selectOption({ label: `${SAMPLE} · 11` });
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
    // zoom in with Ctrl+wheel: the view window is saved
    const width = async () => (await item(app, 'About 11,000 North Korean soldiers').boundingBox())!.width;
    const before = await width();
    const canvas = (await app.getByTestId('timeline-canvas').boundingBox())!;
    await app.mouse.move(canvas.x + canvas.width / 3, canvas.y + 200);
    await app.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await app.mouse.wheel(0, -200);
    await app.keyboard.up('Control');
    await app.waitForTimeout(800);
    const zoomed = await width();
    expect(zoomed).toBeGreaterThan(before * 1.2);
    await shell.restart();
    await app.goto(shell.url);
    await expect(app.getByTestId('timeline-switcher').locator('option:checked')).toHaveText(`${SAMPLE} · 11`);
    await expect.poll(async () => Math.abs((await width()) - zoomed) / zoomed).toBeLessThan(0.05);
  });
});

test('Help → About shows the version and where the project database lives', async ({ app, shell }) => {
  await app.getByTestId('menu-help').click();
  await app.locator('[data-command="about"]').click();
  const about = app.getByTestId('about-dialog');
  await expect(about.getByTestId('about-db')).toHaveText(shell.dbPath);
  await expect(about.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
});
