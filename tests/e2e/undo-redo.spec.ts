import { test, expect } from './fixtures';
import { eventByTitle, item, select } from './helpers';

test.describe('undo and redo', () => {
  test('Ctrl+Z and Ctrl+Shift+Z undo and redo an edit; in a text field Ctrl+Z is the field\'s own', async ({ app }) => {
    await select(app, 'BRICS summit in Kazan');
    const title = app.getByTestId('field-title');
    await title.fill('Kazan summit');
    await title.press('Enter');
    await expect(item(app, 'Kazan summit')).toBeVisible();
    // in the field: the browser's own undo of the typing, the journal is untouched
    await title.press('End');
    await title.pressSequentially(' XYZ');
    await title.press('Control+z');
    await expect(title).not.toHaveValue(/XYZ/);
    await expect(item(app, 'Kazan summit')).toBeVisible();
    await title.press('Escape');
    await app.keyboard.press('Control+z');
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
    await app.keyboard.press('Control+Shift+z');
    await expect(item(app, 'Kazan summit')).toBeVisible();
    // the Edit menu runs the same commands
    await app.getByTestId('menu-edit').click();
    await app.getByRole('menuitem', { name: 'Undo' }).click();
    await expect(item(app, 'BRICS summit in Kazan')).toBeVisible();
  });

  test('undoes a delete and a source edit after the app was restarted', async ({ app, shell }) => {
    await select(app, 'Xi warns against widening');
    await app.getByTestId('source-item').first().getByTestId('edit-source').click();
    await app.getByTestId('source-quote').fill('Changed quote');
    await app.getByTestId('save-source').click();
    await expect(app.getByTestId('source-item').first()).toContainText('Changed quote');
    await app.getByTestId('delete-event').click();
    await expect(item(app, 'Xi warns against widening')).toHaveCount(0);

    await shell.restart();
    await app.goto(shell.url);
    await expect(app.getByTestId('undo')).toBeEnabled();
    await app.getByTestId('undo').click();
    await expect(item(app, 'Xi warns against widening')).toBeVisible();
    await app.getByTestId('undo').click();
    await select(app, 'Xi warns against widening');
    await expect(app.getByTestId('source-item').first()).not.toContainText('Changed quote');
    const ev = await eventByTitle(app, 'Xi warns against widening the battlefield');
    expect(JSON.stringify(ev?.sources)).not.toContain('Changed quote');
    await app.getByTestId('redo').click();
    await expect(app.getByTestId('source-item').first()).toContainText('Changed quote');
  });
});
