import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, parseCsv, writeCsvRows } from '../../../../core/exchange/csv-parse';

/** Feeds text to a tokenizer in the given chunk sizes. */
function inChunks(text: string, sizes: number[]) {
  const t = new CsvTokenizer();
  const out = [];
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const n = Math.max(1, sizes[k % sizes.length] ?? 1);
    out.push(...t.push(text.slice(at, at + n)));
    at += n;
  }
  out.push(...t.end());
  return { delimiter: t.delimiter, records: out };
}

describe('the CSV reader fed in pieces', () => {
  it('reads the same records, lines and delimiter however the file is cut', () => {
    const text = '\uFEFFa;b;c\r\n"x; ""y""";"line1\r\nline2";z\r\n\r\nlast;;\r\nplain;"q"""; 3\n';
    const whole = parseCsv(text);
    expect(whole.delimiter).toBe(';');
    expect(whole.records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    for (const sizes of [[1], [2], [3, 1], [7], [1000]]) expect(inChunks(text, sizes)).toEqual({ delimiter: ';', records: whole.records });
  });

  it('gives back any table written as CSV, in any chunking (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'ä', ';') });
    fc.assert(fc.property(
      fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
      (rows, sizes) => {
        const text = writeCsvRows([['h1', 'h2', 'h3'], ...rows]);
        const got = inChunks(text, sizes).records.map((r) => r.fields);
        const want = [['h1', 'h2', 'h3'], ...rows].filter((r) => !(r.length === 1 && r[0] === ''));
        expect(got).toEqual(want);
      },
    ), { numRuns: 300, seed: 11 });
  });

  it('names the line of a quote that is never closed, wherever the file was cut', () => {
    const text = 'a,b\n1,"open\nstill open\n';
    expect(() => inChunks(text, [4])).toThrow(/CSV line 2: a quoted field is never closed/);
    expect(() => parseCsv('a,b\n"x"y,1\n')).toThrow(/CSV line 2: unexpected text after a closing quote/);
    expect(() => inChunks('a,b\n"x"y,1\n', [5])).toThrow(/CSV line 2: unexpected text after a closing quote/);
  });
});
