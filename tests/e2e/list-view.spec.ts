import { test, expect } from './fixtures';
import { item } from './helpers';

test.describe('list view', () => {
  test('sorts by any column and shares the selection with the canvas both ways', async ({ app }) => {
    const rows = app.getByTestId('event-row');
    await expect(rows).toHaveCount(11);
    await expect(rows.first()).toContainText('About 11,000');
    await app.getByTestId('sort-title').click();
    await expect(rows.first()).toContainText('About 11,000');
    await app.getByTestId('sort-title').click();
    await expect(rows.first()).toContainText('Xi warns');
    await expect(app.locator('th[aria-sort="descending"]')).toContainText('Title');
    // table → canvas
    await rows.filter({ hasText: 'BRICS summit in Kazan' }).click();
    await expect(item(app, 'BRICS summit in Kazan')).toHaveClass(/vis-selected/);
    // canvas → table
    await item(app, 'Xi warns against widening').click();
    await expect(rows.filter({ hasText: 'Xi warns' })).toHaveAttribute('aria-selected', 'true');
    await expect(rows.filter({ hasText: 'BRICS summit in Kazan' })).toHaveAttribute('aria-selected', 'false');
  });

  test('is usable by keyboard alone: arrows move, Enter edits, Delete removes', async ({ app }) => {
    const rows = app.getByTestId('event-row');
    await rows.first().click();
    await expect(rows.first()).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(item(app, 'United States confirm')).toHaveClass(/vis-selected/);
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('field-title')).toBeFocused();
    await expect(app.getByTestId('field-title')).toHaveValue(/United States confirm/);
    await app.keyboard.press('Escape');
    await rows.nth(2).focus();
    await app.keyboard.press('Delete');
    await expect(rows).toHaveCount(10);
    await expect(item(app, 'United States confirm')).toHaveCount(0);
  });
});

test('Escape from the panel returns the keyboard to the selected row', async ({ app }) => {
  const row = app.getByTestId('event-row').filter({ hasText: 'BRICS summit in Kazan' });
  await row.click();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('field-title')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(row).toBeFocused();
});
