/** Every `chronik` sub-command; a new command is one file in this folder and one line here. */
import type { CliCommand } from '../types';
import { eventsAdd, eventsList } from './events';
import { exportCommand } from './export';
import { importArticles } from './import';
import { importDataCommand } from './import-data';
import { serve } from './serve';
import { tagCommand } from './tag';
import { timelinesCreate, timelinesList } from './timelines';

export const COMMANDS: CliCommand[] = [
  timelinesList,
  timelinesCreate,
  eventsAdd,
  eventsList,
  serve,
  importArticles,
  tagCommand,
  exportCommand,
  importDataCommand,
];
