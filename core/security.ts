/** Security constants shared by the shells and the renderer. */
/**
 * The app's Content Security Policy, for the Electron window and the web shell alike: only the
 * app's own scripts and styles, no remote content, no frames but the briefing preview (srcdoc).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only these schemes may leave the app for the system browser or mail client. */
export function isExternalUrlAllowed(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}
