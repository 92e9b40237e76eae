/**
 * Scores core/tagger against the gold corpora in ../shared/corpora (override with CHRONIK_CORPORA)
 * using the TempEval-3 style scorer, and prints relaxed and value F1 beside HeidelTime's figures.
 * Narrative sets (histories) are scored twice: with their DCT, as an import with a publication date
 * runs, and without it; the tagger should notice the narrative by itself and score the same.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../core/language';
import { tagBatch } from '../core/tagger/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpora = process.env.CHRONIK_CORPORA ?? path.resolve(here, '../../shared/corpora');
const scorer = process.env.CHRONIK_TIMEX_SCORER ?? path.resolve(corpora, '../tools/timex-score.py');

/** Sets scored a second time without their DCT. */
const NARRATIVE_SETS = new Set(['WikiWarsDE-dev']);

const HEIDELTIME: Record<string, [number, number]> = {
  TimeBank: [91.57, 79.24],
  AQUAINT: [91.78, 72.95],
  KRAUTS_DieZeit: [79.3, 62.75],
  'KRAUTS_Dolomiten-42': [83.08, 80.0],
};

if (!existsSync(corpora) || !existsSync(scorer)) {
  console.log(`eval:timex: no corpora at ${corpora} (or no scorer at ${scorer}); nothing to evaluate.`);
  process.exit(0);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'chronik-timex-'));
const rows: string[] = [];
const perDoc = process.argv.includes('--per-doc');

/** Tags one set, scores it and returns its row of the table. */
function evaluate(set: string, dir: string, lang: Language, docs: Record<string, { text: string; dct?: string | null }>, suffix = ''): string {
  const name = set + suffix;
  const outFile = path.join(tmp, `${name}.out.json`);
  const n = Object.keys(docs).length;
  const t0 = performance.now();
  const out = tagBatch(docs, lang);
  const ms = performance.now() - t0;
  writeFileSync(outFile, JSON.stringify(out));
  if (process.env.CHRONIK_EVAL_KEEP) writeFileSync(path.join(process.env.CHRONIK_EVAL_KEEP, `${name}.out.json`), JSON.stringify(out));
  const report = execFileSync('python3', [scorer, 'score', dir, outFile, ...(perDoc ? ['--per-doc'] : [])], { encoding: 'utf8' });
  if (perDoc) console.log(`== ${name}\n${report}`);
  const f1 = (metric: string): number => Number(new RegExp(`^${metric}\\s.*F1=\\s*([\\d.]+)`, 'm').exec(report)?.[1] ?? NaN);
  const ref = suffix ? undefined : HEIDELTIME[set];
  // TIMEX2 gold (WikiWars) has values but no types: no type figure rather than 0.
  const typed = !readdirSync(dir).some((f) => readFileSync(path.join(dir, f), 'utf8').includes('<TIMEX2'));
  return [name.padEnd(27), lang, String(n).padStart(5), f1('strict').toFixed(2).padStart(7), f1('relaxed').toFixed(2).padStart(8),
    f1('value').toFixed(2).padStart(7), (typed ? f1('type').toFixed(2) : '-').padStart(7),
    (ref ? `${ref[0].toFixed(2)}/${ref[1].toFixed(2)}` : '-').padStart(12), (ms / Math.max(1, n)).toFixed(2).padStart(8)].join(' ');
}
try {
  for (const lang of ['en', 'de'] as const) {
    const langDir = path.join(corpora, lang);
    if (!existsSync(langDir)) continue;
    for (const set of readdirSync(langDir).sort()) {
      const dir = path.join(langDir, set);
      if (!statSync(dir).isDirectory() || set.endsWith('_Heideltime')) continue;
      const inFile = path.join(tmp, `${set}.in.json`);
      execFileSync('python3', [scorer, 'export', dir, inFile]);
      const docs = JSON.parse(readFileSync(inFile, 'utf8')) as Record<string, { text: string; dct?: string | null }>;
      rows.push(evaluate(set, dir, lang, docs));
      if (NARRATIVE_SETS.has(set)) {
        const undated = Object.fromEntries(Object.entries(docs).map(([id, d]) => [id, { ...d, dct: null }]));
        rows.push(evaluate(set, dir, lang, undated, ' (no DCT)'));
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(['set'.padEnd(27), 'lng', 'docs'.padStart(5), 'strict'.padStart(7), 'relaxed'.padStart(8), 'value'.padStart(7), 'type'.padStart(7), 'HT rel/val'.padStart(12), 'ms/doc'.padStart(8)].join(' '));
for (const r of rows) console.log(r);
