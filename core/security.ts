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

/** True for an absolute http(s) URL with a host: the only kind a source may carry, on every way in. */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

/**
 * Only these leave the app for the system browser or mail client: http(s), and mailto without
 * attachments (`?attach=/etc/passwd` makes some mail clients attach a local file).
 */
export function isExternalUrlAllowed(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'mailto:') return ![...u.searchParams.keys()].some((k) => /^attach/i.test(k));
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
