/** Prints an HTML document to PDF; each shell supplies its own (Electron's printToPDF, headless Chromium). */
export interface PdfOptions {
  paper: 'a4' | 'letter';
  landscape: boolean;
  /** Running header/footer text, e.g. the briefing title. */
  headerTitle?: string;
  /** Chromium page templates for the running header and the "n / N" footer (core/briefing makes them). */
  headerTemplate?: string;
  footerTemplate?: string;
}

export type PdfPrinter = (html: string, opts: PdfOptions) => Promise<Uint8Array>;
