import { join } from 'node:path';
import { test, expect } from './fixtures';
import { eventByTitle, select } from './helpers';

test('names the people, organisations and places of an event, with roles; undo, reload and the entity filter', async ({ app }) => {
  await select(app, 'BRICS summit in Kazan');
  const panel = app.getByTestId('entities');
  await expect(panel).toContainText('No one named yet');
  await panel.getByTestId('entity-kind').selectOption('person');
  await panel.getByTestId('entity-name').fill('Vladimir Putin');
  await panel.getByTestId('entity-new-role').fill('host');
  await panel.getByTestId('entity-name').press('Enter');
  await expect(panel.getByTestId('entity-item')).toHaveCount(1);
  await panel.getByTestId('entity-kind').selectOption('place');
  await panel.getByTestId('entity-name').fill('Kazan');
  await panel.getByTestId('entity-add-button').click();
  await expect(panel.getByTestId('entity-item')).toHaveCount(2);
  await expect(panel.getByTestId('entity-item').first()).toContainText('Vladimir Putin');
  await expect(panel.getByTestId('entity-role').first()).toHaveValue('host');
  await app.screenshot({ path: join(__dirname, '../../test-results/entities-panel.png') });

  // Undo takes back the last addition only.
  await app.getByTestId('undo').click();
  await expect(panel.getByTestId('entity-item')).toHaveCount(1);
  await app.getByTestId('redo').click();
  await expect(panel.getByTestId('entity-item')).toHaveCount(2);

  await app.reload();
  const ev = await eventByTitle(app, 'BRICS summit in Kazan');
  expect((ev as unknown as { entities: { kind: string; name: string; role: string }[] }).entities.map((e) => `${e.kind}:${e.name}:${e.role}`))
    .toEqual(['person:Vladimir Putin:host', 'place:Kazan:']);

  // The filter bar finds the events that name an entity.
  await app.getByTestId('filter-entity').locator('summary').click();
  await expect(app.getByTestId('filter-entity')).toContainText('People');
  await app.getByTestId('filter-entity').getByLabel('Vladimir Putin (1)').check();
  await expect(app.getByTestId('filter-state')).toHaveText('Showing 1 of 11');
  await expect(app.getByTestId('event-row')).toHaveCount(1);
  await app.screenshot({ path: join(__dirname, '../../test-results/entities-filter.png') });
  await app.getByTestId('filter-clear').click();
  await expect(app.getByTestId('filter-state')).toHaveText('Showing 11 of 11');

  // Removing one is one more undoable step.
  await select(app, 'BRICS summit in Kazan');
  await app.getByTestId('entities').getByTestId('entity-remove').last().click();
  await expect(app.getByTestId('entities').getByTestId('entity-item')).toHaveCount(1);
});
