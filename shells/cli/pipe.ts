/**
 * Writing the CLI's output to a reader that may go away: `chronik events list --json | head -1`
 * closes the pipe after one line, and Node then reports EPIPE on the stream — an unhandled
 * 'error' event, which printed a stack trace.
 */

/** Errors that mean the reader has closed the stream: there is no one left to print for. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * A line printer for stdout or stderr that goes quiet once its reader has closed the pipe: later
 * lines are dropped and no error is raised. The command itself runs to its end (an import piped
 * into `head` still finishes and saves) and exits with its own code.
 * Any other write error is raised as before.
 */
export function lineWriter(stream: NodeJS.WritableStream & { destroyed?: boolean }): (line: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (!CLOSED.has(e.code ?? '')) throw e;
    closed = true;
  });
  return (line) => {
    if (closed || stream.destroyed) return;
    stream.write(line + '\n');
  };
}
