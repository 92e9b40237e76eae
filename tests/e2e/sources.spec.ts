import { test, expect } from './fixtures';
import { backend, eventByTitle, item, select } from './helpers';

test.describe('sources', () => {
  test('a new event is marked as unsourced, found by the filter, and loses the mark when a source is added', async ({ app }) => {
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('n');
    await app.getByTestId('field-title').fill('Drone strike on a depot');
    await app.getByTestId('field-title').press('Enter');
    await expect(item(app, 'Drone strike on a depot')).toHaveClass(/unsourced/);
    await expect(app.getByTestId('unsourced-note')).toBeVisible();
    await app.getByTestId('filter-unsourced').check();
    await expect(app.getByTestId('event-row')).toHaveCount(1);
    await expect(app.getByTestId('filter-state')).toHaveText('Showing 1 of 12');

    await app.getByTestId('add-source').click();
    await app.getByTestId('source-url').fill('https://example.org/depot');
    await app.getByTestId('source-title').fill('Depot hit overnight');
    await app.getByTestId('source-publisher').fill('Example Post');
    await app.getByTestId('source-published').fill('27.10.2024');
    await app.getByTestId('source-quote').fill('A depot was hit overnight.');
    await app.getByTestId('source-stance').selectOption('confirms');
    await app.getByTestId('save-source').click();
    const src = app.getByTestId('source-item');
    await expect(src).toContainText('Depot hit overnight');
    await expect(src).toContainText('Example Post · 27 Oct 2024');
    await expect(src).toContainText('confirms');
    await expect(app.getByTestId('event-row')).toHaveCount(0);
    await app.getByTestId('filter-clear').click();
    await expect(app.getByTestId('event-row').filter({ hasText: 'Drone strike on a depot' }).locator('.col-sources')).toHaveText('1');
  });

  test('cites an existing source on another event, edits quote and stance, removes it; links open outside', async ({ app }) => {
    await select(app, 'Xi warns against widening');
    await expect(app.getByTestId('source-item')).toHaveCount(1);
    await app.getByTestId('add-source').click();
    await app.getByTestId('source-mode-existing').click();
    await app.getByTestId('source-pick').selectOption({ label: '16th BRICS summit — Wikipedia' });
    await app.getByTestId('source-quote').fill('Xi spoke at the summit.');
    await app.getByTestId('save-source').click();
    await expect(app.getByTestId('source-item')).toHaveCount(2);
    const cited = app.getByTestId('source-item').filter({ hasText: '16th BRICS summit' });
    await expect(cited).toContainText('cited by 2 events');

    await cited.getByTestId('edit-source').click();
    await app.getByTestId('source-quote').fill('Xi called for de-escalation.');
    await app.getByTestId('source-stance').selectOption('disputes');
    await app.getByTestId('save-source').click();
    await expect(cited).toContainText('Xi called for de-escalation.');
    await expect(cited).toContainText('disputes');

    await app.context().route('https://en.wikipedia.org/**', (r) => r.fulfill({ body: 'offline stand-in', contentType: 'text/plain' }));
    const popup = app.waitForEvent('popup');
    await cited.getByRole('link', { name: '16th BRICS summit' }).click();
    expect((await popup).url()).toContain('wikipedia.org/wiki/16th_BRICS_summit');

    await cited.getByTestId('remove-source').click();
    await expect(app.getByTestId('source-item')).toHaveCount(1);
    const ev = await eventByTitle(app, 'Xi warns against widening the battlefield');
    expect(ev?.sources).toHaveLength(1);
    const all = await backend<unknown[]>(app, 'listSources');
    expect(all.length).toBeGreaterThan(1);
  });
});
