import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { backend, item } from './helpers';

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
  // Drawn to scale in years: the axis counts billions of years, the events stand in order where they happened.
  const ticks = app.getByTestId('deep-tick');
  await expect(ticks.filter({ hasText: /^10 Ga$/ })).toBeVisible();
  await expect(ticks.filter({ hasText: /^5 Ga$/ })).toBeVisible();
  const x = async (title: string) => (await item(app, title).boundingBox())!.x;
  await expect(item(app, 'The universe begins')).toBeVisible();
  await expect(item(app, 'Present day')).toBeVisible();
  const tick = async (label: string) => (await ticks.filter({ hasText: new RegExp(`^${label}$`) }).boundingBox())!.x;
  const [bang, earth, now, ten, five] = [await x('The universe begins'), await x('The Earth forms'), await x('Present day'), await tick('10 Ga'), await tick('5 Ga')];
  expect(bang).toBeLessThan(ten);
  expect(earth).toBeGreaterThan(five);
  expect(now).toBeGreaterThan(earth);
  // 4.54 billion years ago stands about a tenth of the way from 5 Ga to now.
  expect((earth - five) / (now - five)).toBeGreaterThan(0.05);
  expect((earth - five) / (now - five)).toBeLessThan(0.15);
  await expect(app.getByTestId('deep-hint')).toContainText('drag editing is off');
  // vis-timeline's own calendar labels are hidden: no "-25000" style years on the axis.
  await expect(app.locator('.vis-time-axis .vis-text.vis-minor').first()).toBeHidden();
  // Zooming in changes the unit of the ticks.
  for (let i = 0; i < 8; i++) await app.getByTestId('zoom-zoom-in').click();
  await expect(ticks.filter({ hasText: / Ma$/ }).first()).toBeVisible();
  await app.screenshot({ path: join(__dirname, '../../test-results/deep-time.png') });
  // Opened again, the app starts on it: drawn in deep time at once (its axis counts years ago, not
  // calendar years), from the window that came with the first screen (none asked for apart).
  const windows: string[] = [];
  const openings: string[] = [];
  const firstScript: number[] = [];
  app.on('response', (r) => {
    if (r.url().endsWith('/first.js')) firstScript.push(r.status());
  });
  app.on('request', (q) => {
    if (q.url().endsWith('/api/timelineWindow')) windows.push(q.postData() ?? '');
    if (q.url().endsWith('/api/opening')) openings.push(q.postData() ?? '');
  });
  await app.reload();
  await expect(ticks.filter({ hasText: / (Ga|Ma)$/ }).first()).toBeVisible();
  await expect(app.locator('.vis-time-axis .vis-text.vis-minor').first()).toBeHidden();
  await expect(app.getByTestId('deep-hint')).toBeVisible();
  await expect(app.getByTestId('canvas-wrap')).toHaveAttribute('data-state', 'idle');
  // Asked once, by the page's small first script, and the app took that answer.
  expect(firstScript).toEqual([200]);
  expect(openings).toHaveLength(1);
  expect(JSON.parse(openings[0]!).px).toBeGreaterThan(100);
  expect(windows).toHaveLength(0);
  expect(errors).toEqual([]);
});
