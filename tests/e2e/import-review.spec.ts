/**
 * The article import as an analyst uses it: paste or open articles, review the candidates beside
 * the text (mouse and keyboard), import, find the events on the canvas with their source, read
 * the source with its quotes. The articles are our own short texts (German and English).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { backend } from './helpers';

const ARTICLES = join(__dirname, '..', 'fixtures', 'articles');

const KASAN_DE = `Gipfel in Kasan: Nordkorea schweigt
Berlin, 25. Oktober 2024. Am Dienstag begann in Kasan der BRICS-Gipfel der Staats- und Regierungschefs. Die Vereinigten Staaten bestätigten am Montag, dass nordkoreanische Soldaten in Russland sind. Am Mittwoch unterzeichnete der Minister ein neues Abkommen über Getreidelieferungen. Der Sprecher der Regierung kritisierte am Donnerstag die Entscheidung scharf.`;

const FERRY_EN = 'Port Aldwick, 7 March 2025. The dock workers ended their strike on Monday after talks with the port authority. '
  + 'On Tuesday the port authority signed a new agreement with the union. The mayor announced on Wednesday that the city would pay for new cranes.';


async function openImport(page: Page) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import articles…' }).click();
  await expect(page.getByTestId('import-input')).toBeVisible();
}

async function pasteAndAnalyse(page: Page, text: string) {
  await openImport(page);
  await page.getByTestId('import-paste').fill(text);
  await page.getByTestId('import-analyze').click();
  await expect(page.getByTestId('import-review')).toBeVisible();
}

const row = (page: Page, text: string | RegExp) => page.getByTestId('candidate').filter({ hasText: text });
const items = (page: Page) => page.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point');

test('reviews a pasted German article: accept, edit, reject, merge; imports it with its source and quotes', async ({ app }) => {
  await pasteAndAnalyse(app, KASAN_DE);
  await expect(app.getByTestId('article-title')).toHaveText('Gipfel in Kasan: Nordkorea schweigt');
  await expect(app.getByTestId('published-date').getByTestId('date-text')).toHaveValue('25 Oct 2024');

  // Selecting a candidate highlights its quote in the text.
  await row(app, 'neues Abkommen').click();
  await expect(app.locator('mark.active')).toHaveText('Am Mittwoch unterzeichnete der Minister ein neues Abkommen über Getreidelieferungen.');
  await expect(row(app, 'neues Abkommen').getByTestId('candidate-date')).toHaveText('23 Oct 2024');
  await app.getByTestId('act-accept').click();

  // Edit then accept.
  await row(app, 'USA: nordkoreanische Soldaten').click();
  await app.getByTestId('act-edit').click();
  await app.getByTestId('cf-title').fill('USA bestätigen nordkoreanische Soldaten in Russland');
  await app.getByTestId('cf-start').getByTestId('date-text').fill('21 Oct 2024');
  await app.getByTestId('cf-kind').selectOption('statement');
  await app.getByTestId('cf-save').click();
  await expect(row(app, 'USA bestätigen')).toHaveAttribute('data-action', 'accept');
  await expect(row(app, 'USA bestätigen').getByTestId('candidate-date')).toHaveText('21 Oct 2024');

  // Merge into an event of the sample timeline.
  await row(app, 'BRICS-Gipfel').click();
  await app.getByTestId('act-merge').click();
  await app.getByTestId('merge-target').selectOption({ label: '22 Oct 2024 — BRICS summit in Kazan' });
  await app.getByTestId('merge-confirm').click();
  await expect(row(app, 'BRICS-Gipfel')).toHaveAttribute('data-action', 'merge');
  await expect(row(app, 'BRICS-Gipfel').getByTestId('duplicate-badge')).toContainText('BRICS summit in Kazan');

  // Reject the rest; the headline is not proposed at all.
  await expect(row(app, 'Nordkorea schweigt')).toHaveCount(0);
  await row(app, 'kritisierte').click();
  await app.getByTestId('act-reject').click();
  await expect(app.getByTestId('review-counts')).toContainText('2 accepted · 1 merged · 1 rejected');

  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-view')).toBeHidden();
  await expect(app.getByTestId('notice').filter({ hasText: '2 events added, 1 merged' })).toBeVisible();
  await expect(app.getByText('Showing 13 of 13')).toBeVisible();
  // With the list hidden the canvas is tall enough to draw the lane of the new (unassigned) events.
  await app.getByRole('button', { name: 'List', exact: true }).click();
  await expect(items(app)).toHaveCount(13);

  // The new event carries the article as its source, with the quote.
  await items(app).filter({ hasText: 'USA bestätigen' }).click();
  const source = app.getByTestId('source-item');
  await expect(source).toContainText('Gipfel in Kasan: Nordkorea schweigt');
  await expect(source.locator('.quote')).toHaveText('Die Vereinigten Staaten bestätigten am Montag, dass nordkoreanische Soldaten in Russland sind.');

  // The source reader: the stored text, every quoted passage highlighted, this event's in view.
  await source.getByTestId('read-source').click();
  const reader = app.getByTestId('source-reader');
  await expect(reader.getByTestId('reader-passage')).toHaveCount(3);
  await expect(reader.locator('mark.active')).toHaveText('Die Vereinigten Staaten bestätigten am Montag, dass nordkoreanische Soldaten in Russland sind.');
  await expect(reader.locator('mark')).toHaveCount(3);
  await reader.getByTestId('reader-close').click();
  await expect(reader).toBeHidden();

  // The merged sample event has the article as one more source.
  await items(app).filter({ hasText: 'BRICS summit in Kazan' }).first().click();
  await expect(app.getByTestId('source-item').filter({ hasText: 'Gipfel in Kasan' })).toBeVisible();

  // The same article again is recognised. Leaving a review with decisions asks first.
  await pasteAndAnalyse(app, KASAN_DE);
  await expect(app.getByTestId('already-imported')).toContainText('imported before');
  await app.keyboard.press('r');
  await app.getByTestId('import-cancel').click();
  await app.getByTestId('discard-keep').click();
  await expect(app.getByTestId('import-review')).toBeVisible();
  await app.keyboard.press('Escape');
  await app.getByTestId('discard-yes').click();
  await expect(app.getByTestId('import-view')).toBeHidden();
});

test('opens an HTML file; without a publication date it asks, and the date re-dates every relative candidate', async ({ app }) => {
  await openImport(app);
  await app.getByTestId('import-files').setInputFiles(join(ARTICLES, 'en-harbour-nometa.html'));
  await expect(app.getByTestId('import-queue')).toContainText('en-harbour-nometa.html');
  await app.getByTestId('import-analyze').click();
  await expect(app.getByTestId('published-from')).toContainText('No publication date found');
  const wednesday = row(app, /confirms/i);
  await expect(wednesday.getByTestId('candidate-date')).toHaveText('no date yet');

  // Accepting an undated candidate opens the form instead.
  await wednesday.click();
  await app.getByTestId('act-accept').click();
  await expect(app.getByTestId('candidate-form')).toBeVisible();
  await app.keyboard.press('Escape');

  const published = app.getByTestId('published-date').getByTestId('date-text');
  await published.fill('6 Mar 2025');
  await published.press('Enter');
  await expect(wednesday.getByTestId('candidate-date')).toHaveText('5 Mar 2025');
  await expect(app.getByTestId('published-from')).toContainText('as you entered it');
  await expect(row(app, /strike/i).getByTestId('candidate-date')).toHaveText('24 Feb 2025 – 2 Mar 2025');
});

test('a cancelled batch stores nothing; a binary file is refused with a clear message', async ({ app }) => {
  const sourcesBefore = (await backend<unknown[]>(app, 'listSources')).length;
  // Slow the analysis down so that the batch can be cancelled in the middle.
  await app.route('**/api/analyzeArticle', async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await openImport(app);
  await app.getByTestId('import-files').setInputFiles([
    { name: 'eins.txt', mimeType: 'text/plain', buffer: Buffer.from(KASAN_DE) },
    { name: 'zwei.txt', mimeType: 'text/plain', buffer: Buffer.from(FERRY_EN) },
    { name: 'drei.html', mimeType: 'text/html', buffer: readFileSync(join(ARTICLES, 'de-brigade-meta.html')) },
  ]);
  await app.getByTestId('import-analyze').click();
  await expect(app.getByTestId('progress-count')).toHaveText('Analysing article 2 / 3');
  await app.getByTestId('batch-cancel').click();
  await expect(app.getByTestId('import-input')).toBeVisible();
  await app.waitForTimeout(800); // the analysis that was running comes back, and must be dropped
  await expect(app.getByTestId('import-review')).toHaveCount(0);
  await app.getByTestId('import-close').click();
  expect((await backend<unknown[]>(app, 'listSources')).length).toBe(sourcesBefore);
  await expect(items(app)).toHaveCount(11);
  await app.unroute('**/api/analyzeArticle');

  await openImport(app);
  await app.context().setOffline(true);
  await expect(app.getByTestId('import-offline')).toContainText('offline');
  await expect(app.getByTestId('import-url')).toBeDisabled();
  await app.context().setOffline(false);
  await app.getByTestId('import-files').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000\u0000\u0000') });
  await app.getByTestId('import-analyze').click();
  await expect(app.getByTestId('import-failures')).toContainText('scan.pdf');
  await expect(app.getByTestId('import-failures')).toContainText(/PDF/);
});

test('reviews with the keyboard only: j/k to move, a accept, r reject, Enter confirms, Ctrl+Enter imports', async ({ app }) => {
  await openImport(app);
  await app.getByTestId('import-title').fill('Ferry strike ends');
  await app.keyboard.press('Tab');
  await app.keyboard.insertText(FERRY_EN);
  await app.keyboard.press('Control+Enter');
  await expect(app.getByTestId('import-review')).toBeVisible();
  await expect(app.getByTestId('review-keys')).toContainText('confirm proposal');
  const rows = app.getByTestId('candidate');
  await expect(rows).toHaveCount(3);

  await app.keyboard.press('a'); // accept the first, move on
  await app.keyboard.press('r'); // reject the second
  await app.keyboard.press('k');
  await app.keyboard.press('k');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('j');
  await app.keyboard.press('j');
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(e.message));
  await app.keyboard.press('m'); // the merge picker takes the focus
  await expect(app.getByTestId('merge-target')).toBeFocused();
  await app.keyboard.press('Escape');
  expect(errors).toEqual([]);
  await app.keyboard.press('Enter'); // the proposal of the third: accept
  await expect(rows.nth(0)).toHaveAttribute('data-action', 'accept');
  await expect(rows.nth(1)).toHaveAttribute('data-action', 'reject');
  await expect(rows.nth(2)).toHaveAttribute('data-action', 'accept');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByTestId('import-view')).toBeHidden();
  await expect(app.getByTestId('notice').filter({ hasText: '2 events added, 0 merged' })).toBeVisible();
  await expect(app.getByText('Showing 13 of 13')).toBeVisible();
});

test('files dropped on the window open the import and are analysed at once', async ({ app }) => {
  await app.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'faehre.txt', { type: 'text/plain' }));
    const target = document.querySelector('[data-testid="timeline-canvas"]')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, FERRY_EN);
  await expect(app.getByTestId('import-review')).toBeVisible();
  await expect(app.getByTestId('article-title')).toContainText('Port Aldwick');
  await expect(app.getByTestId('candidate')).toHaveCount(3);
});
