/**
 * Prints the briefing in the app with Electron's own Chromium: a hidden, sandboxed window with
 * JavaScript off loads the HTML from a private temp file (a briefing of hundreds of events is
 * larger than a data URL may be), then webContents.printToPDF.
 */
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BRIEFING_MARGINS_MM } from '../core/briefing';
import type { PdfOptions, PdfPrinter } from '../backend/printer';

const INCH = 25.4;

/** A PdfPrinter over a hidden BrowserWindow. */
export function electronPrinter(): PdfPrinter {
  return async (html: string, opts: PdfOptions) => {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, offscreen: true },
    });
    // The briefing is self-contained; any navigation or request away from it is refused.
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    const dir = await mkdtemp(join(tmpdir(), 'chronik-briefing-'));
    const file = join(dir, 'briefing.html');
    try {
      await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      await win.loadFile(file);
      // Running header and page numbers are the document's CSS page-margin boxes (none on the title page).
      const data = await win.webContents.printToPDF({
        pageSize: opts.paper === 'letter' ? 'Letter' : 'A4',
        landscape: opts.landscape,
        displayHeaderFooter: false,
        printBackground: true,
        margins: {
          top: BRIEFING_MARGINS_MM.top / INCH, bottom: BRIEFING_MARGINS_MM.bottom / INCH,
          left: BRIEFING_MARGINS_MM.left / INCH, right: BRIEFING_MARGINS_MM.right / INCH,
        },
      });
      return new Uint8Array(data);
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
