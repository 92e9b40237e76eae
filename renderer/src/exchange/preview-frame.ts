/**
 * The briefing HTML as the preview iframe shows it: the same document that prints, plus a
 * screen-only style that draws the print margins around it, so the frame reads like a page.
 */
import { BRIEFING_MARGINS_MM, PAPER_MM, type Paper } from '../../../core/briefing/page';

const PX_PER_MM = 96 / 25.4;

/** Page width in CSS px at 100 %. */
export function pageWidthPx(paper: Paper, landscape: boolean): number {
  const p = PAPER_MM[paper];
  return Math.round((landscape ? p.height : p.width) * PX_PER_MM);
}

export function previewDocument(html: string): string {
  const m = BRIEFING_MARGINS_MM;
  const screen = `<style>@media screen { html { background: #fff; } body { padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; } }</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${screen}</head>`) : screen + html;
}
