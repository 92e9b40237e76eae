/** Prints an HTML document to PDF; each shell supplies its own (Electron's printToPDF, headless Chromium). */
export interface PdfOptions {
  paper: 'a4' | 'letter';
  landscape: boolean;
}

export type PdfPrinter = (html: string, opts: PdfOptions) => Promise<Uint8Array>;
