import { test, expect } from './fixtures';
import { item } from './helpers';

test.describe('find and filter', () => {
  test('full-text search lists the hits and highlights them on the timeline', async ({ app }) => {
    await app.getByTestId('search').fill('Kazan');
    const results = app.getByTestId('search-results');
    await expect(results).toContainText('for “Kazan”');
    await expect(results.getByTestId('search-hit').first()).toContainText('BRICS summit in Kazan');
    await expect(results.locator('mark').first()).toHaveText(/Kazan/i);
    await expect(item(app, 'BRICS summit in Kazan')).toHaveClass(/hit/);
    await expect(item(app, 'About 11,000 North Korean soldiers')).toHaveClass(/dim/);
    await results.getByTestId('search-hit').first().click();
    await expect(app.getByTestId('field-title')).toHaveValue(/Kazan/);
    // quotes are searched too (this word is only in a German quote), by the beginning of a word
    await app.getByTestId('search').fill('entsand');
    await expect(results.getByTestId('search-hit')).toHaveCount(1);
    await expect(results.locator('mark')).toHaveText(['entsandt']);
    // a word that is nowhere: no hits left over from the search before
    await app.getByTestId('search').fill('Fernost');
    await expect(results).toContainText('“Fernost”');
    await expect(results.getByTestId('search-hit')).toHaveCount(0);
    await app.getByTestId('search-clear').click();
    await expect(results).toBeHidden();
    await expect(app.locator('.vis-item.dim')).toHaveCount(0);
  });

  test('filters by kind, confidence, lane, tag and date range; shows the state and clears in one click', async ({ app }) => {
    const state = app.getByTestId('filter-state');
    await expect(state).toHaveText('Showing 11 of 11');
    await app.getByTestId('filter-kind').locator('summary').click();
    await app.getByTestId('filter-kind').getByLabel('Statement').check();
    await expect(state).toHaveText(/Showing [1-9] of 11/);
    const statements = await app.getByTestId('event-row').count();
    await expect(app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point')).toHaveCount(statements);
    await app.getByTestId('filter-confidence').locator('summary').click();
    await app.getByTestId('filter-confidence').getByLabel('Confirmed').check();
    await expect(app.getByTestId('event-row')).toHaveCount(1);
    await expect(app.getByTestId('filter-confidence')).toContainText('1');
    await app.getByTestId('filter-clear').click();
    await expect(state).toHaveText('Showing 11 of 11');

    await app.getByTestId('filter-lane').locator('summary').click();
    await app.getByTestId('filter-lane').getByLabel('Military').check();
    await expect(app.getByTestId('event-row')).toHaveCount(3);
    await app.getByTestId('filter-clear').click();

    await app.getByTestId('filter-from').fill('24.10.2024');
    await app.getByTestId('filter-to').fill('Oct 24, 2024');
    await app.getByTestId('filter-to').press('Enter');
    await expect(state).not.toHaveText('Showing 11 of 11');
    await expect(app.getByTestId('event-row').filter({ hasText: 'Kirby' })).toHaveCount(1);
    await expect(app.getByTestId('event-row').filter({ hasText: 'Xi warns' })).toHaveCount(0);
    await app.getByTestId('filter-clear').click();
    await expect(app.getByTestId('filter-from')).toHaveValue('');
    await expect(app.getByTestId('event-row')).toHaveCount(11);
  });
});

test('a filter date that cannot be read is said so and keeps the filter as it was', async ({ app }) => {
  const from = app.getByTestId('filter-from');
  await from.fill('garbage');
  await from.press('Tab');
  await expect(app.getByTestId('notice').filter({ hasText: '“garbage” is not a date' })).toBeVisible();
  await expect(from).toHaveValue('garbage');
  await expect(app.getByText('Showing 11 of 11')).toBeVisible();
});
