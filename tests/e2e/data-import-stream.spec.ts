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
    // Wait for the held-back piece to pass, so the check below sees the end state.
    await app.unrouteAll({ behavior: 'wait' });
    expect(await backend<Timeline[]>(app, 'listTimelines')).toEqual(before);
    await expect(dialog.getByTestId('import-confirm')).toBeEnabled();
  });

  test('leaves out the rows it cannot read when asked, says so in the preview and lists them with their lines afterwards', async ({ app }) => {
    const lines = csv(3000).toString().split('\n');
    lines[1000] = '2019-02-30,Unmöglicher Tag,Nord,kaputt';
    lines[2500] = ',Ohne Datum,Süd,leer';
    await openImport(app);
    const dialog = app.getByTestId('data-import-dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: 'gemischt.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect(dialog.getByTestId('import-problem')).toContainText('CSV line 1001, column "event_date"');
    await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
    await dialog.getByTestId('import-skip-bad').check();
    await expect(dialog.getByTestId('import-will-refuse')).toContainText('2 rows cannot be read and will be left out');
    await expect(dialog.getByTestId('import-problem')).toBeHidden();
    await dialog.getByTestId('import-confirm').click();
    const result = dialog.getByTestId('import-result');
    await expect(result).toContainText('2,998 events imported into “gemischt”');
    await expect(result).toContainText('2 rows could not be read and were left out');
    await expect(dialog.getByTestId('import-refused').locator('li')).toHaveText([/CSV line 1001, column "event_date": .*2019-02-30/, /CSV line 2501, column "event_date": the event date is empty/]);
    expect((await backend<Timeline[]>(app, 'listTimelines')).find((t) => t.title === 'gemischt')?.eventCount).toBe(2998);
    await dialog.getByTestId('dialog-dismiss').click();
    await expect(dialog).toBeHidden();
    await expect(app.getByTestId('filter-state')).toHaveText('Showing 2,998 of 2,998');
  });
});

test.describe('slash dates in a data file', () => {
  test('the dialog says which order of day and month it reads, the user can change it, and the import follows', async ({ app }) => {
    await openImport(app);
    const dialog = app.getByTestId('data-import-dialog');
    const text = 'event_date,title\r\n01/02/2021,Erste Meldung\r\n14/05/2022,Zweite Meldung\r\n03/04/2020,Dritte Meldung\r\n';
    await dialog.getByTestId('import-file').setInputFiles({ name: 'europa.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    const order = dialog.getByTestId('import-date-order');
    await expect(order).toContainText('as 14/05/2022 on line 3 shows');
    await expect(order.locator('select')).toHaveValue('dmy');
    await expect(dialog.getByTestId('import-preview')).toContainText('1 Feb 2021');
    // Month first: the day-first date is a problem the dialog shows; back to day first, and import.
    await order.locator('select').selectOption('mdy');
    await expect(dialog).toContainText('"14/05/2022" cannot be read with the month first');
    await order.locator('select').selectOption('dmy');
    await expect(dialog.getByTestId('import-preview')).toContainText('3 Apr 2020');
    await dialog.getByTestId('import-confirm').click();
    await expect(dialog).toBeHidden();
    const timelines = await backend<Timeline[]>(app, 'listTimelines');
    const europa = timelines.find((t) => t.title === 'europa')!;
    const events = await backend<{ title: string; start: { value: string } }[]>(app, 'listEvents', { timelineId: europa.id });
    expect(events.map((e) => `${e.start.value} ${e.title}`).sort()).toEqual(['2020-04-03 Dritte Meldung', '2021-02-01 Erste Meldung', '2022-05-14 Zweite Meldung']);
  });
});
