/** Every `chronik` sub-command; a new command is one file in this folder and one line here. */
import type { CliCommand } from '../types';

export const COMMANDS: CliCommand[] = [];
