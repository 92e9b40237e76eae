/**
 * Runs the article importer over the dev set in tests/fixtures/articles/devset and prints candidate
 * precision and recall per article (`--verbose`: the missed and the wrong candidates too).
 */
import { formatScore, scoreDevSet } from '../tests/fixtures/articles/devset/evaluate';

const score = scoreDevSet();
console.log(formatScore(score));
if (process.argv.includes('--verbose')) {
  for (const a of score.articles) {
    if (!a.missed.length && !a.wrong.length) continue;
    console.log(`\n== ${a.file} (published ${a.published ?? '-'})`);
    for (const m of a.missed) console.log(`  missed  ${m}`);
    for (const w of a.wrong) console.log(`  wrong   ${w}`);
  }
}
