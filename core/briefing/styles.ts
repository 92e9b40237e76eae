/**
 * The print CSS of the briefing. System fonts only (Liberation and DejaVu ship with Linux, Arial
 * and Helvetica elsewhere): a briefing must print offline and identically on every machine.
 */
import { CONFIDENCE_COLORS } from './figure';
import { BRIEFING_MARGINS_MM, type Paper } from './page';

const SANS = "'Liberation Sans', 'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif";
const SERIF = "'Liberation Serif', 'Times New Roman', 'DejaVu Serif', serif";
const NARROW = "'Liberation Sans Narrow', 'Arial Narrow', 'DejaVu Sans Condensed', 'Liberation Sans', sans-serif";

/** The stylesheet for a paper size and orientation; `coverHeightMm` keeps the title page to one page. */
export function briefingCss(paper: Paper, landscape: boolean, coverHeightMm: number): string {
  return `
@page { size: ${paper === 'a4' ? 'A4' : 'letter'} ${landscape ? 'landscape' : 'portrait'};
  margin: ${BRIEFING_MARGINS_MM.top}mm ${BRIEFING_MARGINS_MM.right}mm ${BRIEFING_MARGINS_MM.bottom}mm ${BRIEFING_MARGINS_MM.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${SANS}; font-size: 9.4pt; line-height: 1.42; color: #1b2430; }
a { color: #16365c; text-decoration: none; }
h1, h2, h3, h4 { font-weight: bold; margin: 0; }

/* Title page */
.cover { height: ${coverHeightMm - 4}mm; display: flex; flex-direction: column; break-after: page; }
.handling { text-align: center; font-weight: bold; font-size: 8.5pt; letter-spacing: 0.12em; text-transform: uppercase;
  color: #8a1f1b; border-top: 1.2pt solid #8a1f1b; border-bottom: 1.2pt solid #8a1f1b; padding: 1.6mm 0; }
.cover .kicker { margin-top: 30mm; font-size: 9pt; letter-spacing: 0.22em; text-transform: uppercase; color: #5b6573; }
.cover .kicker::after { content: ''; display: block; width: 22mm; border-bottom: 2.4pt solid #16365c; margin-top: 3mm; }
.cover h1 { font-family: ${SERIF}; font-size: 28pt; line-height: 1.12; margin-top: 7mm; color: #0f1f33; }
.cover .subtitle { font-family: ${SERIF}; font-size: 14pt; color: #3a4656; margin: 3mm 0 0; }
.cover .author { margin: 8mm 0 0; font-size: 10pt; color: #3a4656; }
.cover .author b { color: #1b2430; }
.scope { margin-top: 12mm; border-collapse: collapse; width: 100%; font-size: 9pt; }
.scope caption { text-align: left; font-size: 8pt; letter-spacing: 0.16em; text-transform: uppercase; color: #5b6573; padding-bottom: 1.5mm; }
.scope th { text-align: left; font-weight: bold; width: 32mm; color: #3a4656; }
.scope th, .scope td { padding: 1.6mm 0; border-top: 0.5pt solid #c9ced6; vertical-align: top; }
.scope tr:last-child th, .scope tr:last-child td { border-bottom: 0.5pt solid #c9ced6; }
.summary { margin-top: 8mm; font-size: 10pt; line-height: 1.5; max-width: 150mm; white-space: pre-line; }
.cover .spacer { flex: 1; }
.cover .note { font-size: 7.8pt; color: #5b6573; margin: 0 0 3mm; }
${landscape ? `/* A landscape page is short: tighten the title page so it stays one page. */
.cover { overflow: hidden; }
.cover .kicker { margin-top: 10mm; }
.cover h1 { margin-top: 4mm; }
.cover .author { margin-top: 4mm; }
.scope { margin-top: 6mm; }
.scope th, .scope td { padding: 1.1mm 0; }
.summary { margin-top: 5mm; }` : ''}

/* Sections */
h2 { font-size: 14pt; color: #0f1f33; padding-bottom: 1.6mm; border-bottom: 1.2pt solid #16365c; margin-bottom: 4mm; }
h2 .secnum { color: #4f7cac; margin-right: 2.5mm; }
section.part { break-before: page; }
section.part:first-of-type { break-before: auto; }

/* Figure */
figure.panel { margin: 0 0 6mm; break-inside: avoid; }
figure.panel svg { display: block; width: 100%; height: auto; }
figure.panel figcaption { font-size: 8pt; color: #5b6573; margin-top: 1.5mm; }
svg.figure text { font-family: ${NARROW}; paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }
svg.figure .tick { stroke: none; }
svg.figure .lane { font-size: 8.4px; font-weight: bold; letter-spacing: 0.08em; fill: #5b6573; }
svg.figure .tick { font-size: 8.8px; fill: #3a4656; }
svg.figure .label { font-size: 10.5px; fill: #1b2430; }
svg.figure .label .num { font-weight: bold; fill: #16365c; }
svg.figure .grid { stroke: #dfe3e9; stroke-width: 0.6; }
svg.figure .grid.major { stroke: #b7bfca; }
svg.figure .axis { stroke: #8a94a3; stroke-width: 0.8; }
.legend { display: flex; flex-wrap: wrap; gap: 1.5mm 5mm; font-size: 7.8pt; color: #3a4656; margin: 1mm 0 4mm; align-items: center; }
.legend .key { display: inline-flex; align-items: center; gap: 1.5mm; }
.legend svg { width: 16px; height: 10px; }

/* Chronology */
h3.group { font-size: 9pt; letter-spacing: 0.14em; text-transform: uppercase; color: #5b6573; margin: 5mm 0 1mm;
  padding-bottom: 1mm; border-bottom: 0.5pt solid #c9ced6; break-after: avoid; }
h3.group:first-of-type { margin-top: 0; }
/* The chronology flows: an event may continue on the next page (no blank page ends), but its date
   and title never stand alone at the foot of a page, and no quote is split. */
article.event { display: grid; grid-template-columns: 31mm 1fr; column-gap: 4mm; padding: 2.6mm 0; border-bottom: 0.4pt solid #e3e6eb; }
article.event .when, article.event h4 { break-after: avoid; }
article.event .what > :first-child + * { break-before: avoid; }
article.event p { orphans: 3; widows: 3; }
article.event blockquote { break-inside: avoid; }
article.event .when { font-weight: bold; font-size: 9pt; color: #16365c; font-variant-numeric: tabular-nums; }
article.event .when .precision { display: block; font-weight: normal; font-size: 7.4pt; color: #5b6573; margin-top: 0.6mm; }
article.event h4 { font-size: 10.2pt; line-height: 1.3; color: #0f1f33; }
article.event h4 .num { display: inline-block; min-width: 5.2mm; font-size: 7.6pt; color: #ffffff; background: #16365c; border-radius: 1.2mm;
  text-align: center; padding: 0.2mm 0.8mm; margin-right: 1.8mm; vertical-align: 1pt; font-weight: bold; }
sup.refs { font-size: 6.8pt; font-weight: bold; margin-left: 0.6mm; }
sup.refs a { color: #4f7cac; }
article.event .desc { margin: 1mm 0 0; }
article.event .meta { margin: 1.2mm 0 0; font-size: 7.8pt; color: #5b6573; }
article.event .meta .sep { color: #b7bfca; margin: 0 1.2mm; }
.conf { display: inline-block; font-weight: bold; font-size: 7pt; letter-spacing: 0.06em; text-transform: uppercase; padding: 0 1.2mm;
  border-radius: 0.8mm; border: 0.6pt solid currentColor; }
${Object.entries(CONFIDENCE_COLORS).map(([k, c]) => `.conf-${k} { color: ${c}; }`).join('\n')}
blockquote { margin: 1.4mm 0 0; padding: 0.4mm 0 0.4mm 3mm; border-left: 1.2pt solid #c9ced6; font-family: ${SERIF}; font-style: italic; font-size: 9pt; color: #3a4656; }
blockquote a { font-family: ${SANS}; font-style: normal; font-size: 7pt; font-weight: bold; color: #4f7cac; }
.empty { color: #5b6573; font-style: italic; }

/* Summary */
.summary-part .lead { font-size: 10.5pt; margin: 0 0 4mm; }
.count-tables { display: flex; gap: 10mm; margin-bottom: 4mm; }
table.counts { border-collapse: collapse; font-size: 9pt; min-width: 55mm; }
table.counts caption { text-align: left; font-size: 8pt; letter-spacing: 0.14em; text-transform: uppercase; color: #5b6573; padding-bottom: 1mm; }
table.counts th { text-align: left; font-weight: normal; padding: 0.8mm 6mm 0.8mm 0; border-top: 0.4pt solid #e3e6eb; }
table.counts td { text-align: right; font-variant-numeric: tabular-nums; font-weight: bold; border-top: 0.4pt solid #e3e6eb; }
.summary-part h3 { font-size: 9pt; letter-spacing: 0.14em; text-transform: uppercase; color: #5b6573; margin: 5mm 0 1.5mm; break-after: avoid; }
.summary-part h3 .n { color: #16365c; }
ul.event-list { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 8mm; font-size: 8.8pt; }
ul.event-list li { padding: 0.6mm 0; break-inside: avoid; }
ul.event-list .num { display: inline-block; min-width: 6mm; font-weight: bold; color: #16365c; }
ul.event-list a { color: #1b2430; }
ul.event-list .srcs { color: #5b6573; font-size: 8pt; }
ul.event-list .more, .summary-part .muted { color: #5b6573; font-style: italic; }
svg.figure .density { fill: #8a94a3; }

/* Sources */
ol.sources { list-style: none; padding: 0; margin: 0; }
ol.sources li { display: grid; grid-template-columns: 9mm 1fr; padding: 1.2mm 0; border-bottom: 0.4pt solid #e3e6eb; break-inside: avoid; font-size: 8.8pt; line-height: 1.35; }
ol.sources .n { font-weight: bold; color: #16365c; }
ol.sources .pub { font-weight: bold; }
/* URL and "cited for" share a line, so a source takes two lines rather than three. */
ol.sources .where { font-size: 8pt; }
ol.sources .url { color: #16365c; word-break: break-all; margin-right: 3mm; }
ol.sources .cited { font-size: 7.4pt; color: #5b6573; white-space: nowrap; }
`;
}
