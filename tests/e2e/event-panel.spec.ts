import { test, expect } from './fixtures';
import { eventByTitle, select } from './helpers';

test.describe('event panel', () => {
  test('edits every field and keeps them after a reload', async ({ app }) => {
    await select(app, 'BRICS summit in Kazan');
    const title = app.getByTestId('field-title');
    await title.fill('16th BRICS summit in Kazan');
    await title.press('Tab');
    await app.getByTestId('field-kind').selectOption({ label: 'Agreement' });
    await app.getByTestId('field-confidence').selectOption({ label: 'Disputed' });
    await app.getByTestId('field-lane').selectOption({ label: 'Analysis' });
    await app.getByTestId('field-tags').fill('BRICS, summit');
    await app.getByTestId('field-tags').press('Tab');
    await app.getByTestId('field-location').fill('Kazan, Tatarstan');
    await app.getByTestId('field-location').press('Tab');
    await app.getByTestId('field-description').fill('Summit of the BRICS states.');
    await app.getByTestId('field-description').press('Tab');
    await expect(app.getByTestId('event-row').filter({ hasText: '16th BRICS summit in Kazan' })).toContainText('Disputed');
    // The last field saves when it is left; on a busy machine the reload must not overtake that save.
    await expect.poll(async () => (await eventByTitle(app, '16th BRICS summit in Kazan'))?.description).toBe('Summit of the BRICS states.');
    await app.reload();
    const ev = await eventByTitle(app, '16th BRICS summit in Kazan');
    expect(ev).toMatchObject({ kind: 'agreement', confidence: 'disputed', tags: ['BRICS', 'summit'], description: 'Summit of the BRICS states.', location: { name: 'Kazan, Tatarstan' } });
    await select(app, '16th BRICS summit');
    await expect(app.getByTestId('field-lane').locator('option:checked')).toHaveText('Analysis');
  });

  test('reads dates typed in German and English forms and shows them at their precision', async ({ app }) => {
    await select(app, 'BRICS summit in Kazan');
    const start = app.getByTestId('field-start');
    const text = start.getByTestId('date-text');
    await text.fill('21.10.2024');
    await expect(start.getByTestId('date-hint')).toHaveText('→ 21 Oct 2024 (day)');
    await text.fill('Oct 20, 2024');
    await expect(start.getByTestId('date-hint')).toHaveText('→ 20 Oct 2024 (day)');
    await text.fill('Oktober 2024');
    await expect(start.getByTestId('date-hint')).toHaveText('→ October 2024 (month)');
    await text.fill('32.13.2024');
    await expect(start.getByTestId('date-hint')).toContainText('Not a date');
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await text.fill('ca. 20.10.2024');
    await text.press('Enter');
    await expect(start.getByTestId('date-precision')).toHaveValue('day');
    await expect(start.getByTestId('date-approx')).toBeChecked();
    await expect(text).toHaveValue('c. 20 Oct 2024');
    // precision and the approximate flag on their own
    await start.getByTestId('date-precision').selectOption('month');
    await expect(text).toHaveValue('c. October 2024');
    await start.getByTestId('date-approx').uncheck();
    await expect(text).toHaveValue('October 2024');
    const ev = await eventByTitle(app, 'BRICS summit in Kazan');
    expect(ev?.start).toMatchObject({ value: '2024-10', precision: 'month' });
    expect(ev?.start.approximate).toBeFalsy();
  });

  test('an end the backend refuses shows its message and keeps the typed text', async ({ app }) => {
    await select(app, 'BRICS summit in Kazan');
    const end = app.getByTestId('field-end').getByTestId('date-text');
    await end.fill('2023-01-01');
    await end.press('Enter');
    await expect(app.getByTestId('notice')).toContainText('is before the start');
    await expect(end).toHaveValue('2023-01-01');
    // clearing the optional end makes it a point in time
    await end.fill('');
    await end.press('Enter');
    await expect(app.getByTestId('field-end').getByTestId('date-hint')).toHaveText('No end: a single point in time');
    await expect.poll(async () => (await eventByTitle(app, 'BRICS summit in Kazan'))?.end).toBeNull();
  });
});
