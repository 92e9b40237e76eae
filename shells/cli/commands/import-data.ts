/** `chronik import-data FILE`: a Chronik JSON, CSV or TimelineJS file into a new or an existing timeline. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ChronikError } from '../../../core/api';
import { IMPORT_FORMAT_NAMES, type ImportFormatName } from '../../../core/contract/exchange';
import { detectFormat } from '../../../core/exchange';
import { UsageError, type CliCommand } from '../types';
import { unwrap } from '../unwrap';
import { countLabel } from '../../../core/plural';

/** "event_date=start,notes=description" → a mapping; column names may contain spaces. */
export function parseMapping(spec: string): Record<string, string> {
  const m: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    if (!pair.trim()) continue;
    const eq = pair.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--map expects column=field pairs, got "${pair}"`);
    m[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return m;
}

export const importDataCommand: CliCommand = {
  words: ['import-data'],
  usage: 'import-data FILE [--format json|csv|timelinejs] [--timeline TITLE] [--map col=field,…] [--dry-run]',
  summary: 'Import a Chronik JSON, CSV or TimelineJS file (all or nothing; undoable)',
  flags: { format: 'string', timeline: 'string', map: 'string', title: 'string', lang: 'string', 'dry-run': 'boolean' },
  async run({ args, flags, io, backend, timelineId }) {
    const file = args[0];
    if (!file || args.length > 1) throw new UsageError('import-data needs exactly one FILE');
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new ChronikError('NOT_FOUND', `cannot read ${file}: no such file`);
    }
    if (size > 200 * 1024 * 1024) throw new ChronikError('VALIDATION', `${file} is larger than 200 MB`);
    const content = readFileSync(file, 'utf8');
    const given = flags.format as string | undefined;
    if (given && !(IMPORT_FORMAT_NAMES as readonly string[]).includes(given)) throw new UsageError(`--format must be one of ${IMPORT_FORMAT_NAMES.join(', ')}`);
    const format = (given ?? detectFormat(file, content)) as ImportFormatName | null;
    if (!format) throw new ChronikError('VALIDATION', `${basename(file)}: not a format Chronik imports (Chronik JSON, CSV, TimelineJS); give --format`);
    const lang = flags.lang === 'de' ? 'de' : 'en';
    const api = backend().api;
    let mapping = flags.map ? parseMapping(flags.map as string) as never : undefined;

    if (format === 'csv' || flags['dry-run']) {
      const preview = () => api.previewImport({ format, content, mapping, locale: lang });
      let p = unwrap(await preview());
      if (p.csv) {
        // --map adds to (and overrides) the suggested mapping rather than replacing it.
        const merged = { ...p.csv.suggestedMapping, ...(mapping ?? {}) };
        if (JSON.stringify(merged) !== JSON.stringify(mapping ?? {})) {
          mapping = merged as never;
          p = unwrap(await preview());
        }
        const used = Object.entries(merged).map(([c, f]) => `${c}=${f}`).join(',');
        io.out(`Columns: ${p.csv!.columns.join(', ')}`);
        io.out(`Mapping: ${used || '(none recognised)'}   (change with --map col=field,…)`);
      }
      if (p.problem) throw new ChronikError('VALIDATION', p.problem);
      if (flags['dry-run']) {
        io.out(`Would import ${countLabel(p.eventCount, '{n} event|{n} events')}, ${countLabel(p.sourceCount, '{n} source|{n} sources')}${p.laneNames.length ? `, lanes: ${p.laneNames.join(', ')}` : ''}`);
        for (const e of p.events) io.out(`  ${e.date.padEnd(26)} ${e.title}`);
        return 0;
      }
    }
    const target = flags.timeline !== undefined ? await timelineId(flags.timeline as string) : undefined;
    const r = unwrap(await api.importData({
      format, content, mapping, locale: lang, timelineId: target,
      newTimelineTitle: target === undefined ? (flags.title as string | undefined) : undefined,
    }));
    io.out(`Imported ${countLabel(r.eventsAdded, '{n} event|{n} events')} and ${countLabel(r.sourcesAdded, '{n} new source|{n} new sources')} into “${r.timeline.title}” (undo with the app's Edit → Undo)`);
    return 0;
  },
};
