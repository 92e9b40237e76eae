import { validateInput } from '../../../core/api';
import { formatRange } from '../../../core/dates';
import type { CliCommand } from '../types';
import { UsageError } from '../types';
import { unwrap } from '../unwrap';
import { countLabel } from '../../../core/plural';

export const eventsAdd: CliCommand = {
  words: ['events', 'add'],
  usage: 'events add [--timeline TITLE] --title T --start DATE [--end DATE] [--source URL]',
  summary: 'Add an event (dates as 2024-10-23, 23.10.2024, Oct 2024, 44 BC…)',
  flags: { timeline: 'string', title: 'string', start: 'string', end: 'string', source: 'string', description: 'string', json: 'boolean' },
  async run({ args, flags, io, backend, timelineId }) {
    if (args.length) throw new UsageError(`unexpected argument "${args[0]}" (put the title in --title "…")`);
    if (!flags.title) throw new UsageError('events add needs --title');
    if (!flags.start) throw new UsageError('events add needs --start DATE');
    const url = flags.source as string | undefined;
    // Check the source before anything is written, so a bad URL leaves the project untouched.
    if (url !== undefined) unwrap(validateInput('createSource', { url, title: url }));
    const api = backend().api;
    const tl = await timelineId(flags.timeline as string | undefined);
    const ev = unwrap(await api.createEvent({
      timelineId: tl, title: flags.title as string, start: flags.start as string, end: (flags.end as string | undefined) ?? null,
      description: flags.description as string | undefined,
    }));
    let result = ev;
    if (url !== undefined) {
      const existing = unwrap(await api.listSources()).find((s) => s.url === url.trim());
      const source = existing ?? unwrap(await api.createSource({ url, title: '' }));
      result = unwrap(await api.attachSource({ eventId: ev.id, sourceId: source.id }));
    }
    io.out(flags.json ? JSON.stringify(result, null, 2) : `Added event ${result.id}: ${formatRange(result.start, result.end)}  ${result.title}`);
  },
};

export const eventsList: CliCommand = {
  words: ['events', 'list'],
  usage: 'events list [--timeline TITLE] [--from DATE] [--to DATE] [--json]',
  summary: 'List the events of a timeline in time order',
  flags: { timeline: 'string', from: 'string', to: 'string', json: 'boolean', lang: 'string' },
  async run({ flags, io, backend, timelineId }) {
    if (flags.lang !== undefined && flags.lang !== 'de' && flags.lang !== 'en') throw new UsageError(`--lang must be de or en, not "${flags.lang}"`);
    const tl = await timelineId(flags.timeline as string | undefined);
    const list = unwrap(await backend().api.listEvents({ timelineId: tl, from: flags.from as string | undefined, to: flags.to as string | undefined }));
    if (flags.json) return io.out(JSON.stringify(list, null, 2));
    const de = flags.lang === 'de';
    if (!list.length) return io.out(de ? 'Keine Ereignisse.' : 'No events.');
    for (const e of list) {
      const when = formatRange(e.start, e.end, de ? 'de' : 'en');
      const n = e.sources.length;
      const src = de
        ? `  [${n ? countLabel(n, '{n} Quelle|{n} Quellen', 'de') : 'keine Quelle'}]`
        : `  [${n ? countLabel(n, '{n} source|{n} sources') : 'no source'}]`;
      io.out(`${String(e.id).padStart(5)}  ${when.padEnd(28)} ${e.title}${src}`);
    }
  },
};
