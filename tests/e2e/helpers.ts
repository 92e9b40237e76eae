/** Small user-level helpers shared by the e2e specs: find items, drag on the canvas, call the backend for setup. */
import { expect, type Locator, type Page } from '@playwright/test';

export const SAMPLE = 'North Korean troops in Russia (Oct 2024)';

/** The drawn item of an event on the canvas (point, box or range), by its title text. */
export function item(page: Page, title: string | RegExp): Locator {
  return page.locator('.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point', { hasText: title });
}

/** Clicks an event on the canvas and waits for its panel (clicks again if a redraw swallowed the first click). */
export async function select(page: Page, title: string | RegExp): Promise<void> {
  await expect(async () => {
    await item(page, title).first().click();
    await expect(page.getByTestId('field-title')).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
}

/** Presses the mouse at `from`, moves in steps (vis-timeline needs a pan gesture) and releases at `to`. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await page.waitForTimeout(15);
  }
  await page.mouse.up();
}

/** Calls the backend as the renderer does (for test setup and for checking what was saved). */
export async function backend<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<T> {
  return page.evaluate(async ([m, i]) => {
    const token = sessionStorage.getItem('chronik-token') ?? '';
    const res = await fetch(`api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-chronik-token': token }, body: JSON.stringify(i) });
    const body = await res.json();
    if (!body.ok) throw new Error(body.message);
    return body.value;
  }, [method, input] as const) as Promise<T>;
}

/** Shows [start, end] on the canvas of the first timeline (saved in the settings, as the app does), then reloads. */
export async function showWindow(page: Page, start: string, end: string): Promise<void> {
  const tls = await backend<{ id: number }[]>(page, 'listTimelines');
  await backend(page, 'updateSettings', { viewWindows: { [String(tls[0]!.id)]: { start, end } } });
  await page.reload();
  await expect(page.getByTestId('timeline-canvas')).toBeVisible();
  await expect(item(page, 'BRICS summit in Kazan')).toBeVisible();
}

export async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

export interface EventJson { id: number; title: string; start: { value: string; precision: string; approximate?: boolean }; end: { value: string; precision: string } | null; laneId: number | null; sources: unknown[]; kind: string; confidence: string; tags: string[]; description: string; location: { name: string } | null }

export async function eventByTitle(page: Page, title: string): Promise<EventJson | undefined> {
  const tls = await backend<{ id: number; title: string }[]>(page, 'listTimelines');
  const sample = tls.find((t) => t.title === SAMPLE) ?? tls[0]!;
  const evs = await backend<EventJson[]>(page, 'listEvents', { timelineId: sample.id });
  return evs.find((e) => e.title === title);
}
