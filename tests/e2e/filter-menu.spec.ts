/** Issue 8, item 2: clicking the text of an option in a filter menu crashed the Chromium tab. */
import { test, expect } from './fixtures';

test('a filter option is chosen by clicking its text, and the menu stays open for the next one', async ({ app }) => {
  const state = app.getByTestId('filter-state');
  await expect(state).toHaveText('Showing 11 of 11');
  const kind = app.getByTestId('filter-kind');
  await kind.locator('summary').click();
  await kind.locator('label span', { hasText: 'Statement' }).click();
  await expect(kind.getByLabel('Statement')).toBeChecked();
  await expect(state).toHaveText(/Showing [1-9] of 11/);
  // The menu is still open: a second option by its text, then one off again.
  await kind.locator('label span', { hasText: 'Deployment' }).click();
  await expect(kind.getByLabel('Deployment')).toBeChecked();
  await kind.locator('label span', { hasText: 'Statement' }).click();
  await expect(kind.getByLabel('Statement')).not.toBeChecked();

  for (const [menu, option] of [['filter-confidence', 'Confirmed'], ['filter-lane', 'Military'], ['filter-tag', 'Kursk']] as const) {
    const m = app.getByTestId(menu);
    await m.locator('summary').click();
    await m.locator('label span', { hasText: option }).click();
    await expect(m.getByLabel(option)).toBeChecked();
  }
  // Leaving the menu (a click elsewhere) still closes it; the page is alive and answers.
  await app.getByTestId('filter-state').click();
  await expect(app.getByTestId('filter-tag').locator('.filter-pop')).toBeHidden();
  await app.getByTestId('filter-clear').click();
  await expect(state).toHaveText('Showing 11 of 11');
});
