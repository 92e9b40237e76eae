import { test, expect } from './fixtures';
import { showWindow } from './helpers';

test.describe('keyboard', () => {
  test('N creates an event at the centre of the view with the cursor in its title', async ({ app }) => {
    await showWindow(app, '2024-10-10T00:00:00.000Z', '2024-10-30T00:00:00.000Z');
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('n');
    const title = app.getByTestId('field-title');
    await expect(title).toBeFocused();
    await app.keyboard.type('Border crossing reported');
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('event-row').filter({ hasText: 'Border crossing reported' })).toHaveAttribute('aria-selected', 'true');
    await expect(app.getByTestId('field-start').getByTestId('date-text')).toHaveValue('20 Oct 2024');
  });

  test('a title typed at once after N is kept whole, however late the new event comes back', async ({ app }) => {
    await showWindow(app, '2024-10-10T00:00:00.000Z', '2024-10-30T00:00:00.000Z');
    // The panel reloads the new event from the backend: made slow here, it arrives while the title is typed.
    await app.route('**/api/getEvent', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('n');
    await expect(app.getByTestId('field-title')).toBeFocused();
    await app.keyboard.type('Ferry seized');
    await app.waitForTimeout(600);
    await expect(app.getByTestId('field-title')).toHaveValue('Ferry seized');
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('event-row').filter({ hasText: 'Ferry seized' })).toHaveAttribute('aria-selected', 'true');
  });

  test('arrows walk events in time order, / focuses search, Escape closes the panel', async ({ app }) => {
    await app.getByTestId('canvas-wrap').focus();
    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('field-title')).toHaveValue(/About 11,000/);
    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('field-title')).toHaveValue(/First North Korean units/);
    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('field-title')).toHaveValue(/United States confirm/);
    await app.keyboard.press('ArrowLeft');
    await expect(app.getByTestId('field-title')).toHaveValue(/First North Korean units/);
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('field-title')).toBeFocused();
    await app.keyboard.press('Escape');
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('field-title')).toBeHidden();
    await app.keyboard.press('/');
    await expect(app.getByTestId('search')).toBeFocused();
    await app.keyboard.type('Kazan');
    await expect(app.getByTestId('search-results')).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('search-results')).toBeHidden();
  });

  test('every control is reachable with Tab and has an accessible name', async ({ app }) => {
    await app.getByTestId('event-row').first().click();
    const unnamed = await app.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex="0"]')]
      .filter((el) => el.offsetParent !== null && !el.closest('.vis-timeline'))
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length || el.textContent?.trim() || el.getAttribute('title');
        return !labelled;
      }).map((el) => el.outerHTML.slice(0, 80)));
    expect(unnamed).toEqual([]);
    // Tab walks from the menu through the toolbar into the panel
    await app.getByTestId('menu-file').focus();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await app.keyboard.press('Tab');
      seen.add(await app.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    for (const id of ['timeline-switcher', 'search', 'filter-from', 'canvas-wrap', 'color-by-confidence', 'field-title']) expect(seen).toContain(id);
  });
});
