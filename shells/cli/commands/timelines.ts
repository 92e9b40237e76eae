import type { CliCommand } from '../types';
import { UsageError } from '../types';
import { unwrap } from '../unwrap';
import { countLabel } from '../../../core/plural';

export const timelinesList: CliCommand = {
  words: ['timelines', 'list'],
  usage: 'timelines list [--json]',
  summary: 'List the timelines of the project',
  flags: { json: 'boolean' },
  async run({ flags, io, backend }) {
    const list = unwrap(await backend().api.listTimelines());
    if (flags.json) return io.out(JSON.stringify(list, null, 2));
    if (!list.length) return io.out('No timelines yet (chronik timelines create TITLE makes one).');
    for (const t of list) io.out(`${String(t.id).padStart(4)}  ${t.title}  (${countLabel(t.eventCount, '{n} event|{n} events')})`);
  },
};

export const timelinesCreate: CliCommand = {
  words: ['timelines', 'create'],
  usage: 'timelines create TITLE [--description TEXT] [--json]',
  summary: 'Create a timeline',
  flags: { description: 'string', json: 'boolean' },
  async run({ args, flags, io, backend }) {
    if (args.length !== 1) throw new UsageError('timelines create needs exactly one TITLE (quote it if it has spaces)');
    const t = unwrap(await backend().api.createTimeline({ title: args[0]!, description: flags.description as string | undefined }));
    io.out(flags.json ? JSON.stringify(t, null, 2) : `Created timeline ${t.id}: ${t.title}`);
  },
};
