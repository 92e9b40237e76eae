/**
 * Import readers fed in pieces, for files too large to hold at once: each `push` returns the bundle
 * pieces completed so far (lanes and sources before the events that use them), `end` the rest.
 * CSV and Chronik JSON stream record by record; TimelineJS (one small document) is read at the end.
 * The checks and messages are those of the whole-file readers.
 */
import * as v from 'valibot';
import { checkRange } from '../dates';
import type { Language } from '../language';
import type { BundleEvent, BundleLane, BundleSource, TimelineBundle } from './bundle';
import { checkNotJson, columnNames, csvRowReader, type CsvMapping, type CsvReadOptions, type CsvRowItems } from './csv';
import { CsvTokenizer } from './csv-parse';
import { ImportError } from './errors';
import { JsonObjectStream, type JsonStreamItem } from './json-stream';
import { fieldName, nativeParts, NATIVE_FORMAT } from './native-json';
import { readTimelineJs } from './timelinejs';

export interface BundlePieces {
  /** The timeline's own fields, once they have been read. */
  timeline?: TimelineBundle['timeline'];
  lanes: BundleLane[];
  sources: BundleSource[];
  events: BundleEvent[];
  /** Records left out because they could not be read (only when the reader skips bad records). */
  refused: ImportError[];
}

export interface StreamReader {
  push(chunk: string): BundlePieces;
  end(): BundlePieces;
}

const empty = (): BundlePieces => ({ lanes: [], sources: [], events: [], refused: [] });

/** Reader options: `skipBad` leaves out a record that cannot be read (reported in `refused`) instead of stopping. */
export interface StreamReaderOptions {
  skipBad?: boolean;
}

/** CSV with a column mapping: the header first, then one event per record. */
export class CsvStreamReader implements StreamReader {
  private readonly tokens = new CsvTokenizer();
  private read: ((rec: { line: number; fields: string[] }) => CsvRowItems) | null = null;
  private checkedHead = false;

  constructor(private readonly mapping: CsvMapping, private readonly options: CsvReadOptions & StreamReaderOptions = {}) {}

  push(chunk: string): BundlePieces {
    if (!this.checkedHead && chunk.trim()) {
      checkNotJson(chunk);
      this.checkedHead = true;
    }
    return this.take(this.tokens.push(chunk));
  }

  end(): BundlePieces {
    const out = this.take(this.tokens.end());
    if (!this.read) throw new ImportError('CSV: the file is empty', { line: 1 });
    return out;
  }

  private take(records: { line: number; fields: string[] }[]): BundlePieces {
    const out = empty();
    for (const rec of records) {
      if (!this.read) {
        this.read = csvRowReader(columnNames(rec.fields), this.mapping, this.options);
        continue;
      }
      let r: CsvRowItems;
      try {
        r = this.read(rec);
      } catch (e) {
        if (!this.options.skipBad || !(e instanceof ImportError) || e.location.wholeFile) throw e;
        out.refused.push(e);
        continue;
      }
      out.lanes.push(...r.lanes);
      out.sources.push(...r.sources);
      if (r.event) out.events.push(r.event);
    }
    return out;
  }
}

const STREAMED = new Set(['lanes', 'sources', 'events']);

/**
 * Chronik JSON, element by element. The file must say what it is before its lists, and name
 * lanes and sources before the events that use them — as Chronik writes it.
 */
export class NativeJsonStreamReader implements StreamReader {
  private readonly json = new JsonObjectStream('Chronik JSON', STREAMED);
  private readonly seen = new Set<string>();
  private readonly laneKeys = new Set<string>();
  private readonly sourceKeys = new Set<string>();

  constructor(private readonly options: StreamReaderOptions = {}) {}

  push(chunk: string): BundlePieces {
    return this.take(this.json.push(chunk));
  }

  end(): BundlePieces {
    const out = this.take(this.json.end());
    for (const f of ['format', 'version', 'timeline', 'lanes', 'sources', 'events']) {
      if (!this.seen.has(f)) this.fail(f === 'format' ? 'format' : '(top level)', f === 'format' ? `must be "${NATIVE_FORMAT}"` : `the field "${f}" is missing`);
    }
    return out;
  }

  private fail(field: string, why: string): never {
    if (field === 'format') throw new ImportError(`Not a Chronik timeline file: the field "format" ${why}`, { field: 'format' });
    throw new ImportError(`Chronik JSON, field ${field}: ${why}`, { field });
  }

  private check<S extends v.GenericSchema>(schema: S, value: unknown, path: string): v.InferOutput<S> {
    const r = v.safeParse(schema, value);
    if (r.success) return r.output;
    const issue = r.issues[0];
    const sub = fieldName(v.getDotPath(issue));
    return this.fail(sub ? `${path}.${sub}`.replace(/^\./, '') : path, issue.message);
  }

  private event(value: unknown, at: string): BundleEvent {
    const e = this.check(nativeParts.event, value, at) as BundleEvent;
    const problem = checkRange(e.start, e.end);
    if (problem) this.fail(`${at}.end`, problem);
    if (e.lane !== null && !this.laneKeys.has(e.lane)) this.fail(`${at}.lane`, `no lane has the key "${e.lane}"`);
    e.sources.forEach((l, j) => {
      if (!this.sourceKeys.has(l.source)) this.fail(`${at}.sources[${j}].source`, `no source has the key "${l.source}"`);
    });
    return e;
  }

  private take(items: JsonStreamItem[]): BundlePieces {
    const out = empty();
    for (const it of items) {
      if (it.key !== 'format' && !this.seen.has('format')) {
        this.fail('format', `must be "${NATIVE_FORMAT}" and come first (is this a Chronik timeline file?)`);
      }
      this.seen.add(it.key);
      if (it.kind === 'list') continue;
      if (it.kind === 'member') {
        if (it.key === 'format') {
          if (it.value !== NATIVE_FORMAT) this.fail('format', `must be "${NATIVE_FORMAT}"`);
        } else if (it.key === 'version') this.check(nativeParts.version, it.value, 'version');
        else if (it.key === 'timeline') out.timeline = this.check(nativeParts.timeline, it.value, 'timeline');
        continue;
      }
      const at = `${it.key}[${it.index}]`;
      if (it.key === 'lanes') {
        const l = this.check(nativeParts.lane, it.value, at);
        if (this.laneKeys.has(l.key)) this.fail(`${at}.key`, `the key "${l.key}" is used twice`);
        this.laneKeys.add(l.key);
        out.lanes.push(l);
      } else if (it.key === 'sources') {
        const s = this.check(nativeParts.source, it.value, at);
        if (this.sourceKeys.has(s.key)) this.fail(`${at}.key`, `the key "${s.key}" is used twice`);
        this.sourceKeys.add(s.key);
        out.sources.push(s as BundleSource);
      } else {
        try {
          out.events.push(this.event(it.value, at));
        } catch (e) {
          if (!this.options.skipBad || !(e instanceof ImportError)) throw e;
          out.refused.push(e);
        }
      }
    }
    return out;
  }
}

/** TimelineJS: a document of modest size, read whole at the end (capped, so memory stays bounded). */
export class TimelineJsStreamReader implements StreamReader {
  private text = '';
  constructor(private readonly locale?: Language, private readonly maxChars = 50_000_000) {}

  push(chunk: string): BundlePieces {
    this.text += chunk;
    if (this.text.length > this.maxChars) throw new ImportError(`TimelineJS: files over ${Math.round(this.maxChars / 1e6)} MB cannot be imported; split the file or export it as CSV`);
    return empty();
  }

  end(): BundlePieces {
    const b = readTimelineJs(this.text, { locale: this.locale });
    this.text = '';
    return { timeline: b.timeline, lanes: b.lanes, sources: b.sources, events: b.events, refused: [] };
  }
}
