declare const __CHRONIK_VERSION__: string | undefined;

/** The app version, baked in at build time (falls back for tests run from source). */
export function chronikVersion(): string {
  return typeof __CHRONIK_VERSION__ === 'string' ? __CHRONIK_VERSION__ : '0.0.0-dev';
}
