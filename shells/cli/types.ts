/** How a `chronik` sub-command is declared; shells/cli/main.ts parses flags and runs it. */
import type { Backend } from '../../backend';

export type FlagKind = 'string' | 'boolean' | 'multiple';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export interface CliRun {
  /** Positional arguments after the command words. */
  args: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
  io: CliIO;
  /** The environment (the CLI reads the locale for the default paper size). */
  env: NodeJS.ProcessEnv;
  /** Opens the project database on first use (commands that do not need it never open it). */
  backend(): Backend;
  /** Resolves --timeline TITLE (or the first timeline, created when there is none) to its id. */
  timelineId(title?: string): Promise<number>;
}

export interface CliCommand {
  /** The command words, e.g. ['events', 'add'] or ['export']. */
  words: string[];
  usage: string;
  summary: string;
  flags: Record<string, FlagKind>;
  /** Returns the exit code (0 when omitted). Throw UsageError for bad arguments (exit 2). */
  run(r: CliRun): Promise<number | void>;
}

/** Bad arguments: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
