import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli as run } from '../../../helpers/cli';

const FIXTURES = join(__dirname, '../../../fixtures/articles');
let dir: string;
let db: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'chronik-cli-')); db = join(dir, 'p.chronik'); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI on this test's project. */
const cli = (...argv: string[]) => run('--db', db, ...argv);

describe('chronik import', () => {
  it('prints the candidates as JSON and stores nothing', async () => {
    const r = await cli('import', join(FIXTURES, 'en-harbour-plain.txt'), '--json');
    expect(r.code).toBe(0);
    const [draft] = JSON.parse(r.out);
    const c = draft.candidates.find((x: { quote: string }) => /confirmed on Wednesday/.test(x.quote));
    expect(c).toMatchObject({ start: '2025-03-05', end: null, approximate: false, datePhrase: 'Wednesday', duplicateOf: null });
    for (const key of ['title', 'quoteStart', 'quoteEnd', 'score']) expect(c).toHaveProperty(key);
    expect(JSON.parse((await cli('timelines', 'list', '--json')).out)).toEqual([]);
  });

  it('adds the events with --accept-all and merges them when the same article comes again', async () => {
    const first = await cli('import', join(FIXTURES, 'en-harbour-plain.txt'), '--accept-all', '--json');
    expect(first.code).toBe(0);
    const [rep] = JSON.parse(first.out);
    expect(rep.added.length).toBeGreaterThan(0);
    const again = JSON.parse((await cli('import', join(FIXTURES, 'en-harbour-plain.txt'), '--accept-all', '--json')).out);
    expect(again[0].added).toEqual([]);
    expect(again[0].merged.length).toBe(rep.added.length);
  });

  it('imports nothing from a batch when one file is bad', async () => {
    const pdf = join(dir, 'x.pdf');
    writeFileSync(pdf, '%PDF-1.4 binary');
    const r = await cli('import', join(FIXTURES, 'en-harbour-plain.txt'), pdf, '--accept-all');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/x\.pdf.*PDF document, not a text or HTML article/);
    expect(r.err).toMatch(/nothing imported/);
    expect(JSON.parse((await cli('events', 'list', '--json')).out)).toEqual([]);
  });

  it('asks for --published when an article has no date', async () => {
    const r = await cli('import', join(FIXTURES, 'en-harbour-nometa.html'), '--accept-all');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pass --published DATE/);
    const ok = await cli('import', join(FIXTURES, 'en-harbour-nometa.html'), '--accept-all', '--published', '2025-03-06');
    expect(ok.code).toBe(0);
  });
});

describe('chronik tag', () => {
  it('prints JSON lines with code-point offsets', async () => {
    const f = join(dir, 'a.txt');
    writeFileSync(f, '😀 Am 23. Oktober 2024 kamen sie an.');
    const r = await cli('tag', '--lang', 'de', '--dct', '2024-10-25', f);
    const [t] = r.out.split('\n').map((l) => JSON.parse(l));
    expect(t).toMatchObject({ start: 5, text: '23. Oktober 2024', type: 'DATE', value: '2024-10-23' });
  });

  it('tags a batch in the scorer’s format', async () => {
    const f = join(dir, 'in.json');
    writeFileSync(f, JSON.stringify({ d1: { text: 'He came on Monday.', dct: '2024-10-25' } }));
    const r = await cli('tag', '--batch', f, '--lang', 'en');
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['d1']);
    expect(out.d1[0]).toEqual({ start: 11, end: 17, value: expect.stringMatching(/^2024-10-2\d$/), type: 'DATE' });
  });
});
