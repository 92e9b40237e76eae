/** Issue 8, item 6: a project that cannot be written opens read-only in the browser shell. */
import { test, expect, startServe, stop } from './fixtures';

test('a read-only project says so, shows its timeline, and refuses an edit with a sentence', async ({ app, shell, page }) => {
  await expect(app.getByTestId('event-row')).toHaveCount(11);
  // The same project again, opened read-only.
  const ro = await startServe(shell.dbPath, ['--read-only']);
  try {
    await page.goto(ro.url);
    await expect(page.getByTestId('timeline-canvas')).toBeVisible();
    await expect(page.getByTestId('notice').filter({ hasText: 'This project is open read-only' })).toBeVisible();
    await expect(page.getByTestId('event-row')).toHaveCount(11);
    await page.getByTestId('canvas-wrap').focus();
    await page.keyboard.press('n');
    await expect(page.getByTestId('notice').filter({ hasText: 'you can read and export it, but not change it' })).toBeVisible();
    await expect(page.getByTestId('event-row')).toHaveCount(11);
    await page.screenshot({ path: 'test-results/read-only-project.png' });
  } finally {
    await stop(ro.proc);
  }
});
