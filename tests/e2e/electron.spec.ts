/**
 * The desktop app itself through Playwright's Electron driver. Runs where Electron's binary is
 * installed; elsewhere it skips and says why (the binary downloads from GitHub on first use).
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary } from '../../scripts/electron-binary.cjs';

const ROOT = resolve(__dirname, '..', '..');
const binary = electronBinary();
if (!binary.path) console.log(`Electron e2e skipped: ${binary.reason}`);

test.describe('Electron app', () => {
  test.skip(!binary.path, `Electron e2e skipped: ${binary.reason}`);

  test('opens the sample timeline in a sandboxed window and shows a source link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronik-electron-'));
    const app = await electron.launch({
      executablePath: binary.path!,
      args: [ROOT],
      env: { ...process.env, CHRONIK_DB: join(dir, 'app.db') },
    });
    try {
      const win = await app.firstWindow();
      await expect(win.locator('.vis-item', { hasText: 'BRICS' }).first()).toBeVisible();
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows()[0]!;
        const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
        return { contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration, sandbox: p.sandbox };
      });
      expect(prefs).toEqual({ contextIsolation: true, nodeIntegration: false, sandbox: true });
      expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await win.locator('.vis-item', { hasText: 'BRICS' }).first().click();
      await expect(win.getByRole('link', { name: '16th BRICS summit' })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/16th_BRICS_summit');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
