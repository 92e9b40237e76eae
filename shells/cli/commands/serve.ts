import { dirname, join } from 'node:path';
import { startWebShell } from '../../web/server';
import { closeChromium } from '../../../backend/pdf-chromium';
import { UsageError, type CliCommand } from '../types';

/** dist/renderer beside the bundled CLI (dist/shells/cli.js). */
export function rendererDir(): string {
  return process.env.CHRONIK_RENDERER_DIR ?? join(dirname(__filename), '..', 'renderer');
}

export const serve: CliCommand = {
  words: ['serve'],
  usage: 'serve [--port N]',
  summary: 'Open the app in your browser: serves it on 127.0.0.1 with a per-run token',
  flags: { port: 'string' },
  async run({ flags, io, backend }) {
    const port = flags.port === undefined ? 0 : Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${flags.port}"`);
    const b = backend();
    b.seedSampleIfEmpty();
    const shell = await startWebShell({ backend: b, staticDir: rendererDir(), port });
    io.out(`Chronik is running at ${shell.url}`);
    io.out('Open that address in your browser (it carries the access token). Press Ctrl+C to stop.');
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await shell.close();
    await closeChromium();
  },
};
