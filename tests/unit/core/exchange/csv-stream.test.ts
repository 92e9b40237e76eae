import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, parseCsv, wholeRecordsLength, writeCsvRows } from '../../../../core/exchange/csv-parse';

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

describe('the whole records at the beginning of a larger file', () => {
  it('end after the last line break outside quotes, whatever the quoted cells hold', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n2,"he said ""hi""\nand left"\n3,"cut off\r\nhere';
    const cut = wholeRecordsLength(text);
    expect(text.slice(0, cut)).toBe('a,b\r\n1,"x\r\ny"\r\n2,"he said ""hi""\nand left"\n');
    expect(parseCsv(text.slice(0, cut)).records.map((r) => r.fields[0])).toEqual(['a', '1', '2']);
    // A quote inside an unquoted cell is a character, not the start of a quoted cell.
    expect(wholeRecordsLength('a,b\n1,5" pipe\n2,x')).toBe('a,b\n1,5" pipe\n'.length);
    // Semicolons (German spreadsheets) and a first record that is itself cut off.
    expect(wholeRecordsLength('a;b\n1;"offen\nnoch offen')).toBe(4);
    expect(wholeRecordsLength('"header, never closed\n')).toBe(0);
  });

  it('are the records the tokenizer reads from that part, wherever the file is cut (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ',', '"', '\n', '\r\n', 'x') });
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), fc.nat(), (rows, at) => {
      const text = writeCsvRows([['h1', 'h2'], ...rows]);
      const part = text.slice(0, at % (text.length + 1));
      const whole = parseCsv(text).records;
      const read = parseCsv(part.slice(0, wholeRecordsLength(part))).records;
      expect(read).toEqual(whole.slice(0, read.length));
      // Nothing complete is left out: the next record does not fit in the part.
      if (read.length < whole.length) expect(writeCsvRows(whole.slice(0, read.length + 1).map((r) => r.fields)).length).toBeGreaterThan(part.length);
    }), { numRuns: 300 });
  });
});
