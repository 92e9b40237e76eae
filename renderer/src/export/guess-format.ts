/** Which import format a file is, from its name and first characters; the analyst can still change it. Pure. */
import type { ImportFormatName } from '../../../core/contract/exchange';

export function guessFormat(filename: string, content: string): ImportFormatName {
  const name = filename.toLowerCase();
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return 'csv';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  // Chronik's own files say so in their first lines; TimelineJS has events with start_date objects.
  const start = head.slice(0, 4000);
  if (/"format"\s*:\s*"chronik-timeline"/.test(start)) return 'json';
  if (/"start_date"\s*:/.test(head) || /"eras"\s*:/.test(start)) return 'timelinejs';
  return 'json';
}
