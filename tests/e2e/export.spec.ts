/**
 * Briefing PDF, exchange exports and data import through the File menu of the browser shell
 * (`chronik serve` with the sample timeline; its headless-Chromium printer makes the PDF).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { sortKey } from '../../core/dates';
import type { Timeline, TimelineEvent } from '../../core/domain';
import { expect, test } from './fixtures';
import { backend } from './helpers';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'exchange');


async function sample(page: Page): Promise<{ timeline: Timeline; events: TimelineEvent[] }> {
  const [timeline] = await backend<Timeline[]>(page, 'listTimelines');
  const events = await backend<TimelineEvent[]>(page, 'listEvents', { timelineId: timeline!.id });
  return { timeline: timeline!, events };
}

async function command(page: Page, id: string): Promise<void> {
  await page.getByTestId('menu-file').click();
  await page.locator(`[data-command="${id}"]`).click();
}

/** Saves through the export dialog and returns the downloaded file's text. */
async function exportText(page: Page, format: string, scope: 'all' | 'filter'): Promise<string> {
  await command(page, `export:${format}`);
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId(`format-${format}`)).toBeChecked();
  await dialog.getByTestId(`scope-${scope}`).check();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-save').click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await expect(dialog.getByTestId('export-status')).toContainText('Saved');
  await dialog.getByTestId('dialog-dismiss').click();
  await expect(dialog).toBeHidden();
  return text;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

// Close the page before `chronik serve` stops, so no browser connection keeps its server open.
test.afterEach(async ({ page }) => page.close());

test('the briefing dialog previews the timeline, follows the language and saves a PDF in time order', async ({ app, shell }) => {
  const { timeline, events } = await sample(app);
  await command(app, 'export:pdf');
  const dialog = app.getByTestId('briefing-dialog');
  await expect(dialog.getByTestId('briefing-title')).toHaveValue(timeline.title);
  const frame = app.frameLocator('[data-testid="briefing-preview"]');
  await expect(frame.locator('body')).toContainText(timeline.title);
  await expect(frame.locator('body')).toContainText(events[0]!.title);
  await expect(frame.locator('body')).toContainText('Chronology');
  await expect(dialog.getByTestId('briefing-counts')).toContainText(`${events.length} events`);

  await dialog.getByTestId('briefing-language').selectOption('de');
  await expect(frame.locator('body')).toContainText('Chronologie');
  await expect(frame.locator('body')).toContainText('Intern — nicht zur Weitergabe'.toUpperCase(), { ignoreCase: true });

  const download = app.waitForEvent('download');
  await dialog.getByTestId('briefing-save').click();
  await expect(dialog.getByTestId('briefing-status')).toContainText(/Printing|Saved/);
  const pdfPath = join(shell.dir, 'briefing.pdf');
  await (await download).saveAs(pdfPath);
  await expect(dialog.getByTestId('briefing-status')).toContainText(/Saved .*\.pdf, \d+ pages/);

  const text = flat(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  const chronology = text.slice(text.lastIndexOf('Chronologie'));
  const found = events.map((e) => ({ e, at: chronology.indexOf(flat(e.title)) }));
  for (const f of found) expect(f.at, `“${f.e.title}” in the chronology`).toBeGreaterThan(-1);
  const keys = found.sort((a, b) => a.at - b.at).map((f) => sortKey(f.e.start, 'start'));
  expect(keys).toEqual([...keys].sort((a, b) => a - b));
  const url = events.flatMap((e) => e.sources.map((l) => l.source.url)).find(Boolean)!;
  expect(text.replace(/\s+/g, '')).toContain(url);
});

test('a JSON export comes back as a new timeline through the data import', async ({ app }) => {
  const { events } = await sample(app);
  const json = await exportText(app, 'json', 'all');
  expect(JSON.parse(json).events).toHaveLength(events.length);

  await command(app, 'import-data');
  const dialog = app.getByTestId('data-import-dialog');
  await dialog.getByTestId('import-file').setInputFiles({ name: 'sample.chronik.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(dialog.getByTestId('import-format')).toHaveValue('json');
  await expect(dialog.getByTestId('import-counts')).toContainText(`${events.length} events`);
  await dialog.getByTestId('import-new-title').fill('Round trip');
  await dialog.getByTestId('import-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText(`${events.length} events imported into “Round trip”`)).toBeVisible();
  const timelines = await backend<Timeline[]>(app, 'listTimelines');
  expect(timelines.find((t) => t.title === 'Round trip')?.eventCount).toBe(events.length);
});

test('a CSV import needs its date column mapped, then shows and imports the rows', async ({ app }) => {
  await command(app, 'import-data');
  const dialog = app.getByTestId('data-import-dialog');
  await dialog.getByTestId('import-file').setInputFiles(join(FIXTURES, 'ui-mapping.csv'));
  await expect(dialog.getByTestId('import-format')).toHaveValue('csv');
  await expect(dialog.getByTestId('import-problem')).toContainText('start');
  await expect(dialog.getByTestId('import-confirm')).toBeDisabled();

  await dialog.getByTestId('map-When').selectOption('start');
  await dialog.getByTestId('map-Theatre').selectOption('lane');
  await expect(dialog.getByTestId('import-problem')).toBeHidden();
  await expect(dialog.getByTestId('import-counts')).toContainText('3 events');
  await expect(dialog.getByTestId('import-preview')).toContainText('Convoy seen near Kursk');
  await expect(dialog.getByTestId('import-preview')).toContainText('Diplomacy');
  await dialog.getByTestId('import-confirm').click();
  await expect(app.getByText(/3 events imported into “ui-mapping”/)).toBeVisible();

  const created = (await backend<Timeline[]>(app, 'listTimelines')).find((t) => t.title === 'ui-mapping')!;
  const imported = await backend<TimelineEvent[]>(app, 'listEvents', { timelineId: created.id });
  expect(imported.map((e) => e.title).sort()).toEqual(['Convoy seen near Kursk', 'Ministry denies reports', 'Second convoy reported']);
  expect(imported.every((e) => e.laneId !== null)).toBe(true);
});

test('an ACLED-style event_type column: the mapping step says which values become tags, and they do', async ({ app }) => {
  await command(app, 'import-data');
  const dialog = app.getByTestId('data-import-dialog');
  await dialog.getByTestId('import-file').setInputFiles(join(FIXTURES, 'acled-like-en.csv'));
  await expect(dialog.getByTestId('map-event_type')).toHaveValue('kind');
  const note = dialog.getByTestId('import-kind-tags');
  await expect(note).toContainText('“event_type”');
  await expect(note).toContainText('“Battles”, “Strategic developments”, “Protests”');
  // Read as something else, the column says nothing about tags.
  await dialog.getByTestId('map-event_type').selectOption('tags');
  await expect(note).toBeHidden();
  await dialog.getByTestId('map-event_type').selectOption('kind');
  await expect(note).toBeVisible();
  await dialog.getByTestId('import-confirm').click();
  await expect(app.getByText(/events imported into “acled-like-en”/)).toBeVisible();
  const created = (await backend<Timeline[]>(app, 'listTimelines')).find((t) => t.title === 'acled-like-en')!;
  const battle = (await backend<TimelineEvent[]>(app, 'listEvents', { timelineId: created.id })).find((e) => e.tags.includes('Battles'))!;
  expect(battle.kind).toBe('other');
});

test('broken JSON files name the field or line and import nothing', async ({ app }) => {
  const before = await backend<Timeline[]>(app, 'listTimelines');
  await command(app, 'import-data');
  const dialog = app.getByTestId('data-import-dialog');
  await dialog.getByTestId('import-file').setInputFiles(join(FIXTURES, 'broken.chronik.json'));
  await expect(dialog.getByTestId('import-problem')).toContainText('events[1].start');
  await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
  await dialog.getByTestId('import-file').setInputFiles(join(FIXTURES, 'syntax-error.chronik.json'));
  await expect(dialog.getByTestId('import-problem')).toContainText('line 5');
  await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
  await dialog.getByTestId('dialog-dismiss').click();
  expect(await backend<Timeline[]>(app, 'listTimelines')).toEqual(before);
});

test('an export of the current filter contains only the filtered events', async ({ app }) => {
  const { events } = await sample(app);
  const lanes = await backend<{ id: number; name: string }[]>(app, 'listLanes', { timelineId: events[0]!.timelineId });
  const diplomacy = lanes.find((l) => l.name === 'Diplomacy')!;
  const expected = events.filter((e) => e.laneId === diplomacy.id).map((e) => e.title).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(events.length);

  await app.getByTestId('filter-lane').locator('summary').click();
  await app.getByTestId('filter-lane').getByLabel('Diplomacy').check();
  await app.keyboard.press('Escape');
  const filtered = await exportText(app, 'json', 'filter');
  expect(JSON.parse(filtered).events.map((e: { title: string }) => e.title).sort()).toEqual(expected);

  // The briefing of a typed date range: only what overlaps it.
  await command(app, 'export:pdf');
  const dialog = app.getByTestId('briefing-dialog');
  await dialog.getByTestId('scope-range').check();
  await dialog.getByTestId('range-from').fill('31.02.2024');
  await expect(dialog.getByTestId('briefing-save')).toBeDisabled();
  await dialog.getByTestId('range-from').fill('2024-10-24');
  await dialog.getByTestId('range-to').fill('2024-10-24');
  const day = { value: '2024-10-24' };
  const inRange = events.filter((e) => sortKey(e.start, 'start') <= sortKey(day, 'end') && sortKey(e.end ?? e.start, 'end') >= sortKey(day, 'start'));
  await expect(dialog.getByTestId('briefing-counts')).toContainText(`${inRange.length} events`);
});

test('a CSV file saved by a spreadsheet in Windows-1252 keeps its umlauts', async ({ app }) => {
  await command(app, 'import-data');
  const dialog = app.getByTestId('data-import-dialog');
  const csv = 'event_date;event_type;notes;location\n2024-10-21;meeting;Außenminister treffen sich in Zürich;Zürich\n';
  await dialog.getByTestId('import-file').setInputFiles({ name: 'treffen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await expect(dialog.getByTestId('import-preview')).toContainText('Außenminister treffen sich in Zürich');
});

test('Ctrl+I and Ctrl+P open the article import and the briefing in the browser shell too', async ({ app }) => {
  await app.locator('body').press('Control+i');
  await expect(app.getByRole('dialog')).toContainText(/Import articles/i);
  await app.keyboard.press('Escape');
  await app.locator('body').press('Control+p');
  await expect(app.getByTestId('briefing-dialog')).toBeVisible();
});
