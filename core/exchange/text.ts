/** Small text helpers shared by the exchange readers and writers. */

/** A title is one line: line breaks and runs of white space become single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A title made from running text, as TimelineJS shows a slide without a headline: the first
 * sentence when it is short, else the first words up to `max` characters, ending in "…".
 */
export function titleFromText(text: string, max = 80): string {
  const flat = oneLine(text);
  if (!flat) return '';
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(flat)?.[1];
  if (sentence && sentence.length <= max) return sentence;
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
