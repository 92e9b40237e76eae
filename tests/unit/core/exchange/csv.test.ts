import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv, previewCsv, readCsv, readKind, sniffDelimiter, writeCsv } from '../../../../core/exchange';
import { randomBundle } from './random-bundle';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');

describe('CSV parser (RFC 4180)', () => {
  it('reads quoted fields with doubled quotes, delimiters and line breaks inside, CRLF and a BOM', () => {
    const t = parseCsv('\uFEFFa,b\r\n"x, ""y""","line1\r\nline2"\r\nlast,\r\n');
    expect(t.records.map((r) => r.fields)).toEqual([['a', 'b'], ['x, "y"', 'line1\r\nline2'], ['last', '']]);
    expect(t.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('sniffs ; and tab delimiters, ignoring those inside quotes', () => {
    expect(sniffDelimiter('"a,b,c";d;e\n1;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a,b;c,d')).toBe(',');
  });

  it('names the line of an unterminated quote and of text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/CSV line 2: a quoted field is never closed/);
    expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow(/CSV line 2: unexpected text after a closing quote/);
  });
});

describe('CSV export and import', () => {
  it('writes the stable ACLED-like header and one row per event', () => {
    const b = randomBundle(5);
    const t = parseCsv(writeCsv(b));
    expect(t.records[0]!.fields).toEqual([...CSV_COLUMNS]);
    expect(t.records).toHaveLength(b.events.length + 1);
  });

  it('reads back what it writes with the suggested mapping (titles, dates, lanes, sources)', () => {
    for (const seed of [3, 11, 19, 23]) {
      const b = randomBundle(seed);
      const csv = writeCsv(b);
      const p = previewCsv(csv);
      expect(p.suggestedMapping).toMatchObject({ event_date: 'start', title: 'title', notes: 'description', source_url: 'sourceUrl' });
      const back = readCsv(csv, p.suggestedMapping);
      expect(back.events.map((e) => e.title)).toEqual(b.events.map((e) => e.title.replace(/\s+/g, ' ').trim()));
      expect(back.events.map((e) => e.start.value)).toEqual(b.events.map((e) => e.start.value));
      expect(back.events.map((e) => e.start.precision)).toEqual(b.events.map((e) => e.start.precision));
    }
  });

  it('previews a German semicolon file with a BOM and maps its German headers', () => {
    const p = previewCsv(fixture('truppen-de.csv'));
    expect(p.delimiter).toBe(';');
    expect(p.columns[0]).toBe('Datum');
    expect(p.rowCount).toBe(3);
    expect(p.rows[0]![2]).toBe('Der Minister spricht von Belegen;\r\nder Zweck sei unklar.');
    expect(p.suggestedMapping).toMatchObject({ Datum: 'start', Titel: 'title', Beschreibung: 'description', Spur: 'lane', URL: 'sourceUrl', Quelle: 'sourcePublisher', Genauigkeit: 'precision' });
    const b = readCsv(fixture('truppen-de.csv'), p.suggestedMapping, { locale: 'de' });
    expect(b.events.map((e) => [e.start.value, e.start.precision, e.confidence])).toEqual([
      ['2024-10-23', 'day', 'confirmed'], ['2024-10', 'month', 'reported'], ['2024-10-28', 'day', 'confirmed'],
    ]);
    expect(b.lanes.map((l) => l.name)).toEqual(['Diplomatie', 'Aufklärung']);
    // One article cited twice is one source.
    expect(b.sources).toHaveLength(2);
    expect(b.events[1]!.description).toBe('Ausbildung "neuer" Einheiten');
  });

  it('maps an ACLED-like file: precision codes, foreign types kept as tags, titles from notes', () => {
    const text = fixture('acled-like-en.csv');
    const p = previewCsv(text);
    expect(p.suggestedMapping).toMatchObject({ event_date: 'start', time_precision: 'precision', event_type: 'kind', notes: 'description', latitude: 'latitude' });
    const b = readCsv(text, p.suggestedMapping);
    expect(b.events[0]).toMatchObject({ title: 'Clashes reported near the hill.', kind: 'other', location: { name: 'Hill 112', lat: 51.7, lon: 36.2 } });
    expect(b.events[0]!.tags).toContain('Battles');
    // ACLED's actor1 is an organisation playing the part of actor 1.
    expect(p.suggestedMapping).toMatchObject({ actor1: 'organisations' });
    expect(b.events[0]!.entities).toEqual([{ kind: 'organisation', name: 'Unit A', role: 'actor 1' }]);
    expect(b.events[1]!.start).toMatchObject({ value: '2024-10-15', approximate: true });
    expect(b.events[2]!.start).toMatchObject({ value: '2024-10', precision: 'month' });
  });

  it('reads and writes entities: kind, name (parentheses allowed) and role in brackets; people/places columns', () => {
    const text = 'date,title,entities,people,orte\n2024-10-23,Meeting,"person: Kim Jong Un [host]; organisation: Military Forces of Russia (2000-); Ort: Pyongyang",A. Belousov [guest],Moskau\n';
    const p = previewCsv(text);
    expect(p.suggestedMapping).toMatchObject({ entities: 'entities', people: 'people', orte: 'places' });
    const b = readCsv(text, p.suggestedMapping);
    expect(b.events[0]!.entities).toEqual([
      { kind: 'person', name: 'Kim Jong Un', role: 'host' },
      { kind: 'organisation', name: 'Military Forces of Russia (2000-)', role: '' },
      { kind: 'place', name: 'Pyongyang', role: '' },
      { kind: 'person', name: 'A. Belousov', role: 'guest' },
      { kind: 'place', name: 'Moskau', role: '' },
    ]);
    const again = readCsv(writeCsv(b), previewCsv(writeCsv(b)).suggestedMapping);
    expect(again.events[0]!.entities).toEqual(b.events[0]!.entities);
    expect(() => readCsv('date,title,entities\n2024,x,planet: Mars\n', { date: 'start', title: 'title', entities: 'entities' }))
      .toThrow(/CSV line 2, column "entities": unknown kind of entity "planet"/);
  });

  it('names the line and column of a bad cell, and a mapping to a missing column', () => {
    const text = fixture('bad-date.csv');
    expect(() => readCsv(text, previewCsv(text).suggestedMapping)).toThrow(/CSV line 3, column "event_date": Malformed date "2024-13-45"/);
    expect(() => readCsv(text, { datum: 'start' })).toThrow(/column "datum" that the file does not have/);
    expect(() => readCsv(text, { title: 'title' })).toThrow(/no column is mapped to the event date/);
    expect(() => previewCsv('{"events": []}')).toThrow(/looks like a JSON file/);
  });
});

describe('a kind cell', () => {
  it('is one of Chronik\'s kinds in any case, else a tag on an event of kind other', () => {
    expect(readKind(' Attack ')).toEqual({ kind: 'attack', tag: null });
    expect(readKind('Battles')).toEqual({ kind: 'other', tag: 'Battles' });
    expect(readKind('  ')).toEqual({ kind: 'other', tag: null });
  });
});
