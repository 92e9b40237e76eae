import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { backend } from './helpers';

const fixture = readFileSync(join(__dirname, '../fixtures/exchange/deep-time.timelinejs.json'), 'utf8');

test('a deep-time timeline (13.8 billion years) opens without an error; list and panel show its dates', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(e.message));
  app.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const r = await backend<{ timeline: { id: number; title: string } }>(app, 'importData', { format: 'timelinejs', content: fixture });
  await app.reload();
  await app.getByTestId('timeline-switcher').selectOption({ label: `${r.timeline.title} · 7` });
  const rows = app.getByTestId('event-row');
  await expect(rows).toHaveCount(7);
  await expect(rows.first()).toContainText('13.8 billion years ago');
  await expect(rows.first()).toContainText('The universe begins');
  await rows.nth(2).click();
  await expect(app.getByTestId('field-title')).toHaveValue('An asteroid ends the age of the dinosaurs');
  await expect(app.getByTestId('event-panel')).toContainText('66 million years ago');
  await app.getByTestId('canvas-wrap').focus();
  await app.keyboard.press('Control+0');
  await app.waitForTimeout(500);
  await app.screenshot({ path: join(__dirname, '../../test-results/deep-time.png') });
  expect(errors).toEqual([]);
});
