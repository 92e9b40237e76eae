import type { Page } from '@playwright/test';
import type { Timeline } from '../../core/domain';
import { expect, test } from './fixtures';
import { backend } from './helpers';

/**
 * File → Import Data… with files too large to hold at once: read and sent in pieces with a progress
 * bar, previewed from their beginning, and a Cancel that leaves nothing behind.
 */
async function openImport(page: Page): Promise<void> {
  await page.getByTestId('menu-file').click();
  await page.locator('[data-command="import-data"]').click();
}

/** A CSV of n rows (about 90 bytes each), with umlauts so pieces split inside characters. */
function csv(n: number): Buffer {
  const lines = ['event_date,title,lane,notes'];
  for (let i = 0; i < n; i++) lines.push(`20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10},Übung Nr. ${i} an der Grenze,${['Nord', 'Süd'][i % 2]},Beobachter berichten über Truppen ${i}`);
  return Buffer.from(lines.join('\n') + '\n');
}

test.describe('importing a large data file', () => {
  test.setTimeout(240_000);

  test('previews a file of over 8 MB from its beginning, imports every row with progress, and undoes it in one step', async ({ app }) => {
    const n = 110_000;
    const buffer = csv(n);
    expect(buffer.length).toBeGreaterThan(8 * 1024 * 1024);
    await openImport(app);
    const dialog = app.getByTestId('data-import-dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: 'grenze.csv', mimeType: 'text/csv', buffer });
    await expect(dialog.getByTestId('import-counts')).toContainText('a large file');
    await expect(dialog.getByTestId('import-preview')).toContainText('Übung Nr. 0 an der Grenze');
    await dialog.getByTestId('import-confirm').click();
    await expect(dialog.getByTestId('import-progress')).toBeVisible();
    await expect(dialog).toBeHidden({ timeout: 200_000 });
    await expect(app.getByText(`${n.toLocaleString('en-GB')} events imported into “grenze”`)).toBeVisible();
    const timelines = await backend<Timeline[]>(app, 'listTimelines');
    expect(timelines.find((t) => t.title === 'grenze')?.eventCount).toBe(n);
    await expect(app.getByTestId('filter-state')).toHaveText(`Showing ${n.toLocaleString('en-GB')} of ${n.toLocaleString('en-GB')}`);
    await app.getByTestId('undo').click();
    await expect.poll(async () => (await backend<Timeline[]>(app, 'listTimelines')).some((t) => t.title === 'grenze')).toBe(false);
  });

  test('Cancel during the import stops it and leaves nothing behind', async ({ app }) => {
    const before = await backend<Timeline[]>(app, 'listTimelines');
    // Each piece takes a while to arrive, so there is time to press Cancel.
    await app.route('**/api/pushImport', async (route) => {
      await new Promise((ok) => setTimeout(ok, 800));
      await route.continue();
    });
    await openImport(app);
    const dialog = app.getByTestId('data-import-dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: 'abbruch.csv', mimeType: 'text/csv', buffer: csv(40_000) });
    await expect(dialog.getByTestId('import-preview')).toContainText('Übung Nr. 1 an der Grenze');
    await dialog.getByTestId('import-confirm').click();
    await expect(dialog.getByTestId('import-progress-text')).toContainText('events read');
    await dialog.getByTestId('import-cancel').click();
    await expect(app.getByTestId('notice').filter({ hasText: 'Import cancelled: nothing was imported.' })).toBeVisible();
    await expect(dialog.getByTestId('import-progress')).toBeHidden();
    await app.unroute('**/api/pushImport');
    expect(await backend<Timeline[]>(app, 'listTimelines')).toEqual(before);
    await expect(dialog.getByTestId('import-confirm')).toBeEnabled();
  });
});
