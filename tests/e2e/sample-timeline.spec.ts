import { test, expect } from './fixtures';

test.describe('first start', () => {
  test('opens the sample timeline with its events drawn on the canvas', async ({ app }) => {
    await expect(app.getByTestId('timeline-switcher')).toContainText('North Korean troops in Russia (Oct 2024)');
    const items = app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point');
    await expect(items).toHaveCount(11);
    await expect(app.locator('.vis-item', { hasText: 'Xi warns against widening the battlefield' })).toBeVisible();
    // lanes are drawn as groups
    await expect(app.locator('.vis-label', { hasText: 'Military' })).toBeVisible();
    await expect(app.locator('.vis-label', { hasText: 'Diplomacy' })).toBeVisible();
    // approximate dates are visibly fuzzy
    await expect(app.locator('.vis-item.vis-box.approximate, .vis-item.vis-range.approximate, .vis-item.vis-point.approximate').first()).toBeVisible();
  });

  test('shows a selected event with its sources as links to the right address', async ({ app }) => {
    await app.locator('.vis-item', { hasText: 'BRICS' }).first().click();
    const panel = app.getByTestId('event-panel');
    await expect(panel.getByRole('heading', { name: 'BRICS summit in Kazan' })).toBeVisible();
    await expect(panel.getByTestId('field-start').getByTestId('date-text')).toHaveValue('22 Oct 2024');
    await expect(panel.getByTestId('field-end').getByTestId('date-text')).toHaveValue('24 Oct 2024');
    const link = panel.getByRole('link', { name: '16th BRICS summit' });
    await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/16th_BRICS_summit');
  });

  test('makes a new empty timeline, asking its name inline, and the sample stays', async ({ app }) => {
    await app.getByTestId('new-timeline').click();
    await expect(app.getByTestId('new-timeline-name')).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('new-timeline-name')).toHaveAttribute('aria-invalid', 'true');
    await app.keyboard.type('Grain corridor 2023');
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('timeline-switcher').locator('option:checked')).toHaveText('Grain corridor 2023 · 0');
    await expect(app.locator('.vis-item')).toHaveCount(0);
    await expect(app.getByText('No events yet')).toBeVisible();
    await app.getByTestId('timeline-switcher').selectOption({ label: 'North Korean troops in Russia (Oct 2024) · 11' });
    await expect(app.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point')).toHaveCount(11);
  });
});
