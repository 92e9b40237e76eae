/**
 * Issue 8, item 3: a long analysis runs off the backend's thread (the app keeps answering) and
 * the import view's Cancel stops it; the next article is analysed at once.
 */
import { test, expect } from './fixtures';
import { backend } from './helpers';

test('the app answers while a long article is analysed, and Cancel stops the analysis', async ({ app }) => {
  const sentence = 'The agency said on Monday that talks in the northern district had resumed after a week. ';
  const long = sentence.repeat(Math.floor(900_000 / sentence.length));
  await app.getByRole('button', { name: 'File', exact: true }).click();
  await app.getByRole('menuitem', { name: 'Import articles…' }).click();
  await app.getByTestId('import-paste').fill(long);
  await app.getByTestId('import-analyze').click();
  await expect(app.getByTestId('import-progress')).toBeVisible();
  // Other calls are answered while the analysis runs.
  const timelines = await backend<Array<{ title: string }>>(app, 'listTimelines');
  expect(timelines.map((t) => t.title)).toEqual(['North Korean troops in Russia (Oct 2024)']);
  await expect(app.getByTestId('import-progress')).toBeVisible();
  await app.getByTestId('batch-cancel').click();
  await expect(app.getByTestId('import-input')).toBeVisible();

  await app.getByTestId('import-paste').fill('Port Aldwick, 7 March 2025. The dock workers ended their strike on Monday after talks with the port authority.');
  await app.getByTestId('import-analyze').click();
  await expect(app.getByTestId('import-review')).toBeVisible();
  await expect(app.getByTestId('candidate')).toHaveCount(1);
});
