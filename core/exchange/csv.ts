/**
 * CSV export and import. The columns follow ACLED's names where one exists (event_date,
 * time_precision, event_type, location, latitude, longitude, source, notes) so the file drops
 * into the tools analysts already use; import maps any header onto Chronik's fields.
 */
import { parseDate, partsToValue, SLASH_DATE, valueToParts, type ChronikDate, type DateOrder, type Precision } from '../dates';
import type { Language } from '../language';
import { CONFIDENCES, EVENT_KINDS, type Confidence, type EntityKind, type EventKind } from '../domain';
import { emptyBundle, type BundleEntity, type BundleEvent, type BundleLane, type BundleSource, type TimelineBundle } from './bundle';
import { CsvTokenizer, parseCsv, writeCsvRows, type CsvTable } from './csv-parse';

type CsvRecord = CsvTable['records'][number];
import { ImportError } from './errors';
import { oneLine, titleFromText } from './text';
import { isHttpUrl } from '../security';

/**
 * A kind cell: one of Chronik's kinds (any case), else a foreign type (ACLED's "Battles") that is
 * kept as a tag, the event's kind being "other". The import's mapping step says so with these.
 */
export function readKind(value: string): { kind: EventKind; tag: string | null } {
  const v = value.trim();
  if (!v) return { kind: 'other', tag: null };
  const lower = v.toLowerCase();
  return (EVENT_KINDS as readonly string[]).includes(lower) ? { kind: lower as EventKind, tag: null } : { kind: 'other', tag: v };
}

/** The columns Chronik writes, in order. */
export const CSV_COLUMNS = [
  'event_id', 'event_date', 'end_date', 'time_precision', 'approximate', 'uncertain', 'title', 'event_type', 'confidence',
  'lane', 'tags', 'location', 'latitude', 'longitude', 'notes', 'source', 'source_title', 'source_url', 'source_date', 'quote',
  'entities',
] as const;

/** What a CSV column can be mapped to on import. */
export const CSV_FIELDS = [
  'title', 'description', 'kind', 'start', 'end', 'precision', 'approximate', 'uncertain', 'confidence', 'lane', 'tags',
  'location', 'latitude', 'longitude', 'sourcePublisher', 'sourceTitle', 'sourceUrl', 'sourceDate', 'quote',
  'entities', 'people', 'organisations', 'places', 'ignore',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column name → field; unmapped columns are ignored. */
export type CsvMapping = Record<string, CsvField>;

/** Separates several values in one cell (sources of one event); ` | ` rarely occurs in titles. */
const MULTI = ' | ';
const YES = new Set(['1', 'yes', 'true', 'ja', 'x', 'wahr', 'y', 'j']);

/** Header names Chronik recognises, in lower case, for the suggested mapping. */
const KNOWN: Record<string, CsvField> = {
  event_id: 'ignore', event_id_cnty: 'ignore',
  title: 'title', titel: 'title', headline: 'title', ereignis: 'title', event: 'title', name: 'title',
  notes: 'description', description: 'description', beschreibung: 'description', text: 'description', summary: 'description',
  event_type: 'kind', kind: 'kind', type: 'kind', art: 'kind', typ: 'kind',
  event_date: 'start', date: 'start', start: 'start', start_date: 'start', datum: 'start', beginn: 'start', von: 'start',
  end_date: 'end', end: 'end', ende: 'end', bis: 'end',
  time_precision: 'precision', precision: 'precision', genauigkeit: 'precision',
  approximate: 'approximate', circa: 'approximate', ungefaehr: 'approximate', ungefähr: 'approximate',
  uncertain: 'uncertain', unsicher: 'uncertain',
  confidence: 'confidence', verlässlichkeit: 'confidence', status: 'confidence',
  lane: 'lane', group: 'lane', gruppe: 'lane', spur: 'lane',
  tags: 'tags', tag: 'tags', schlagwörter: 'tags',
  entities: 'entities', entitäten: 'entities', beteiligte: 'entities',
  actors: 'organisations', actor1: 'organisations', actor2: 'organisations', assoc_actor_1: 'organisations', assoc_actor_2: 'organisations',
  akteure: 'organisations', organisations: 'organisations', organizations: 'organisations', organisationen: 'organisations',
  people: 'people', persons: 'people', personen: 'people', places: 'places', orte: 'places',
  location: 'location', ort: 'location', place: 'location', admin1: 'ignore', country: 'ignore',
  latitude: 'latitude', lat: 'latitude', breite: 'latitude', longitude: 'longitude', lon: 'longitude', lng: 'longitude', länge: 'longitude',
  source: 'sourcePublisher', publisher: 'sourcePublisher', quelle: 'sourcePublisher', herausgeber: 'sourcePublisher',
  source_title: 'sourceTitle', source_url: 'sourceUrl', url: 'sourceUrl', link: 'sourceUrl',
  source_date: 'sourceDate', quote: 'quote', zitat: 'quote',
};

const PRECISION_WORDS: Record<string, { precision: Precision; approximate?: boolean }> = {
  minute: { precision: 'minute' }, day: { precision: 'day' }, month: { precision: 'month' }, year: { precision: 'year' },
  minute_: { precision: 'minute' }, tag: { precision: 'day' }, monat: { precision: 'month' }, jahr: { precision: 'year' },
  // ACLED: 1 = the day is known, 2 = within a week or two, 3 = only the month.
  '1': { precision: 'day' }, '2': { precision: 'day', approximate: true }, '3': { precision: 'month' },
};

/** ACLED's actor columns say what part an actor plays; that becomes the entity's role. */
const ACLED_ROLES: Record<string, string> = {
  actor1: 'actor 1', actor2: 'actor 2', assoc_actor_1: 'associated with actor 1', assoc_actor_2: 'associated with actor 2',
};

/** Words for an entity's kind in the `entities` column ("person: …"), English and German. */
const KIND_WORDS: Record<string, EntityKind> = {
  person: 'person', people: 'person', personen: 'person',
  organisation: 'organisation', organization: 'organisation', org: 'organisation', organisationen: 'organisation',
  place: 'place', ort: 'place', location: 'place', orte: 'place',
};
const FIELD_KIND: Partial<Record<CsvField, EntityKind>> = { people: 'person', organisations: 'organisation', places: 'place' };

/**
 * The `entities` cell: "person: Kim Jong Un [commander]; organisation: Korean People's Army; place: Kursk".
 * Items are separated by ";", the role is in square brackets (names may hold parentheses, as ACLED's do).
 */
export function formatEntityCell(list: readonly BundleEntity[]): string {
  return list.map((e) => `${e.kind}: ${e.name}${e.role ? ` [${e.role}]` : ''}`).join('; ');
}

/** Reads an entity cell; `kind` is the kind of a people/organisations/places column, else each item may say its own. */
export function parseEntityCell(cell: string, kind: EntityKind | null, defaultRole = ''): BundleEntity[] | string {
  const out: BundleEntity[] = [];
  for (const raw of cell.split(';')) {
    let item = raw.trim();
    if (!item) continue;
    let k = kind;
    const prefix = /^([\p{L}]+)\s*:\s*(.+)$/u.exec(item);
    if (!kind && prefix) {
      const word = KIND_WORDS[prefix[1]!.toLowerCase()];
      if (!word) return `unknown kind of entity "${prefix[1]}" (expected person, organisation or place)`;
      k = word;
      item = prefix[2]!;
    }
    let role = defaultRole;
    const r = /^(.*?)\s*\[([^\]]*)\]$/.exec(item);
    if (r) {
      item = r[1]!;
      role = oneLine(r[2]!);
    }
    const name = oneLine(item);
    if (!name) continue;
    const e = { kind: k ?? 'organisation', name, role };
    if (!out.some((x) => x.kind === e.kind && x.name.toLowerCase() === e.name.toLowerCase() && x.role === e.role)) out.push(e);
  }
  return out;
}

const CONFIDENCE_WORDS: Record<string, Confidence> = {
  confirmed: 'confirmed', reported: 'reported', claimed: 'claimed', disputed: 'disputed',
  bestätigt: 'confirmed', berichtet: 'reported', behauptet: 'claimed', umstritten: 'disputed',
};

// ---------------------------------------------------------------- export

/** Writes one row per event with Chronik's column names; several sources share a cell joined by " | ". */
export function writeCsv(b: TimelineBundle, delimiter = ','): string {
  const lanes = new Map(b.lanes.map((l) => [l.key, l.name]));
  const sources = new Map(b.sources.map((s) => [s.key, s]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  b.events.forEach((e, i) => {
    const srcs = e.sources.map((l) => sources.get(l.source)).filter((s): s is BundleSource => !!s);
    rows.push([
      String(i + 1), e.start.value, e.end?.value ?? '', e.start.precision, e.start.approximate ? 'yes' : '', e.start.uncertain ? 'yes' : '',
      e.title, e.kind, e.confidence, e.lane ? lanes.get(e.lane) ?? '' : '', e.tags.join('; '),
      e.location?.name ?? '', e.location?.lat != null ? String(e.location.lat) : '', e.location?.lon != null ? String(e.location.lon) : '',
      e.description, srcs.map((s) => s.publisher).join(MULTI), srcs.map((s) => s.title).join(MULTI), srcs.map((s) => s.url ?? '').join(MULTI),
      srcs.map((s) => s.publishedAt?.value ?? '').join(MULTI), e.sources.map((l) => l.quote).join(MULTI),
      formatEntityCell(e.entities ?? []),
    ]);
  });
  return writeCsvRows(rows, delimiter);
}

// ---------------------------------------------------------------- import

export interface CsvPreview {
  delimiter: string;
  columns: string[];
  /** The first 20 data rows, one string per column. */
  rows: string[][];
  rowCount: number;
  suggestedMapping: CsvMapping;
}

function headerOf(text: string) {
  const table = parseCsv(checkNotJson(text));
  const head = table.records[0];
  if (!head) throw new ImportError('CSV: the file is empty', { line: 1 });
  return { table, columns: columnNames(head.fields) };
}

/** Refuses text that is JSON, not CSV (a common mix-up); returns it unchanged otherwise. */
export function checkNotJson(text: string): string {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    throw new ImportError('CSV line 1: this looks like a JSON file, not CSV; import it as Chronik JSON or TimelineJS', { line: 1 });
  }
  return text;
}

/** Column names from the header row: blank and repeated headers still get distinct names to be mapped. */
export function columnNames(head: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return head.map((h, i) => {
    const name = h.trim() || `column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n > 1 ? `${name} (${n})` : name;
  });
}

/** Suggests a field for each column from its name (English, German and ACLED headers). */
export function suggestMapping(columns: readonly string[]): CsvMapping {
  const m: CsvMapping = {};
  const taken = new Set<CsvField>();
  for (const c of columns) {
    const f = KNOWN[c.trim().toLowerCase()];
    // Only tags and entities may take several columns; a second date column must not silently win.
    const many = f === 'tags' || f === 'entities' || (f !== undefined && f in FIELD_KIND);
    if (f && f !== 'ignore' && (many || !taken.has(f))) {
      m[c] = f;
      taken.add(f);
    }
  }
  return m;
}

/** The columns, the first rows and a suggested mapping: what the mapping step shows. */
export function previewCsv(text: string): CsvPreview {
  const { table, columns } = headerOf(text);
  const data = table.records.slice(1);
  return {
    delimiter: table.delimiter,
    columns,
    rows: data.slice(0, 20).map((r) => columns.map((_, i) => r.fields[i] ?? '')),
    rowCount: data.length,
    suggestedMapping: suggestMapping(columns),
  };
}

function coarsen(d: ChronikDate, precision: Precision): ChronikDate {
  const r = valueToParts(d.value);
  if (!r) return d;
  const order = ['year', 'month', 'day', 'minute'];
  if (order.indexOf(precision) >= order.indexOf(r.precision)) return d;
  return { ...d, value: partsToValue(r.parts, precision), precision };
}

/** Reads CSV rows into a bundle with the given mapping; the first bad cell throws, naming line and column. */
export function readCsv(text: string, mapping: CsvMapping, options: CsvReadOptions & { title?: string } = {}): TimelineBundle {
  const { table, columns } = headerOf(text);
  const read = csvRowReader(columns, mapping, options);
  const bundle = emptyBundle(options.title ?? 'Imported CSV');
  for (const rec of table.records.slice(1)) {
    const r = read(rec);
    bundle.lanes.push(...r.lanes);
    bundle.sources.push(...r.sources);
    if (r.event) bundle.events.push(r.event);
  }
  return bundle;
}

const ENTITY_FIELDS = ['entities', 'people', 'organisations', 'places'] as const;

/** What one CSV record adds: its event (null for a blank line) and the lanes and sources it named first. */
export interface CsvRowItems {
  event: BundleEvent | null;
  lanes: BundleLane[];
  sources: BundleSource[];
}

/** How a CSV file's cells are read: the language (month names, messages) and the order of day and month in slash dates. */
export interface CsvReadOptions {
  locale?: Language;
  /** 03/04/2024 is day first or month first in the whole file; without it the file's own dates decide (see csvRowReader). */
  dateOrder?: DateOrder;
}

const DATE_FIELDS: readonly CsvField[] = ['start', 'end', 'sourceDate'];

/** What a slash date shows about the order of day and month: 14/05/2022 day first, 05/14/2022 month first, 03/04/2024 nothing. */
function orderShown(value: string): { shows: DateOrder | null } | null {
  const m = SLASH_DATE.exec(value);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { shows: a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : null };
}

/** The language's order of day and month, for slash dates nothing in a file decides. */
export const languageDateOrder = (locale: Language | undefined): DateOrder => (locale === 'de' ? 'dmy' : 'mdy');

/**
 * Slash dates in the mapped date columns of (the beginning of) a CSV file: whether there are any,
 * and the order of day and month the first date that can only be read one way shows (null when
 * every one could be read both ways). The preview decides a file's order from this. The text is
 * read a megabyte at a time, up to that date.
 */
export function slashDateOrder(text: string, mapping: CsvMapping): { slashDates: boolean; order: DateOrder | null; example?: { line: number; value: string } } {
  const tokens = new CsvTokenizer();
  let cols: number[] | null = null;
  let slashDates = false;
  const STEP = 1 << 20;
  for (let at = 0; at < text.length || at === 0; at += STEP) {
    const records = tokens.push(text.slice(at, at + STEP));
    if (at + STEP >= text.length) records.push(...tokens.end());
    for (const rec of records) {
      if (!cols) {
        cols = columnNames(rec.fields).flatMap((c, i) => (DATE_FIELDS.includes(mapping[c] as CsvField) ? [i] : []));
        continue;
      }
      for (const i of cols) {
        const value = (rec.fields[i] ?? '').trim();
        const o = orderShown(value);
        if (!o) continue;
        slashDates = true;
        if (o.shows) return { slashDates, order: o.shows, example: { line: rec.line, value } };
      }
    }
  }
  return { slashDates, order: null };
}

/**
 * Checks a mapping against the columns and returns the reader of data records: each call turns one
 * record into bundle pieces (lanes and sources get keys on first sight), so a file can be read
 * record by record as it streams in. The first bad cell throws, naming line and column.
 */
export function csvRowReader(columns: readonly string[], mapping: CsvMapping, options: CsvReadOptions = {}): (rec: CsvRecord) => CsvRowItems {
  for (const [col, field] of Object.entries(mapping)) {
    if (!columns.includes(col)) throw new ImportError(`CSV: the mapping names a column "${col}" that the file does not have (columns: ${columns.join(', ')})`, { field: col });
    if (!(CSV_FIELDS as readonly string[]).includes(field)) throw new ImportError(`CSV: "${field}" is not a field to map to (fields: ${CSV_FIELDS.join(', ')})`, { field: col });
  }
  const colsOf = (f: CsvField) => columns.map((c, i) => ({ c, i })).filter(({ c }) => mapping[c] === f);
  const startCol = colsOf('start')[0];
  if (!startCol) throw new ImportError('CSV: no column is mapped to the event date ("start"); map one, e.g. event_date=start', { field: 'start' });
  const titleCol = colsOf('title')[0];
  const descCol = colsOf('description')[0];
  if (!titleCol && !descCol) throw new ImportError('CSV: no column is mapped to the title (or to the description to take a title from)', { field: 'title' });
  const firstCol = new Map(CSV_FIELDS.map((f) => [f, colsOf(f)[0]]));
  const tagCols = colsOf('tags');
  const entityCols = Object.fromEntries(ENTITY_FIELDS.map((f) => [f, colsOf(f)])) as Record<(typeof ENTITY_FIELDS)[number], { c: string; i: number }[]>;

  const laneKeys = new Map<string, string>();
  const sourceKeys = new Map<string, string>();
  // Slash dates (03/04/2024) are read in one order for the whole file: the one given, else the one
  // the first date that can only be read one way shows (14/05/2022: day first). Dates before it
  // were read in the language's order; when the file then shows the other order, they may have been
  // misread, and the file stops (nothing is imported) naming both lines, rather than mixing orders.
  const fallback = languageDateOrder(options.locale);
  let order: DateOrder | null = options.dateOrder ?? null;
  let shownAt: { line: number; value: string } | null = null;
  let guessedAt: { line: number; value: string } | null = null;
  const firstWord = (o: DateOrder) => (o === 'dmy' ? 'day' : 'month');
  const readRow = (rec: CsvRecord, out: CsvRowItems): CsvRowItems => {
    const line = rec.line;
    const cell = (f: CsvField) => {
      const c = firstCol.get(f);
      return c ? { value: (rec.fields[c.i] ?? '').trim(), column: c.c } : { value: '', column: f };
    };
    const fail = (column: string, why: string): never => {
      throw new ImportError(`CSV line ${line}, column "${column}": ${why}`, { line, field: column });
    };
    if (rec.fields.every((f) => !f.trim())) return out;
    const slashOrder = (value: string, column: string): DateOrder | undefined => {
      const o = orderShown(value);
      if (!o) return undefined;
      if (o.shows && order && o.shows !== order) {
        fail(column, options.dateOrder
          ? `"${value}" cannot be read with the ${firstWord(order)} first, the order chosen for this file's dates`
          : `"${value}" has the ${firstWord(o.shows)} first, but line ${shownAt!.line} ("${shownAt!.value}") has the ${firstWord(order)} first`);
      }
      if (o.shows && !order) {
        if (guessedAt && o.shows !== fallback) {
          throw new ImportError(`CSV line ${line}, column "${column}": "${value}" has the ${firstWord(o.shows)} first, so dates like "${guessedAt.value}" (line ${guessedAt.line}) were read the wrong way round; choose ${o.shows === 'dmy' ? 'day first' : 'month first'} for this file's dates and import it again (nothing was imported)`, { line, field: column, wholeFile: true });
        }
        order = o.shows;
        shownAt = { line, value };
      }
      if (!order) guessedAt ??= { line, value };
      return order ?? fallback;
    };
    const date = (f: CsvField): ChronikDate | null => {
      const { value, column } = cell(f);
      if (!value) return null;
      const r = parseDate(value, { locale: options.locale, slashOrder: slashOrder(value, column) });
      if (!r.ok) return fail(column, r.message);
      return r.date;
    };
    let start = date('start');
    if (!start) fail(startCol.c, 'the event date is empty');
    let end = date('end');
    const p = cell('precision');
    if (p.value) {
      const w = PRECISION_WORDS[p.value.toLowerCase()];
      if (!w) fail(p.column, `unknown precision "${p.value}" (expected day, month, year, minute or ACLED's 1, 2, 3)`);
      start = coarsen(start!, w!.precision);
      if (w!.approximate) start.approximate = true;
      if (end) end = coarsen(end, w!.precision);
    }
    if (YES.has(cell('approximate').value.toLowerCase())) start!.approximate = true;
    if (YES.has(cell('uncertain').value.toLowerCase())) start!.uncertain = true;
    // A bare CSV cell is the user's value, not a phrase worth keeping beside it.
    if (start!.original === cell('start').value) delete start!.original;
    if (end?.original === cell('end').value) delete end.original;

    const description = descCol ? (rec.fields[descCol.i] ?? '').trim() : '';
    let title = titleCol ? oneLine(rec.fields[titleCol.i] ?? '') : '';
    if (!title) title = titleFromText(description, 120);
    if (!title) fail(titleCol?.c ?? descCol!.c, 'the event has no title');

    const tags: string[] = [];
    for (const c of tagCols) for (const t of (rec.fields[c.i] ?? '').split(/[;,]/)) if (t.trim()) tags.push(t.trim());
    const entities: BundleEntity[] = [];
    for (const f of ENTITY_FIELDS) {
      for (const c of entityCols[f]) {
        const list = parseEntityCell(rec.fields[c.i] ?? '', FIELD_KIND[f] ?? null, ACLED_ROLES[c.c.toLowerCase()] ?? '');
        if (typeof list === 'string') fail(c.c, list);
        for (const e of list as BundleEntity[]) if (!entities.some((x) => x.kind === e.kind && x.name.toLowerCase() === e.name.toLowerCase() && x.role === e.role)) entities.push(e);
      }
    }
    const read = readKind(cell('kind').value);
    const kind = read.kind;
    if (read.tag) tags.push(read.tag);
    let confidence: Confidence = 'reported';
    const cf = cell('confidence');
    if (cf.value) {
      const c = CONFIDENCE_WORDS[cf.value.toLowerCase()];
      if (!c) fail(cf.column, `unknown confidence "${cf.value}" (expected ${CONFIDENCES.join(', ')})`);
      confidence = c!;
    }
    const num = (f: CsvField, min: number, max: number) => {
      const { value, column } = cell(f);
      if (!value) return null;
      const n = Number(value.replace(',', '.'));
      if (!Number.isFinite(n) || n < min || n > max) fail(column, `"${value}" is not a number between ${min} and ${max}`);
      return n;
    };
    const lat = num('latitude', -90, 90);
    const lon = num('longitude', -180, 180);
    const locName = cell('location').value;
    const laneName = cell('lane').value;
    let lane: string | null = null;
    if (laneName) {
      lane = laneKeys.get(laneName) ?? null;
      if (!lane) {
        lane = `l${laneKeys.size + 1}`;
        laneKeys.set(laneName, lane);
        out.lanes.push({ key: lane, name: laneName });
      }
    }

    const split = (f: CsvField) => (cell(f).value ? cell(f).value.split('|').map((s) => s.trim()) : []);
    const urls = split('sourceUrl');
    const titles = split('sourceTitle');
    const publishers = split('sourcePublisher');
    const dates = split('sourceDate');
    const quotes = split('quote');
    const n = Math.max(urls.length, titles.length, urls.length ? 0 : publishers.length);
    const links: BundleEvent['sources'] = [];
    for (let i = 0; i < n; i++) {
      const url = urls[i] || null;
      if (url && !isHttpUrl(url)) fail(cell('sourceUrl').column, `"${url}" is not an http(s) URL`);
      const stitle = titles[i] ?? '';
      const publisher = publishers[i] ?? (publishers.length === 1 ? publishers[0]! : '');
      const id = url ?? `${publisher}\u0000${stitle}`;
      let key = sourceKeys.get(id);
      if (!key) {
        let publishedAt: ChronikDate | null = null;
        if (dates[i]) {
          const r = parseDate(dates[i]!, { locale: options.locale, slashOrder: slashOrder(dates[i]!, cell('sourceDate').column) });
          if (!r.ok) fail(cell('sourceDate').column, r.message);
          else publishedAt = { value: r.date.value, precision: r.date.precision };
        }
        key = `s${sourceKeys.size + 1}`;
        sourceKeys.set(id, key);
        out.sources.push({
          key, url, title: stitle, publisher, author: '', publishedAt, accessedAt: null, language: null,
          contentHash: null, text: null, html: null, createdAt: null, updatedAt: null,
        });
      }
      if (!links.some((l) => l.source === key)) {
        links.push({ source: key, quote: quotes[i] ?? '', quoteStart: null, quoteEnd: null, datePhrase: '', stance: 'reports' });
      }
    }
    out.event = {
      title, description: titleCol ? description : description === title ? '' : description, kind, start: start!, end, location: locName || lat !== null ? { name: locName, lat, lon } : null,
      lane, confidence, color: null, tags: [...new Set(tags)], entities, sources: links, createdAt: null, updatedAt: null,
    };
    return out;
  };
  return (rec) => {
    const out: CsvRowItems = { event: null, lanes: [], sources: [] };
    try {
      return readRow(rec, out);
    } catch (e) {
      // A refused row names no lane or source: a later row that uses them brings them in itself.
      for (const l of out.lanes) laneKeys.delete(l.name);
      for (const [id, key] of sourceKeys) if (out.sources.some((x) => x.key === key)) sourceKeys.delete(id);
      throw e;
    }
  };
}
