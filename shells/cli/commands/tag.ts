import { readFileSync } from 'node:fs';
import { isLanguage } from '../../../core/api';
import { parseDate } from '../../../core/dates';
import { detectLanguage, tag, tagBatch, toCodePointOffsets } from '../../../core/tagger';
import type { CliCommand } from '../types';
import { UsageError } from '../types';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${path} as JSON: ${(e as Error).message}`);
  }
}

export const tagCommand: CliCommand = {
  words: ['tag'],
  usage: 'tag [--lang de|en] [--dct DATE] FILE | tag --batch IN.json --lang de|en',
  summary: 'Print the temporal expressions of a text as JSON lines (code-point offsets, as Python counts)',
  flags: { lang: 'string', dct: 'string', batch: 'string' },
  async run({ args, flags, io }) {
    const lang = flags.lang as string | undefined;
    if (lang !== undefined && !isLanguage(lang)) throw new UsageError('--lang must be de or en');
    if (flags.batch !== undefined) {
      if (args.length) throw new UsageError('tag --batch reads its documents from IN.json; give no FILE');
      const docs = readJson(flags.batch as string);
      if (!docs || typeof docs !== 'object' || Array.isArray(docs)) throw new UsageError('the batch file must be {"doc-id": {"text": "…", "dct": "YYYY-MM-DD"}, …}');
      const out = tagBatch(docs as Record<string, { text: string; dct?: string | null }>, lang ?? 'en');
      // The scorer's system format: offsets, value and type (the text is implied by the offsets).
      const slim = Object.fromEntries(Object.entries(out).map(([id, list]) => [id, list.map(({ start, end, value, type }) => ({ start, end, value, type }))]));
      io.out(JSON.stringify(slim));
      return;
    }
    if (args.length !== 1) throw new UsageError('tag needs exactly one FILE (or --batch IN.json)');
    let dct: string | undefined;
    if (flags.dct !== undefined) {
      const d = parseDate(flags.dct as string);
      if (!d.ok || (d.date.precision !== 'day' && d.date.precision !== 'minute')) throw new UsageError(`--dct must be a day such as 2024-10-25 (got “${flags.dct}”)`);
      dct = d.date.value.slice(0, 10);
    }
    let text: string;
    try {
      text = readFileSync(args[0]!, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${args[0]}: ${(e as Error).message}`);
    }
    const l = lang ?? detectLanguage(text);
    for (const t of toCodePointOffsets(text, tag(text, dct ? { lang: l, dct } : { lang: l }))) {
      io.out(JSON.stringify({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }));
    }
  },
};
