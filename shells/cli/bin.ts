/** Entry of the bundled CLI (dist/shells/cli.js). */
import { runCli } from './main';

runCli(process.argv.slice(2), {
  out: (line) => {
    process.stdout.write(line + '\n');
  },
  err: (line) => {
    process.stderr.write(line + '\n');
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`chronik: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
