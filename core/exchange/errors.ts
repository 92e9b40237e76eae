/** The one error every reader throws: a message a user can act on, naming the line or field. */
export class ImportError extends Error {
  override name = 'ImportError';
  /** `wholeFile`: not one bad row but the file as read so far (never left out, even when skipping bad rows). */
  constructor(message: string, readonly location: { line?: number; field?: string; wholeFile?: boolean } = {}) {
    super(message);
  }
}

/** Line and column (1-based) of a character offset, for messages about text files. */
export function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Parses JSON; a syntax error becomes an ImportError naming its line and column. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const { line, column } = lineOf(text, Number(pos[1]));
      throw new ImportError(`${what}: not valid JSON at line ${line}, column ${column} (${msg.replace(/ in JSON at position \d+.*$/, '')})`, { line });
    }
    throw new ImportError(`${what}: not valid JSON (${msg})`);
  }
}
