import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ChronikError, isLanguage, type ArticleDraft, type ArticleInput, type Candidate } from '../../../core/api';
import { MAX_FILE_BYTES } from '../../../core/contract/import';
import { formatRange } from '../../../core/dates';
import { formatSize } from '../../../backend/article/decode';
import type { CliCommand, CliRun } from '../types';
import { UsageError } from '../types';
import { unwrap } from '../unwrap';
import { countLabel } from '../../../core/plural';

const ARTICLE_FILE = /\.(txt|md|markdown|html?|xhtml)$/i;

/** Expands FILE|FOLDER|URL arguments into inputs; a folder contributes its article files, sorted. */
function expand(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (/^https?:\/\//i.test(a)) {
      out.push(a);
      continue;
    }
    let st;
    try {
      st = statSync(a);
    } catch {
      throw new ChronikError('NOT_FOUND', `cannot read “${a}”: no such file or folder`);
    }
    if (st.isDirectory()) {
      const files = readdirSync(a, { recursive: true, encoding: 'utf8' }).filter((f) => ARTICLE_FILE.test(f)).sort();
      if (!files.length) throw new ChronikError('NOT_FOUND', `the folder “${a}” has no .txt, .md or .html files`);
      out.push(...files.map((f) => join(a, f)));
    } else out.push(a);
  }
  return out;
}

function toInput(arg: string): ArticleInput {
  if (/^https?:\/\//i.test(arg)) return { kind: 'url', url: arg };
  // Check the size before reading: a huge file is refused without loading it.
  const size = statSync(arg).size;
  if (size > MAX_FILE_BYTES) throw new ChronikError('VALIDATION', `“${basename(arg)}” is ${formatSize(size)}; Chronik imports articles up to ${formatSize(MAX_FILE_BYTES)}`);
  return { kind: 'file', name: basename(arg), base64: readFileSync(arg).toString('base64') };
}

const dateValue = (d: Candidate['start']) => d?.value ?? null;

/** The candidate as the --json output promises it. */
function candidateJson(c: Candidate) {
  return {
    id: c.id, title: c.title, kind: c.kind, start: dateValue(c.start), end: dateValue(c.end), approximate: c.approximate,
    quote: c.quote, quoteStart: c.quoteStart, quoteEnd: c.quoteEnd, datePhrase: c.datePhrase, score: c.score,
    background: c.background, duplicateOf: c.duplicateOf, duplicateOfCandidate: c.duplicateOfCandidate,
  };
}

function draftJson(input: string, d: ArticleDraft) {
  return {
    input, title: d.meta.title, url: d.meta.url, publisher: d.meta.publisher, byline: d.meta.byline, language: d.meta.language,
    publishedAt: d.meta.publishedAt?.value ?? null, publishedFrom: d.meta.publishedFrom, contentHash: d.contentHash,
    alreadyImported: d.alreadyImported ? { id: d.alreadyImported.id, title: d.alreadyImported.title } : null,
    needsPublishedAt: d.needsPublishedAt, warnings: d.warnings, candidates: d.candidates.map(candidateJson),
  };
}

function printDraft(r: CliRun, input: string, d: ArticleDraft): void {
  const { io } = r;
  io.out(`${d.meta.title}  (${input})`);
  io.out(`  ${d.meta.language}, published ${d.meta.publishedAt?.value ?? 'unknown — pass --published DATE'}${d.meta.publisher ? `, ${d.meta.publisher}` : ''}`);
  if (d.alreadyImported) io.out(`  already imported as source ${d.alreadyImported.id} “${d.alreadyImported.title}”`);
  for (const w of d.warnings) io.out(`  warning: ${w}`);
  if (!d.candidates.length) io.out('  no candidate events');
  for (const c of d.candidates) {
    const when = c.start ? formatRange(c.start, c.end) : 'undated';
    const note = c.duplicateOf ? `  [merge into #${c.duplicateOf.eventId} “${c.duplicateOf.title}”]` : c.duplicateOfCandidate ? `  [repeats ${c.duplicateOfCandidate.ref}]` : c.background ? '  [background]' : '';
    io.out(`  ${c.id.padEnd(4)} ${c.score.toFixed(2)}  ${when.padEnd(26)} ${c.title}${note}`);
  }
}

export const importArticles: CliCommand = {
  words: ['import'],
  usage: 'import FILE|FOLDER|URL… [--published DATE] [--lang de|en] [--timeline TITLE] [--json] [--accept-all]',
  summary: 'Propose dated events from articles (.txt, .md, .html, URLs); --accept-all stores them',
  flags: { published: 'string', lang: 'string', timeline: 'string', json: 'boolean', 'accept-all': 'boolean' },
  async run(r) {
    const { args, flags, io } = r;
    if (!args.length) throw new UsageError('import needs at least one FILE, FOLDER or URL');
    const lang = flags.lang as string | undefined;
    if (lang !== undefined && !isLanguage(lang)) throw new UsageError('--lang must be de or en');
    const acceptAll = flags['accept-all'] === true;
    const api = r.backend().api;
    // Analysis writes nothing: without --accept-all do not even create a timeline.
    let timelineId: number | undefined;
    if (acceptAll || flags.timeline !== undefined) timelineId = await r.timelineId(flags.timeline as string | undefined);
    else timelineId = unwrap(await api.listTimelines())[0]?.id;

    const inputs = expand(args);
    const drafts: Array<{ input: string; draft: ArticleDraft }> = [];
    const failures: string[] = [];
    const batch: Array<{ ref: string; title: string; start: string | null; quote: string }> = [];
    for (const [i, input] of inputs.entries()) {
      try {
        const draft = unwrap(await api.analyzeArticle({
          input: toInput(input), timelineId, lang,
          publishedAt: flags.published as string | undefined, batch,
        }));
        drafts.push({ input, draft });
        for (const c of draft.candidates) batch.push({ ref: `${i + 1}:${c.id}`, title: c.title, start: c.start?.value ?? null, quote: c.quote });
      } catch (e) {
        failures.push(`${input}: ${(e as Error).message}`);
      }
    }
    for (const f of failures) io.err(`chronik: ${f}`);

    if (!acceptAll) {
      if (flags.json) io.out(JSON.stringify(drafts.map((d) => draftJson(d.input, d.draft)), null, 2));
      else for (const d of drafts) printDraft(r, d.input, d.draft);
      return failures.length ? 1 : 0;
    }
    // A batch is all or nothing: one unreadable article, or one without a date, stores none.
    if (failures.length) {
      io.err(`chronik: nothing imported (${failures.length} of ${countLabel(inputs.length, '{n} input|{n} inputs')} could not be read)`);
      return 1;
    }
    const undated = drafts.filter((d) => d.draft.needsPublishedAt && d.draft.candidates.some((c) => !c.start));
    if (undated.length) {
      throw new ChronikError('VALIDATION', `no publication date found for ${undated.map((d) => `“${d.draft.meta.title}”`).join(', ')}; pass --published DATE (nothing imported)`);
    }
    // The drafts' batch refs are "articleNumber:candidateId" (1-based), see the analyze loop above.
    const articles = drafts.map(({ draft }, i) => ({
      article: { meta: { ...draft.meta, publishedAt: draft.meta.publishedAt }, text: draft.text, html: draft.html },
      decisions: draft.candidates.map((c) => {
        const candidate = { id: c.id, title: c.title, kind: c.kind, start: c.start, end: c.end, quote: c.quote, quoteStart: c.quoteStart, quoteEnd: c.quoteEnd, datePhrase: c.datePhrase };
        if (c.background) return { candidate, action: 'reject' as const };
        if (c.duplicateOf) return { candidate, action: 'merge' as const, mergeInto: c.duplicateOf.eventId };
        const twin = c.duplicateOfCandidate?.ref.match(/^(\d+):(.+)$/);
        if (twin && Number(twin[1]) - 1 < i) {
          return { candidate, action: 'merge' as const, mergeIntoCandidate: { article: Number(twin[1]) - 1, candidateId: twin[2]! } };
        }
        // A repeat within the same article: the earlier candidate already cites it.
        if (c.duplicateOfCandidate) return { candidate, action: 'reject' as const };
        return { candidate, action: 'accept' as const };
      }),
    }));
    // One undoable step for the whole batch: all or nothing.
    const results = unwrap(await api.importArticles({ timelineId: timelineId!, articles }));
    const report = results.map((result, i) => ({
      input: drafts[i]!.input,
      source: result.source && { id: result.source.id, title: result.source.title },
      added: result.created.map((c) => c.event),
      merged: result.merged.map((c) => c.event),
    }));
    if (flags.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    for (const rep of report) {
      io.out(`${rep.source ? `Source ${rep.source.id} “${rep.source.title}”` : 'Nothing stored'}  (${rep.input})`);
      for (const e of rep.added) io.out(`  added  ${String(e.id).padStart(5)}  ${formatRange(e.start, e.end).padEnd(26)} ${e.title}`);
      for (const e of rep.merged) io.out(`  merged ${String(e.id).padStart(5)}  ${formatRange(e.start, e.end).padEnd(26)} ${e.title}`);
    }
    return 0;
  },
};
