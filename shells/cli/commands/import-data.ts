/**
 * `chronik import-data FILE`: a Chronik JSON, CSV or TimelineJS file into a new or an existing
 * timeline. The file is streamed to the backend in pieces (beginImport / pushImport /
 * finishImport), so a file of a million rows imports in bounded memory; a bad row stops it and
 * leaves nothing behind (with --skip-bad-rows it is left out and reported instead).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ChronikError, type DataImportResult, type ImportRefusal } from '../../../core/api';
import { IMPORT_FORMAT_NAMES, type ImportFormatName } from '../../../core/contract/exchange';
import { detectFormat, streamReader, ImportError, type CsvMapping } from '../../../core/exchange';
import { UsageError, type CliCommand } from '../types';
import { unwrap } from '../unwrap';
import { countLabel } from '../../../core/plural';
import { DATE_ORDERS, type DateOrder } from '../../../core/dates';

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

/**
 * 3 MB: a million-row import with 4 MB pieces peaked at 512 MB of memory (more of each piece lives
 * long enough to be kept by the garbage collector's older generation), with 3 MB at 433 MB and a few
 * seconds slower (more commits), with 2 MB at 413 MB and a fifth slower.
 */
const PIECE = 3 * 1024 * 1024;
/** The beginning of the file the preview reads (columns, first rows, format). */
const HEAD = 1024 * 1024;

/** The file's text in pieces of about 3 MB (UTF-8, invalid bytes replaced, as reading it whole did). */
function* pieces(file: string, limit = Infinity): Generator<string> {
  const fd = openSync(file, 'r');
  const decoder = new TextDecoder('utf-8');
  const buf = Buffer.alloc(PIECE);
  let read = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, Math.min(PIECE, limit - read), null);
      read += n;
      if (n === 0 || read >= limit) {
        const tail = decoder.decode(buf.subarray(0, n));
        if (tail) yield tail;
        return;
      }
      yield decoder.decode(buf.subarray(0, n), { stream: true });
    }
  } finally {
    closeSync(fd);
  }
}

/** A refused row as one line: where, then why (the message names the line already for CSV). */
function refusalText(x: ImportRefusal): string {
  return x.line === undefined && x.field ? `${x.field}: ${x.message}` : x.message;
}

/**
 * A row that stopped the import: say how to import the rest. Only a row's own problem (a CSV cell,
 * a Chronik JSON event) can be left out; a broken or foreign file as a whole cannot.
 */
function withHint(e: unknown, skipping: boolean | undefined): unknown {
  if (skipping || !(e instanceof ChronikError) || e.code !== 'VALIDATION' || !/^CSV line \d+, column |events\[\d+\]/.test(`${e.message} ${e.field ?? ''}`) || /nothing was imported/.test(e.message)) return e;
  return new ChronikError(e.code, `${e.message} (nothing was imported; --skip-bad-rows leaves such rows out and imports the rest)`, e.field);
}

export const importDataCommand: CliCommand = {
  words: ['import-data'],
  usage: 'import-data FILE [--format json|csv|timelinejs] [--timeline TITLE | --title NEW] [--map col=field,…] [--date-order dmy|mdy] [--skip-bad-rows] [--dry-run]',
  summary: 'Import a Chronik JSON, CSV or TimelineJS file (all or nothing; undoable; any size)',
  flags: { format: 'string', timeline: 'string', map: 'string', title: 'string', lang: 'string', 'date-order': 'string', 'dry-run': 'boolean', 'skip-bad-rows': 'boolean' },
  async run({ args, flags, io, backend, timelineId }) {
    const file = args[0];
    if (!file || args.length > 1) throw new UsageError('import-data needs exactly one FILE');
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new ChronikError('NOT_FOUND', `cannot read ${file}: no such file`);
    }
    const head = [...pieces(file, HEAD)].join('');
    const partial = size > HEAD;
    const given = flags.format as string | undefined;
    if (given && !(IMPORT_FORMAT_NAMES as readonly string[]).includes(given)) throw new UsageError(`--format must be one of ${IMPORT_FORMAT_NAMES.join(', ')}`);
    const format = (given ?? detectFormat(file, head)) as ImportFormatName | null;
    if (!format) throw new ChronikError('VALIDATION', `${basename(file)}: not a format Chronik imports (Chronik JSON, CSV, TimelineJS); give --format`);
    const lang = flags.lang === 'de' ? 'de' : 'en';
    const api = backend().api;
    let mapping = flags.map ? parseMapping(flags.map as string) as never : undefined;
    const skipBadRows = flags['skip-bad-rows'] === true || undefined;
    const givenOrder = flags['date-order'] as string | undefined;
    if (givenOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(givenOrder)) throw new UsageError('--date-order must be dmy (03/04/2024 is 3 April) or mdy (March 4)');
    let dateOrder = givenOrder as DateOrder | undefined;

    if (format === 'csv' || flags['dry-run']) {
      // The preview reads the beginning of a large file; a dry run then counts the whole file.
      const preview = () => api.previewImport({ format, content: head, mapping, dateOrder, locale: lang, partial: partial || undefined, skipBadRows });
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
        const d = p.csv!.dates;
        if (d) {
          // The whole import reads slash dates in the order the preview used.
          dateOrder = d.order;
          const why = d.by === 'chosen' ? 'as given' : d.by === 'file' ? `as ${d.example!.value} on line ${d.example!.line} shows` : `nothing in the first part of the file shows which; the ${lang === 'de' ? 'German' : 'English'} order`;
          io.out(`Dates like 03/04/2024: ${d.order === 'dmy' ? 'day first (3 April)' : 'month first (March 4)'}, ${why}   (change with --date-order ${d.order === 'dmy' ? 'mdy' : 'dmy'})`);
        }
      }
      if (p.problem) throw new ChronikError('VALIDATION', p.problem);
      if (flags['dry-run']) {
        let events = p.eventCount;
        let left = p.refused?.count ?? 0;
        if (partial) {
          // The preview read the beginning; count the whole file (read, not stored).
          try {
            const reader = streamReader(format, { mapping: mapping as CsvMapping | undefined, dateOrder, locale: lang, skipBad: skipBadRows });
            events = 0;
            left = 0;
            for (const text of pieces(file)) {
              const got = reader.push(text);
              events += got.events.length;
              left += got.refused.length;
            }
            const rest = reader.end();
            events += rest.events.length;
            left += rest.refused.length;
          } catch (e) {
            if (e instanceof ImportError) throw new ChronikError('VALIDATION', e.message);
            throw e;
          }
        }
        io.out(`Would import ${countLabel(events, '{n} event|{n} events')}${partial ? '' : `, ${countLabel(p.sourceCount, '{n} source|{n} sources')}`}${p.laneNames.length ? `, lanes: ${p.laneNames.join(', ')}${partial ? ', …' : ''}` : ''}`);
        if (left) io.out(`Would leave out ${countLabel(left, '{n} row|{n} rows')} that cannot be read${p.refused?.examples[0] ? `; the first: ${refusalText(p.refused.examples[0])}` : ''}`);
        for (const e of p.events) io.out(`  ${e.date.padEnd(26)} ${e.title}`);
        return 0;
      }
    }
    const target = flags.timeline !== undefined ? await timelineId(flags.timeline as string) : undefined;
    const { importId } = unwrap(await api.beginImport({
      format, mapping, dateOrder, locale: lang, timelineId: target, skipBadRows,
      newTimelineTitle: target === undefined ? (flags.title as string | undefined) : undefined,
    }));
    try {
      for (const text of pieces(file)) unwrap(await api.pushImport({ importId, chunk: text }));
    } catch (e) {
      await api.cancelImport({ importId });
      throw withHint(e, skipBadRows);
    }
    let r: DataImportResult;
    try {
      r = unwrap(await api.finishImport({ importId }));
    } catch (e) {
      throw withHint(e, skipBadRows);
    }
    io.out(`Imported ${countLabel(r.eventsAdded, '{n} event|{n} events')} and ${countLabel(r.sourcesAdded, '{n} new source|{n} new sources')} into “${r.timeline.title}” (undo with the app's Edit → Undo)`);
    if (r.refused) {
      io.out(`Left out ${countLabel(r.refused.count, '{n} row|{n} rows')} that could not be read:`);
      for (const x of r.refused.examples.slice(0, 10)) io.out(`  ${refusalText(x)}`);
      if (r.refused.count > 10) io.out(`  … and ${r.refused.count - 10} more`);
    }
    return 0;
  },
};
