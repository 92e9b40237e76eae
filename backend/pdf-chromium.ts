/**
 * Prints the briefing with headless Chromium through playwright-core: the printer of the CLI, the
 * web shell and the tests. One browser is launched on first use and reused; it closes on exit.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { BRIEFING_MARGINS_MM } from '../core/briefing';
import type { PdfOptions, PdfPrinter } from './printer';


const FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chromium's sandbox refuses to run as root, and needs user namespaces (or its setuid helper),
 * which containers often lack. Only there is it turned off: the briefing it prints is Chronik's
 * own HTML, with JavaScript off and the network offline (see README, Security).
 */
export function sandboxFlags(uid: number | undefined = process.getuid?.()): string[] {
  return uid === 0 ? ['--no-sandbox'] : [];
}

function launch(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ executablePath, args: [...FLAGS, ...sandboxFlags()], headless: true }).catch((e: Error) => {
    if (!/sandbox|namespace/i.test(e.message) || sandboxFlags().length) throw e;
    return chromium.launch({ executablePath, args: [...FLAGS, '--no-sandbox'], headless: true });
  });
}

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser (undefined). */
export function findChromium(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

let browser: Promise<Browser> | null = null;

function getBrowser(): Promise<Browser> {
  if (!browser) {
    browser = launch();
    browser.then((b) => {
      b.on('disconnected', () => { browser = null; });
      // The CLI and tests end by exiting; a lingering Chromium would outlive them.
      process.once('exit', () => { void b.close().catch(() => {}); });
    }, () => { browser = null; });
  }
  return browser;
}

/** Closes the shared browser (tests and the bench call this to exit promptly). */
export async function closeChromium(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => {});
}

/** A PdfPrinter over headless Chromium. */
export function chromiumPrinter(): PdfPrinter {
  return async (html: string, opts: PdfOptions) => {
    const b = await getBrowser();
    // A fresh context per document: no state carries over; the briefing needs no script.
    const context = await b.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const mm = (n: number) => `${n}mm`;
      // The running header and page numbers are the document's own CSS page-margin boxes, so the
      // title page can go without them; Chromium's header templates would print on every page.
      const pdf = await page.pdf({
        format: opts.paper === 'letter' ? 'Letter' : 'A4',
        landscape: opts.landscape,
        displayHeaderFooter: false,
        printBackground: true,
        margin: { top: mm(BRIEFING_MARGINS_MM.top), right: mm(BRIEFING_MARGINS_MM.right), bottom: mm(BRIEFING_MARGINS_MM.bottom), left: mm(BRIEFING_MARGINS_MM.left) },
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  };
}
