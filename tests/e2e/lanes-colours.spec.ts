import { test, expect } from './fixtures';

test.describe('lanes and colours', () => {
  test('creates, renames, reorders and deletes lanes', async ({ app }) => {
    await app.getByTestId('open-lanes').click();
    const dlg = app.getByTestId('lane-manager');
    await dlg.getByTestId('lane-new').fill('Economy');
    await dlg.getByTestId('lane-add').click();
    await expect(dlg.getByTestId('lane-row')).toHaveCount(4);
    await expect(app.locator('.vis-label', { hasText: 'Economy' })).toBeVisible();
    const name = dlg.getByTestId('lane-name').nth(3);
    await name.fill('Economy & sanctions');
    await name.press('Enter');
    await expect(app.locator('.vis-label', { hasText: 'Economy & sanctions' })).toBeVisible();
    await dlg.getByRole('button', { name: 'Move “Economy & sanctions” up' }).click();
    await expect(dlg.getByTestId('lane-name').nth(2)).toHaveValue('Economy & sanctions');
    await expect(app.locator('.vis-labelset .vis-label').nth(2)).toContainText('Economy & sanctions');
    await dlg.getByRole('button', { name: 'Delete lane “Military”' }).click();
    await expect(dlg.getByTestId('lane-row')).toHaveCount(3);
    // the events of a deleted lane stay, without a lane
    await expect(app.locator('.vis-label', { hasText: 'Unassigned' })).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(dlg).toBeHidden();
    await app.reload();
    await expect(app.locator('.vis-labelset .vis-label')).toHaveText(['Diplomacy', 'Economy & sanctions', 'Analysis', 'Unassigned']);
  });

  test('colours events by kind or by confidence, with a legend, and remembers the choice', async ({ app }) => {
    const legend = app.getByTestId('legend');
    await expect(legend).toContainText('Deployment');
    // A moment is a dot: its colour is the dot's.
    const xi = app.locator('.vis-item.vis-point', { hasText: 'Xi warns' }).locator('.vis-dot');
    const kindColour = await xi.evaluate((e) => getComputedStyle(e).borderTopColor);
    await app.getByTestId('color-by-confidence').click();
    await expect(legend).toContainText('Disputed');
    await expect(legend).not.toContainText('Deployment');
    await expect.poll(() => xi.evaluate((e) => getComputedStyle(e).borderTopColor)).not.toBe(kindColour);
    await app.reload();
    await expect(app.getByTestId('color-by-confidence')).toHaveAttribute('aria-checked', 'true');
    await expect(app.getByTestId('legend')).toContainText('Claimed');
  });
});
