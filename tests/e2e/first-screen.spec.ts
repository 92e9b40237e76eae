/**
 * The first screen shows the way: how articles come in, a keyboard-shortcut sheet, finding a
 * timeline by typing, and search across all timelines with a jump to the event.
 */
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { backend, SAMPLE } from './helpers';

test('the first screen says how to import articles, and a paste on the timeline starts the import', async ({ app }) => {
  const start = app.getByTestId('start-import');
  await expect(start).toContainText('Drop files or a whole folder');
  await expect(start).toContainText('Paste an article’s text');
  await expect(start.getByTestId('start-import-button')).toContainText('Ctrl+I');
  await app.screenshot({ path: join(__dirname, '../../test-results/first-screen.png') });

  await app.getByTestId('canvas-wrap').focus();
  await app.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Kyiv, 23 October 2024. The ministry said on Monday that a convoy of forty trucks crossed the border near the river.');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(app.getByTestId('import-view')).toBeVisible();
  await expect(app.getByTestId('import-view')).toContainText('convoy of forty trucks');
});

test('the empty timeline says how to import articles', async ({ app }) => {
  await app.getByTestId('new-timeline').click();
  await app.getByTestId('new-timeline-name').fill('Empty one');
  await app.keyboard.press('Enter');
  await expect(app.getByText('No events yet. Import articles: drop files or a folder on the window, paste')).toBeVisible();
});

test('? and Help show the keyboard-shortcut sheet, read from the command table', async ({ app }) => {
  await app.getByTestId('canvas-wrap').focus();
  await app.keyboard.press('Shift+?');
  const sheet = app.getByTestId('shortcuts-dialog');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('[data-command="import-articles"]')).toContainText('Ctrl+I');
  await expect(sheet.locator('[data-command="new-event"]')).toContainText('N');
  await expect(sheet.locator('[data-command="redo"]')).toContainText('Ctrl+Shift+Z');
  await expect(sheet.locator('[data-command="redo"]')).toContainText('Ctrl+Y');
  await app.screenshot({ path: join(__dirname, '../../test-results/shortcuts.png') });
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await app.getByTestId('menu-help').click();
  await app.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
});

test('Ctrl+O finds a timeline by any words of its title', async ({ app }) => {
  for (const title of ['Grain corridor 2023', 'Black Sea shipping', 'Kursk incursion', 'Zaporizhzhia plant']) await backend(app, 'createTimeline', { title });
  await app.reload();
  await app.keyboard.press('Control+o');
  const dialog = app.getByTestId('timeline-switcher-dialog');
  await expect(dialog.getByTestId('switcher-option')).toHaveCount(5);
  await dialog.getByTestId('switcher-query').fill('sea ship');
  await expect(dialog.getByTestId('switcher-option')).toHaveCount(1);
  await dialog.getByTestId('switcher-query').fill('kurs');
  await expect(dialog.getByTestId('switcher-option')).toHaveText([/Kursk incursion/]);
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('timeline-switcher').locator('option:checked')).toHaveText('Kursk incursion · 0');
});

test('search across all timelines lists the hits by timeline and jumps to the event', async ({ app }) => {
  const other = await backend<{ id: number }>(app, 'createTimeline', { title: 'Kursk incursion' });
  await backend(app, 'createEvent', { timelineId: other.id, title: 'Ukrainian forces cross near Sudzha', start: '2024-08-06', description: 'North Korean troops arrive later.' });
  await app.keyboard.press('Control+Shift+F');
  const dialog = app.getByTestId('search-all-dialog');
  await dialog.getByTestId('search-all-query').fill('north korean');
  await expect(dialog.getByTestId('search-all-group')).toHaveCount(2);
  await expect(dialog.getByTestId('search-all-summary')).toContainText('in 2 timelines');
  const group = dialog.getByTestId('search-all-group').filter({ hasText: 'Kursk incursion' });
  await expect(group.locator('mark').first()).toHaveText(/North/i);
  await app.screenshot({ path: join(__dirname, '../../test-results/search-all.png') });
  await group.getByTestId('search-all-hit').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('timeline-switcher').locator('option:checked')).toHaveText('Kursk incursion · 1');
  await expect(app.getByTestId('field-title')).toHaveValue('Ukrainian forces cross near Sudzha');
  void SAMPLE;
});
