/** `chronik export FORMAT`: the briefing PDF or an exchange file of a timeline, written to --out. */
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from '../../../core/contract/exchange';
import { closeChromium } from '../../../backend/pdf-chromium';
import { defaultPaper } from '../../../core/briefing/page';
import { UsageError, type CliCommand } from '../types';
import { unwrap } from '../unwrap';
import { countLabel } from '../../../core/plural';

const FORMATS = ['pdf', ...EXPORT_FORMAT_NAMES] as const;

/**
 * The paper on the shelf: the system locale's region when it names one (en_GB → A4, en_US →
 * Letter), else the briefing's language (German A4, English Letter).
 */
export function cliPaper(env: NodeJS.ProcessEnv, lang: 'en' | 'de'): 'a4' | 'letter' {
  const system = [env.LC_ALL, env.LC_PAPER, env.LANG].find((l) => l && /^[a-z]{2,3}_[A-Z]{2}/.test(l));
  return defaultPaper(system ?? lang);
}

/** Says that the calendar file left events out (it cannot hold years before 1 or after 9999). */
function skippedNote(n: number, lang: 'en' | 'de'): string {
  if (lang === 'de') return countLabel(n, '{n} Ereignis vor dem Jahr 1 oder nach 9999 fehlt im Kalender (iCalendar kann es nicht aufnehmen)|{n} Ereignisse vor dem Jahr 1 oder nach 9999 fehlen im Kalender (iCalendar kann sie nicht aufnehmen)', 'de');
  return countLabel(n, '{n} event before year 1 or after 9999 left out (iCalendar cannot hold it)|{n} events before year 1 or after 9999 left out (iCalendar cannot hold them)');
}

export const exportCommand: CliCommand = {
  words: ['export'],
  usage: 'export pdf|json|csv|timelinejs|ics|markdown --timeline TITLE --out FILE [--from DATE --to DATE] [--tag T] [--paper a4|letter] [--landscape] [--summary] [--lang de|en]',
  summary: 'Export a timeline (or the part matching the filter) as a briefing PDF or an exchange file',
  flags: {
    timeline: 'string', out: 'string', from: 'string', to: 'string', tag: 'multiple', kind: 'multiple', confidence: 'multiple',
    paper: 'string', landscape: 'boolean', summary: 'boolean', lang: 'string', title: 'string', subtitle: 'string', author: 'string', handling: 'string', eras: 'boolean',
  },
  async run({ args, flags, io, env, backend, timelineId }) {
    const format = args[0] as (typeof FORMATS)[number] | undefined;
    if (!format || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`export needs a format: ${FORMATS.join(', ')}`);
    if (args.length > 1) throw new UsageError(`unexpected argument "${args[1]}"`);
    const out = flags.out as string | undefined;
    if (!out) throw new UsageError('export needs --out FILE (or --out - for standard output)');
    const lang = (flags.lang as string | undefined) ?? 'en';
    if (lang !== 'en' && lang !== 'de') throw new UsageError('--lang must be de or en');
    const paper = (flags.paper as string | undefined) ?? cliPaper(env, lang);
    if (paper !== 'a4' && paper !== 'letter') throw new UsageError('--paper must be a4 or letter');
    const filter = {
      from: flags.from as string | undefined, to: flags.to as string | undefined,
      tags: flags.tag as string[] | undefined, kinds: flags.kind as never, confidences: flags.confidence as never,
    };
    const api = backend().api;
    const tl = await timelineId(flags.timeline as string | undefined);

    if (format !== 'pdf') {
      const file = unwrap(await api.exportTimeline({ timelineId: tl, format: format as ExportFormatName, filter, locale: lang, eras: !!flags.eras }));
      if (out === '-') io.out(file.content.replace(/\r?\n$/, ''));
      else {
        writeFileSync(out, file.content);
        io.out(`Wrote ${out} (${format}, ${Buffer.byteLength(file.content)} bytes)`);
      }
      if (file.skipped) io.err(skippedNote(file.skipped, lang));
      return 0;
    }

    if (out === '-') throw new UsageError('a PDF needs a file: --out FILE.pdf');
    const options = {
      title: flags.title as string | undefined, subtitle: flags.subtitle as string | undefined, author: flags.author as string | undefined,
      handling: flags.handling as string | undefined, locale: lang, paper, landscape: !!flags.landscape, summary: !!flags.summary,
    } as const;
    try {
      const started = Date.now();
      // The CLI's backend prints with headless Chromium (shells/cli/main.ts).
      const r = unwrap(await api.exportBriefingPdf({ timelineId: tl, options, filter }));
      const pdf = Buffer.from(r.base64, 'base64');
      const pages = r.pages;
      writeFileSync(out, pdf);
      io.out(`Wrote ${out} (${pages === undefined ? '? pages' : countLabel(pages, '{n} page|{n} pages')}, ${Math.round(pdf.byteLength / 1024)} KB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    } finally {
      await closeChromium();
    }
  },
};
