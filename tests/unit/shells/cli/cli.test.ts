import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../../helpers/cli';
import { cliPaper } from '../../../../shells/cli/commands/export';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chronik-cli-'));
  db = join(dir, 'cli.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('chronik export pdf', () => {
  it('prints on the paper of the system region, else of the language', () => {
    expect(cliPaper({ LANG: 'de_DE.UTF-8' }, 'en')).toBe('a4');
    expect(cliPaper({ LANG: 'en_US.UTF-8' }, 'de')).toBe('letter');
    expect(cliPaper({ LANG: 'en_US.UTF-8', LC_PAPER: 'en_GB.UTF-8' }, 'en')).toBe('a4');
    expect(cliPaper({ LANG: 'C.UTF-8' }, 'de')).toBe('a4');
    expect(cliPaper({}, 'en')).toBe('letter');
  });
});

describe('chronik timelines', () => {
  it('creates and lists timelines, as text and as JSON', async () => {
    expect((await cli('--db', db, 'timelines', 'create', 'Ostfront 2024')).code).toBe(0);
    const text = await cli('--db', db, 'timelines', 'list');
    expect(text.out).toMatch(/Ostfront 2024 {2}\(0 events\)/);
    const json = JSON.parse((await cli('--db', db, 'timelines', 'list', '--json')).out);
    expect(json).toMatchObject([{ title: 'Ostfront 2024', eventCount: 0 }]);
  });
});

describe('chronik events', () => {
  it('adds an event to the first timeline (made when there is none) and lists it in time order', async () => {
    await cli('--db', db, 'events', 'add', '--title', 'Later', '--start', '25.10.2024');
    const r = await cli('--db', db, 'events', 'add', '--title', 'Earlier', '--start', 'Oct 2024', '--source', 'https://example.org/report');
    expect(r.code).toBe(0);
    const list = JSON.parse((await cli('--db', db, 'events', 'list', '--json')).out);
    expect(list.map((e: { title: string }) => e.title)).toEqual(['Earlier', 'Later']);
    expect(list[0].sources[0].source.url).toBe('https://example.org/report');
    expect(list[1].start).toMatchObject({ value: '2024-10-25', precision: 'day' });
    const text = await cli('--db', db, 'events', 'list', '--lang', 'de');
    expect(text.out).toMatch(/Oktober 2024 +Earlier/);
  });

  it('takes deep-time dates and says which events a calendar export leaves out', async () => {
    await cli('--db', db, 'events', 'add', '--title', 'Dinosaurs die out', '--start', '66 million years ago');
    await cli('--db', db, 'events', 'add', '--title', 'First light', '--start', 'vor 13,8 Milliarden Jahren');
    await cli('--db', db, 'events', 'add', '--title', 'Today', '--start', '2024-10-23');
    const text = await cli('--db', db, 'events', 'list');
    expect(text.out.split('\n').map((l) => l.slice(7, 35).trim())).toEqual(['13.8 billion years ago', '66 million years ago', '23 Oct 2024']);
    const ics = await cli('--db', db, 'export', 'ics', '--out', join(dir, 'x.ics'));
    expect(ics.code).toBe(0);
    expect(ics.err).toBe('2 events before year 1 or after 9999 left out (iCalendar cannot hold them)');
  });

  it('adds to a named timeline and refuses an unknown one naming the known ones', async () => {
    await cli('--db', db, 'timelines', 'create', 'A');
    expect((await cli('--db', db, 'events', 'add', '--timeline', 'a', '--title', 'x', '--start', '2024')).code).toBe(0);
    const r = await cli('--db', db, 'events', 'add', '--timeline', 'Nope', '--title', 'x', '--start', '2024');
    expect(r.code).toBe(2);
    expect(r.err).toBe('chronik: no timeline called “Nope” (timelines: “A”)');
  });

  it.each([
    [['events', 'add', '--title', 'x', '--start', '2024-10-23', '--end', '2024-10-01'], /end \(2024-10-01\) is before the start/],
    [['events', 'add', '--title', 'x', '--start', '32.10.2024'], /Malformed date "32.10.2024"/],
    [['events', 'add', '--title', 'x', '--start', '2024', '--source', 'ftp://example.org/x'], /Not an http\(s\) URL/],
    [['events', 'add', '--title', 'x'], /needs --start/],
    [['events', 'add', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('refuses bad arguments %j with one line on stderr and exit 2', async (args, message) => {
    const r = await cli('--db', db, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    // nothing was written
    const list = await cli('--db', db, 'events', 'list', '--json');
    expect(JSON.parse(list.out)).toEqual([]);
  });

  it('refuses a database file that is not SQLite without touching it', async () => {
    const notDb = join(dir, 'letter.txt');
    writeFileSync(notDb, 'Dear analyst, this is not a database.');
    const r = await cli('--db', notDb, 'timelines', 'list');
    expect(r.code).toBe(2); // a refused input, like every other (issue 8, item 7)
    expect(r.err).toMatch(/is not a Chronik database \(not an SQLite file\)/);
  });
});
