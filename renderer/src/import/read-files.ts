/**
 * Files in, article inputs out: the renderer reads files itself (File API) and sends them as
 * base64, so the backend never sees a path. Folders (picked or dropped) are walked for articles.
 */
import { MAX_FILE_BYTES, type ArticleInput } from '../../../core/contract/import';

/** The endings taken from a folder; files picked one by one are all tried (the backend says why not). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export interface QueuedInput {
  label: string;
  input: ArticleInput;
}

export interface Refusal {
  label: string;
  message: string;
}

export function isArticleName(name: string): boolean {
  const n = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => n.endsWith(e));
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  // String.fromCharCode with a spread overflows the stack on large arrays: go in chunks.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Reads one file into an input, or says why it is refused before anything is sent. */
export async function readArticleFile(file: File, label = file.name, tooLarge: (label: string, mb: string) => string): Promise<QueuedInput | Refusal> {
  if (file.size > MAX_FILE_BYTES) {
    return { label, message: tooLarge(label, (MAX_FILE_BYTES / 1024 / 1024).toFixed(0)) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { label, input: { kind: 'file', name: file.name, base64: toBase64(bytes) } };
}

/** Files of a folder picker (`webkitdirectory`): only articles, in path order. */
export function articleFilesOfFolder(files: Iterable<File>): File[] {
  return [...files]
    .filter((f) => isArticleName(f.name))
    .sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
}

/** Every file of a drop, walking dropped folders; loose files are kept whatever their ending. */
export async function filesOfDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() ?? null : null));
  if (!entries.some((e) => e?.isDirectory)) return [...dt.files];
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    if (entry.isFile) {
      const f = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
      if (!inFolder || isArticleName(f.name)) out.push(f);
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns at most ~100 entries per call: read until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (!batch.length) break;
      for (const e of batch.sort((a, b) => a.name.localeCompare(b.name))) await walk(e, true);
    }
  };
  for (const e of entries) if (e) await walk(e, false);
  return out;
}
