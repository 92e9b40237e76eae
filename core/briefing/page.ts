/** Paper sizes and margins of the briefing, shared by the HTML builder and both PDF printers. */

export type Paper = 'a4' | 'letter';

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** Page margins in mm; the top one holds the running header, the bottom one the page number. */
export const BRIEFING_MARGINS_MM = { top: 20, right: 16, bottom: 16, left: 16 } as const;

const PX_PER_MM = 96 / 25.4;

/** The text area of a page in mm and in CSS px. */
export function contentBox(paper: Paper, landscape: boolean) {
  const p = PAPER_MM[paper];
  const w = (landscape ? p.height : p.width) - BRIEFING_MARGINS_MM.left - BRIEFING_MARGINS_MM.right;
  const h = (landscape ? p.width : p.height) - BRIEFING_MARGINS_MM.top - BRIEFING_MARGINS_MM.bottom;
  return { widthMm: w, heightMm: h, widthPx: Math.floor(w * PX_PER_MM), heightPx: Math.floor(h * PX_PER_MM) };
}
