/** The briefing: timeline → self-contained HTML for Chromium to print (no browser calls here). */
export { buildBriefing, type BriefingInput, type BriefingOptions } from './build';
export { pageMarginCss } from './header-footer';
export { describeFilter } from './describe-filter';
export { labels, type Labels } from './labels';
export { BRIEFING_MARGINS_MM, PAPER_MM, contentBox, defaultPaper, type Paper } from './page';
