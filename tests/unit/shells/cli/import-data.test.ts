import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as run } from '../../../helpers/cli';

let dir: string;
let db: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'chronik-cli-data-')); db = join(dir, 'p.chronik'); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI on this test's project. */
const cli = (...argv: string[]) => run('--db', db, ...argv);

/** A CSV larger than the part the preview reads (1 MB), with umlauts across the piece borders. */
function bigCsv(n: number, bad?: number): string {
  const lines = ['event_date,title,notes'];
  for (let i = 0; i < n; i++) lines.push(`${i === bad ? '2021-02-30' : `2021-0${1 + (i % 9)}-1${i % 10}`},Übung ${i} an der Grenze,"Beobachter berichten über Truppenbewegungen, Nr. ${i}"`);
  return lines.join('\n') + '\n';
}

describe('chronik import-data with a large file', () => {
  it('counts the whole file in a dry run and imports it streamed, every row', async () => {
    const file = join(dir, 'big.csv');
    writeFileSync(file, bigCsv(20_000));
    expect(statSync(file).size).toBeGreaterThan(1024 * 1024);
    const dry = await cli('import-data', file, '--dry-run');
    expect(dry.out).toMatch(/Would import 20000 events/);
    const r = await cli('import-data', file, '--title', 'Big');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Imported 20000 events and 0 new sources into “Big”/);
    const list = JSON.parse((await cli('timelines', 'list', '--json')).out);
    expect(list).toMatchObject([{ title: 'Big', eventCount: 20000 }]);
    const last = (await cli('events', 'list', '--timeline', 'Big', '--from', '2021-02-19', '--to', '2021-02-19', '--json')).out;
    expect(JSON.parse(last).map((e: { title: string }) => e.title)).toContain('Übung 19999 an der Grenze');
  });

  it('stops at a bad row deep in the file, names its line, and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, bigCsv(20_000, 17_000));
    const r = await cli('import-data', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/CSV line 17002, column "event_date"/);
    expect(r.err).toMatch(/--skip-bad-rows/);
    expect(JSON.parse((await cli('timelines', 'list', '--json')).out)).toEqual([]);
  });

  it('leaves no new project file behind when the import into it fails, and an existing project as it was', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, bigCsv(50, 30));
    const r = await cli('import-data', file, '--title', 'Nope');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/CSV line 32, column "event_date"/);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}-wal`)).toBe(false);
    // A project that was there before stays, with what it held.
    expect((await cli('timelines', 'create', 'Kept')).code).toBe(0);
    expect((await cli('import-data', file)).code).toBe(2);
    expect(existsSync(db)).toBe(true);
    expect(JSON.parse((await cli('timelines', 'list', '--json')).out)).toMatchObject([{ title: 'Kept', eventCount: 0 }]);
  });

  it('with --skip-bad-rows leaves bad rows out, says which, and imports the rest', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, bigCsv(20_000, 17_000));
    const dry = await cli('import-data', file, '--skip-bad-rows', '--dry-run');
    expect(dry.out).toMatch(/Would import 19999 events/);
    expect(dry.out).toMatch(/Would leave out 1 row that cannot be read/);
    const r = await cli('import-data', file, '--skip-bad-rows', '--title', 'Most');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Imported 19999 events/);
    expect(r.out).toMatch(/Left out 1 row that could not be read:\n {2}CSV line 17002, column "event_date"/);
    expect(JSON.parse((await cli('timelines', 'list', '--json')).out)).toMatchObject([{ title: 'Most', eventCount: 19999 }]);
  });
});

describe('chronik import-data with line breaks inside quoted cells', () => {
  it('imports a file whose preview part ends inside a quoted cell holding line breaks (CRLF)', async () => {
    // Each record has a quoted note over two lines; the line break inside one of them falls just
    // before the 1 MiB the preview reads (all ASCII: characters are bytes).
    const file = join(dir, 'notes.csv');
    const row = (i: number) => `2022-01-${String(1 + (i % 28)).padStart(2, '0')},Report ${i},"Line one, with a comma\r\nline two"\r\n`;
    let text = 'event_date,title,notes\r\n';
    let n = 0;
    while (text.length < 1_000_000) text += row(n++);
    const filler = (pad: number) => `2022-02-01,${'F'.repeat(pad)},x\r\n`;
    const straddling = row(n).indexOf('\r\n') + 2;
    text += filler(1024 * 1024 - 10 - text.length - straddling - filler(0).length);
    expect(text.length + straddling).toBe(1024 * 1024 - 10);
    for (let k = 0; k < 2000; k++) text += row(n++);
    writeFileSync(file, text);
    const r = await cli('import-data', file, '--title', 'Notes');
    expect(r.err).not.toMatch(/never closed/);
    expect(r.out).toMatch(new RegExp(`Imported ${n + 1} events`));
  });

  it('imports a file whose first data row alone is larger than the preview part', async () => {
    const file = join(dir, 'long-cell.csv');
    const cell = Array.from({ length: 45_000 }, (_, i) => `Absatz ${i} des Berichts.`).join('\n');
    writeFileSync(file, `event_date,title,notes\n2020-03-04,Langer Bericht,"${cell}"\n2020-03-05,Kurzer Bericht,kurz\n`);
    expect(statSync(file).size).toBeGreaterThan(1024 * 1024);
    const r = await cli('import-data', file, '--title', 'Lang');
    expect(r.err).not.toMatch(/never closed/);
    expect(r.out).toMatch(/Imported 2 events/);
  });
});

describe('chronik import-data with slash dates', () => {
  it('says which order of day and month it reads, reads the whole file so, and takes --date-order', async () => {
    const file = join(dir, 'dmy.csv');
    writeFileSync(file, 'event_date,notes\r\n01/02/2021,first\r\n14/05/2022,second\r\n03/04/2020,fourth\r\n');
    const dry = await cli('import-data', file, '--dry-run');
    expect(dry.out).toContain('Dates like 03/04/2024: day first (3 April), as 14/05/2022 on line 3 shows   (change with --date-order mdy)');
    expect(dry.out).toMatch(/1 Feb 2021 +first/);
    const mdy = await cli('import-data', file, '--dry-run', '--date-order', 'mdy');
    expect(mdy.code).not.toBe(0);
    expect(mdy.err).toContain('"14/05/2022" cannot be read with the month first');
    expect((await cli('import-data', file, '--date-order', 'ymd')).err).toMatch(/--date-order must be dmy/);
    expect((await cli('import-data', file, '--title', 'Europe')).code).toBe(0);
    const list = JSON.parse((await cli('events', 'list', '--timeline', 'Europe', '--json')).out) as { title: string; start: { value: string } }[];
    expect(list.map((e) => `${e.title} ${e.start.value}`)).toEqual(['fourth 2020-04-03', 'first 2021-02-01', 'second 2022-05-14']);
  });
});
