/** Entry of the bundled CLI (dist/shells/cli.js). */
import { runCli } from './main';
import { lineWriter } from './pipe';

const out = lineWriter(process.stdout);
const err = lineWriter(process.stderr);

runCli(process.argv.slice(2), { out, err }).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    err(`chronik: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
