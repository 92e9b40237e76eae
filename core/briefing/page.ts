/** Paper sizes and margins of the briefing, shared by the HTML builder and both PDF printers. */

export type Paper = 'a4' | 'letter';

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** Page margins in mm; the top one holds the running header, the bottom one the page number. */
export const BRIEFING_MARGINS_MM = { top: 20, right: 16, bottom: 16, left: 16 } as const;

const PX_PER_MM = 96 / 25.4;

/** Where US Letter is the paper on the shelf; everywhere else it is A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'HN']);

/**
 * The paper a reader of a language and region expects: A4, except US Letter in the Americas'
 * Letter countries ("en-US", "es-MX", "fr-CA"). A language without a region follows its main
 * country: English means US English (Letter), German A4. Takes BCP 47 tags or POSIX locales
 * ("en_GB.UTF-8").
 */
export function defaultPaper(locale: string | null | undefined): Paper {
  const tag = (locale ?? '').split('.')[0]!.replace(/_/g, '-');
  const [lang = '', region = ''] = tag.split('-');
  if (region && /^[A-Za-z]{2}$/.test(region)) return LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
  return lang.toLowerCase() === 'en' ? 'letter' : 'a4';
}

/** The text area of a page in mm and in CSS px. */
export function contentBox(paper: Paper, landscape: boolean) {
  const p = PAPER_MM[paper];
  const w = (landscape ? p.height : p.width) - BRIEFING_MARGINS_MM.left - BRIEFING_MARGINS_MM.right;
  const h = (landscape ? p.width : p.height) - BRIEFING_MARGINS_MM.top - BRIEFING_MARGINS_MM.bottom;
  return { widthMm: w, heightMm: h, widthPx: Math.floor(w * PX_PER_MM), heightPx: Math.floor(h * PX_PER_MM) };
}
