/**
 * Running header and page numbers as CSS page-margin boxes (`@page { @top-left … }`), which
 * Chromium prints since version 131 (Electron's printToPDF and Playwright's page.pdf alike): the
 * title page gets neither header nor number (`@page :first`), every other page the title on the
 * left, the handling line on the right and "n / N" at the bottom.
 */
import { truncate } from './escape';

const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

/** A CSS string literal: quotes and backslashes escaped, `<` escaped so `</style>` cannot end the sheet. */
export function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f\t]+/g, ' ').replace(/</g, '\\3C ')}"`;
}

/** The page-margin boxes of a briefing: running title, handling line, page numbers; none on the title page. */
export function pageMarginCss(title: string, handling = ''): string {
  const box = `font-family: ${FONT}; font-size: 7.5pt; color: #5b6573; vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #c9ced6;`;
  return `
@page {
  @top-left { content: ${cssString(truncate(title, 90))}; ${box} }
  @top-right { content: ${cssString(truncate(handling, 80).toUpperCase())}; ${box} font-weight: bold; letter-spacing: 0.06em; color: #8a1f1b; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: ${FONT}; font-size: 7.5pt; color: #5b6573; vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; border: 0; }
  @top-right { content: none; border: 0; }
  @bottom-right { content: none; }
}`;
}
