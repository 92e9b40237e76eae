/** Saving a produced file through the host (Electron's save dialog or a browser download) and saying how it went. */
import type { SaveFileRequest } from '../../../core/host';
import { host } from '../api';

export type SaveOutcome = { kind: 'saved'; file: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** The name of the saved file (the user may have renamed it in the save dialog). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export async function saveThroughHost(req: SaveFileRequest): Promise<SaveOutcome> {
  const r = await host.saveFile(req);
  if (!r.ok) return { kind: 'failed', message: r.message };
  return r.value.path === null ? { kind: 'cancelled' } : { kind: 'saved', file: baseName(r.value.path) };
}
