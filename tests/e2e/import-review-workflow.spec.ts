/**
 * The review as an analyst works through it fast: keys and buttons agree (A, R, U, Save and
 * accept all advance or reset as they say), the form's lane/confidence/tags reach the event,
 * sort and filter, the target timeline, and the canvas showing what was imported. Our own texts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { backend, item, SAMPLE, type EventJson } from './helpers';

// Text order is not date order; the first report has no date of its own (the publication day, a low score).
const FERRY_EN = 'Port Aldwick, 7 March 2025. The port authority has confirmed the sale of the old ferry terminal to a developer. '
  + 'The dock workers ended their strike on Monday after talks with the port authority. '
  + 'On Tuesday the port authority signed a new agreement with the union. The mayor announced on Wednesday that the city would pay for new cranes.';

const rows = (page: Page) => page.getByTestId('candidate');

async function review(page: Page, text = FERRY_EN, pickTarget?: (page: Page) => Promise<void>) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import articles…' }).click();
  await expect(page.getByTestId('import-input')).toBeVisible();
  if (pickTarget) await pickTarget(page);
  await page.getByTestId('import-paste').fill(text);
  await page.getByTestId('import-analyze').click();
  await expect(page.getByTestId('import-review')).toBeVisible();
}

async function timelineId(page: Page, title: string): Promise<number> {
  const tls = await backend<{ id: number; title: string }[]>(page, 'listTimelines');
  return tls.find((t) => t.title === title)!.id;
}

test('A and R advance, R keeps a rejection, U resets; Save and accept stores lane, confidence and tags', async ({ app }) => {
  const sampleId = await timelineId(app, SAMPLE);
  await backend(app, 'createLane', { timelineId: sampleId, name: 'Port' });
  await review(app);
  await expect(app.getByTestId('review-keys')).toContainText('back to open');
  await expect(rows(app)).toHaveCount(4);

  await app.keyboard.press('a');
  await expect(rows(app).nth(0)).toHaveAttribute('data-action', 'accept');
  await expect(rows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('r');
  await expect(rows(app).nth(1)).toHaveAttribute('data-action', 'reject');
  await expect(rows(app).nth(2)).toHaveAttribute('aria-selected', 'true');
  // R again on the rejected one: still rejected (no toggle back to open).
  await app.keyboard.press('k');
  await app.keyboard.press('r');
  await expect(rows(app).nth(1)).toHaveAttribute('data-action', 'reject');
  // U (and the button) sets it back to open, staying on it.
  await app.keyboard.press('k');
  await app.keyboard.press('u');
  await expect(rows(app).nth(1)).toHaveAttribute('data-action', 'pending');
  await expect(rows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('r');
  await app.keyboard.press('k');
  await app.getByTestId('act-undecide').click();
  await expect(rows(app).nth(1)).toHaveAttribute('data-action', 'pending');
  await expect(app.getByTestId('act-undecide')).toBeDisabled();

  // Save and accept: the edit is kept, the candidate accepted, the next one selected.
  await rows(app).nth(2).click();
  await app.keyboard.press('e');
  await app.getByTestId('cf-title').fill('City pays for new cranes');
  await app.getByTestId('cf-lane').selectOption({ label: 'Port' });
  await app.getByTestId('cf-confidence').selectOption('confirmed');
  await app.getByTestId('cf-tags').fill('harbour, budget');
  await app.getByTestId('cf-save').click();
  await expect(rows(app).nth(2)).toHaveAttribute('data-action', 'accept');
  await expect(rows(app).nth(3)).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('candidate-form')).toHaveCount(0);

  await app.keyboard.press('Control+Enter');
  await expect(app.getByTestId('import-view')).toBeHidden();
  const evs = await backend<EventJson[]>(app, 'listEvents', { timelineId: sampleId });
  const lanes = await backend<{ id: number; name: string }[]>(app, 'listLanes', { timelineId: sampleId });
  expect(evs.find((e) => e.title === 'City pays for new cranes')).toMatchObject({
    laneId: lanes.find((l) => l.name === 'Port')!.id, confidence: 'confirmed', tags: ['budget', 'harbour'],
  });
});

test('sorts by date or score, filters open / own date / duplicates with counts, and the keys walk the visible order', async ({ app }) => {
  await review(app);
  const filter = app.getByTestId('review-filter');
  await expect(filter.locator('[data-filter="all"]')).toContainText('4');
  await expect(filter.locator('[data-filter="dated"]')).toContainText('3');
  const titles = async () => rows(app).getByTestId('candidate-title').allTextContents();
  const byPosition = await titles();

  expect(await rows(app).getByTestId('candidate-date').allTextContents()).toEqual(['7 Mar 2025', '3 Mar 2025', '4 Mar 2025', '5 Mar 2025']);
  await app.getByTestId('review-sort').selectOption('date');
  await expect(rows(app).getByTestId('candidate-date')).toHaveText(['3 Mar 2025', '4 Mar 2025', '5 Mar 2025', '7 Mar 2025']);
  // J walks the sorted order: from the first (3 Mar) to the second (4 Mar).
  await rows(app).first().click();
  await app.keyboard.press('j');
  await expect(rows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(rows(app).nth(1).getByTestId('candidate-date')).toHaveText('4 Mar 2025');

  // By score the one dated only by the publication day goes last.
  await app.getByTestId('review-sort').selectOption('score');
  await expect(rows(app).getByTestId('candidate-title')).toHaveText([byPosition[1]!, byPosition[2]!, byPosition[3]!, byPosition[0]!]);
  await expect(rows(app).nth(1)).toHaveAttribute('aria-selected', 'true'); // the cursor stays on the same candidate (4 Mar)

  await app.getByTestId('review-sort').selectOption('position');
  await filter.locator('[data-filter="dated"]').click();
  await expect(rows(app)).toHaveCount(3);
  await expect(app.getByTestId('review-shown')).toHaveText('Showing 3 of 4');

  await filter.locator('[data-filter="open"]').click();
  await rows(app).first().click();
  await app.keyboard.press('a'); // leaves the "open" list; the next open one is selected
  await expect(rows(app)).toHaveCount(3);
  await expect(rows(app).first()).toHaveAttribute('aria-selected', 'true');
  await expect(filter.locator('[data-filter="open"]')).toContainText('3');
  await expect(filter.locator('[data-filter="all"]')).toContainText('4');
  await app.keyboard.press('j');
  await expect(rows(app).nth(1)).toHaveAttribute('aria-selected', 'true');

  await filter.locator('[data-filter="duplicates"]').click();
  await expect(app.getByTestId('review-none-shown')).toBeVisible();
});

test('imports into a new timeline named inline and shows the imported events on the canvas', async ({ app }) => {
  await review(app, FERRY_EN, async (page) => {
    await page.getByTestId('import-target').selectOption({ label: 'New timeline…' });
    await page.getByTestId('import-target-new').fill('Port Aldwick strike');
  });
  await expect(app.getByTestId('import-target')).toBeDisabled();
  await app.getByTestId('import-target-new').fill('');
  await app.getByTestId('accept-all').click();
  await app.getByTestId('import-confirm').click();
  await expect(app.getByRole('alert').filter({ hasText: 'Name the new timeline first' })).toBeVisible();
  await expect(app.getByTestId('import-target-new')).toBeFocused();
  await app.getByTestId('import-target-new').fill('Port Aldwick strike');
  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-view')).toBeHidden();
  await expect(app.getByTestId('timeline-switcher').locator('option:checked')).toContainText('Port Aldwick strike');
  await expect(item(app, /strike/i)).toBeInViewport();
  await expect(item(app, /agreement/i)).toBeInViewport();
  const sampleId = await timelineId(app, SAMPLE);
  expect(await backend<unknown[]>(app, 'listEvents', { timelineId: sampleId })).toHaveLength(11);
});

test('imports into the open timeline and moves the view from October 2024 to the imported March 2025 events', async ({ app }) => {
  await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
  await review(app);
  await rows(app).first().click();
  await app.keyboard.press('a');
  await app.keyboard.press('a');
  await expect(app.getByTestId('review-counts')).toContainText('2 accepted');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByTestId('import-view')).toBeHidden();
  await expect(item(app, /strike/i)).toBeInViewport();
  await expect(item(app, /ferry terminal/i)).toBeInViewport();
  await expect(item(app, 'BRICS summit in Kazan')).toHaveCount(0);
  // The view is remembered as the timeline's window: a reload shows the same.
  await app.reload();
  await expect(item(app, /strike/i)).toBeInViewport();
});
