import { runCli } from '../../shells/cli/main';

/** Runs the CLI in-process; returns exit code and what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}
