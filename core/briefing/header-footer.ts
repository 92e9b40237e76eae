/**
 * Running header and page-number footer for Chromium's print templates (Electron printToPDF and
 * Playwright page.pdf alike). Chromium fills `<span class="pageNumber">` and `totalPages`; the
 * templates cannot load fonts or styles, so everything is inline.
 */
import { esc, truncate } from './escape';
import type { Language } from '../language';

const BASE = "font-family:'Liberation Sans','Helvetica Neue',Arial,'DejaVu Sans',sans-serif;font-size:7.5pt;color:#5b6573;width:100%;margin:0 16mm;display:flex;justify-content:space-between;align-items:baseline;-webkit-print-color-adjust:exact;";

/** The header (title left, handling line right) and footer ("n / N") templates of a briefing. */
export function briefingHeaderFooter(title: string, locale: Language, handling = ''): { headerTemplate: string; footerTemplate: string } {
  const right = handling ? `<span style="font-weight:bold;letter-spacing:0.06em;text-transform:uppercase;color:#8a1f1b">${esc(truncate(handling, 80))}</span>` : '<span></span>';
  const headerTemplate = `<div style="${BASE}padding-bottom:2mm;border-bottom:0.5pt solid #c9ced6;"><span>${esc(truncate(title, 90))}</span>${right}</div>`;
  const footerTemplate = `<div style="${BASE}justify-content:flex-end;" lang="${locale}"><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
  return { headerTemplate, footerTemplate };
}
