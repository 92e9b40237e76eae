import { test as base, expect } from './fixtures';
import { item, select } from './helpers';

const test = base;

test.describe('two languages', () => {
  test('switches the whole UI to German, with German dates and numbers, and keeps it', async ({ app }) => {
    await app.getByTestId('language').selectOption('de');
    await expect(app.getByTestId('menu-file')).toHaveText('Datei');
    await expect(app.getByTestId('filter-state')).toHaveText('11 von 11 sichtbar');
    await select(app, 'BRICS summit in Kazan');
    await expect(app.getByTestId('field-start').getByTestId('date-text')).toHaveValue('22.10.2024');
    await expect(app.getByText('Verlässlichkeit').first()).toBeVisible();
    await expect(app.locator('.vis-label', { hasText: 'Diplomacy' })).toBeVisible();
    // the canvas axis names the months in German too
    await expect(app.locator('.vis-time-axis.vis-foreground')).toContainText(/Oktober|Okt/);
    const start = app.getByTestId('field-start');
    await start.getByTestId('date-text').fill('Oktober 2024');
    await expect(start.getByTestId('date-hint')).toHaveText('→ Oktober 2024 (Monat)');
    await app.reload();
    await expect(app.getByTestId('menu-file')).toHaveText('Datei');
    await expect(app.getByTestId('event-row').filter({ hasText: 'BRICS' })).toContainText('22.10.2024 – 24.10.2024');
    await app.getByTestId('language').selectOption('en');
    await expect(app.getByTestId('menu-file')).toHaveText('File');
  });

  test.describe('on a German system', () => {
    test.use({ locale: 'de-DE' });
    test('starts in German', async ({ app }) => {
      await expect(app.getByTestId('menu-edit')).toHaveText('Bearbeiten');
      await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
      await expect(app.getByTestId('legend')).toContainText('Farbe nach');
    });
  });
});
