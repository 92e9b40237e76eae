/**
 * The `chronik` command line: the same backend as the app, without a window. Global flags:
 * --db FILE (else $CHRONIK_DB, else the app's database), --read-only (lists and exports only),
 * --help, --version.
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from '../../backend';
import { chromiumPrinter } from '../../backend/pdf-chromium';
import { builtWorkerBeside } from '../../backend/article/analysis-runner';
import { defaultDbPath } from '../../backend/paths';
import { COMMANDS } from './commands';
import { UsageError, type CliCommand, type CliIO, type CliRun } from './types';
import { ChronikError } from '../../core/api';
import { chronikVersion } from '../../backend/version';

const ALL: CliCommand[] = COMMANDS;

export function helpText(): string {
  const lines = ALL.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`);
  return [
    'chronik — timelines of dated events from news articles (offline)',
    '',
    'Usage: chronik [--db FILE] [--read-only] COMMAND [options]',
    '',
    ...lines,
    '',
    `Database: --db FILE, else $CHRONIK_DB, else ${defaultDbPath()}`,
  ].join('\n');
}

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | null {
  let best: { command: CliCommand; rest: string[] } | null = null;
  for (const c of ALL) {
    if (c.words.every((w, i) => argv[i] === w) && (!best || c.words.length > best.command.words.length)) {
      best = { command: c, rest: argv.slice(c.words.length) };
    }
  }
  return best;
}

/**
 * Exit code of a failed Result: bad input is a usage problem (2), and so is a database file Chronik
 * refuses (not SQLite, damaged, newer: field "database"); anything else is a failure (1).
 */
export function exitCodeFor(code: string, field?: string): number {
  if (field === 'database' && code !== 'FORBIDDEN') return 2;
  return code === 'VALIDATION' || code === 'NOT_FOUND' ? 2 : 1;
}

/** Runs the CLI with argv (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Global flags may stand before the command.
  let dbPath: string | undefined;
  let readOnly = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') {
      dbPath = argv[++i];
      if (!dbPath) return usage(io, '--db needs a file name');
    } else if (a.startsWith('--db=')) dbPath = a.slice(5);
    else if (a === '--read-only') readOnly = true;
    else words.push(a);
  }
  if (!words.length || words[0] === '--help' || words[0] === '-h' || words[0] === 'help') {
    io.out(helpText());
    return words.length ? 0 : 2;
  }
  if (words[0] === '--version' || words[0] === '-v') {
    io.out(chronikVersion());
    return 0;
  }
  const found = findCommand(words);
  if (!found) return usage(io, `unknown command "${words.join(' ')}" (chronik --help lists the commands)`);
  const { command, rest } = found;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
    for (const [name, kind] of Object.entries(command.flags)) {
      options[name] = kind === 'multiple' ? { type: 'string', multiple: true } : { type: kind };
    }
    options.help = { type: 'boolean' };
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(io, `${(e as Error).message.split('\n')[0]} — usage: chronik ${command.usage}`);
  }
  if (parsed.values.help) {
    io.out(`Usage: chronik ${command.usage}\n${command.summary}`);
    return 0;
  }
  let backend: Backend | undefined;
  const project = dbPath ?? defaultDbPath(env);
  const existed = existsSync(project);
  const run: CliRun = {
    args: parsed.positionals,
    flags: parsed.values as CliRun['flags'],
    io,
    env,
    backend: () => (backend ??= createBackend({
      dbPath: project, shell: 'cli', version: chronikVersion(), printPdf: chromiumPrinter(), analysisWorker: builtWorkerBeside(__filename), readOnly,
    })),
    timelineId: async (title) => resolveTimeline(run.backend(), title),
  };
  let code: number;
  try {
    const result = await command.run(run);
    code = typeof result === 'number' ? result : 0;
  } catch (e) {
    if (e instanceof UsageError) code = usage(io, e.message);
    else if (e instanceof ChronikError) {
      io.err(`chronik: ${e.message}`);
      code = exitCodeFor(e.code, e.field);
    } else {
      io.err(`chronik: ${(e as Error).message}`);
      code = 1;
    }
  }
  // A command that failed on a project it created leaves no empty project behind (a mistyped --db
  // and a file that would not import would otherwise leave a new, empty database file).
  const drop = code !== 0 && !existed && backend !== undefined && (await isEmptyProject(backend).catch(() => false));
  backend?.close();
  if (drop) for (const f of [project, `${project}-wal`, `${project}-shm`, `${project}-journal`]) rmSync(f, { force: true });
  return code;
}

/** No event and no source in any timeline (a project just created, or one a failed command left as it was). */
async function isEmptyProject(b: Backend): Promise<boolean> {
  const timelines = await b.api.listTimelines();
  const sources = await b.api.listSources();
  return timelines.ok && sources.ok && timelines.value.every((t) => t.eventCount === 0) && sources.value.length === 0;
}

function usage(io: CliIO, message: string): number {
  io.err(`chronik: ${message}`);
  return 2;
}

/** --timeline TITLE, or the first timeline (created when the project has none). */
async function resolveTimeline(b: Backend, title?: string): Promise<number> {
  const list = await b.api.listTimelines();
  if (!list.ok) throw new ChronikError(list.code, list.message);
  if (title !== undefined) {
    const t = list.value.find((x) => x.title.toLowerCase() === title.trim().toLowerCase());
    if (!t) {
      const known = list.value.map((x) => `“${x.title}”`).join(', ') || 'none yet';
      throw new ChronikError('NOT_FOUND', `no timeline called “${title}” (timelines: ${known})`);
    }
    return t.id;
  }
  if (list.value.length) return list.value[0]!.id;
  const created = await b.api.createTimeline({ title: 'Timeline' });
  if (!created.ok) throw new ChronikError(created.code, created.message);
  return created.value.id;
}
