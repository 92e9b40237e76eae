/**
 * The briefing dialog on a German system: A4 by default, the optional summary in the preview, and
 * a printed PDF whose title page has no running header or page number.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.use({ locale: 'de-DE' });
test.afterEach(async ({ page }) => page.close());

test('a German briefing defaults to A4, adds the summary on request and keeps the title page clean', async ({ app, shell }) => {
  await app.keyboard.press('Control+p');
  const dialog = app.getByTestId('briefing-dialog');
  await expect(dialog.getByTestId('briefing-paper')).toHaveValue('a4');
  await expect(dialog.getByTestId('briefing-language')).toHaveValue('de');
  const frame = app.frameLocator('[data-testid="briefing-preview"]');
  await expect(frame.locator('body')).toContainText('Chronologie');
  await expect(frame.locator('body')).not.toContainText('Zusammenfassung');
  await dialog.getByTestId('briefing-summary').check();
  await expect(frame.locator('body')).toContainText('Zusammenfassung');
  await expect(frame.locator('body')).toContainText('Nur durch eine Quelle belegt');
  await expect(frame.locator('body')).toContainText('Am besten belegt');
  await app.screenshot({ path: join(__dirname, '../../test-results/briefing-dialog-de.png') });

  const download = app.waitForEvent('download');
  await dialog.getByTestId('briefing-save').click();
  const pdf = join(shell.dir, 'lage.pdf');
  await (await download).saveAs(pdf);
  await expect(dialog.getByTestId('briefing-status')).toContainText(/gespeichert, \d+ Seiten/);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
  expect(page(1)).not.toMatch(/\b1 ?\/ ?\d+\b/);
  expect(page(2)).toMatch(/\b2 ?\/ ?\d+\b/);
  expect(page(2)).toContain('Zusammenfassung');
});
