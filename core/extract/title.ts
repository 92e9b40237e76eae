/**
 * Proposes a short event title from a clause: drops connectors, the date phrase, appositions and
 * relative clauses, keeps subject + predicate + object, and cuts at a word boundary (≤ 80 chars).
 */

const MAX = 80;

const LEADING: Record<'de' | 'en', RegExp> = {
  de: /^(allerdings|darüber hinaus|außerdem|zudem|jedoch|doch|aber|und|auch|indes|unterdessen|inzwischen|berichten zufolge|nach angaben (?:des|der|von) [\p{L}-]+|laut [\p{L}-]+|demnach|so|dabei)\s*,?\s+/iu,
  en: /^(however|meanwhile|moreover|furthermore|also|and|but|in addition|according to [^,]+|reportedly|so)\s*,?\s+/iu,
};

const RELATIVE: Record<'de' | 'en', RegExp> = {
  de: /,\s+(?:der|die|das|den|dem|deren|dessen|welche[rsnm]?)\s[^,„“"]*?,/giu,
  en: /,\s+(?:who|which|whose|whom)\s[^,“"]*?,/giu,
};

// "ALDWICK, March 6, 2025 — …" / "München, 12.02.2025 – …": the place (and date) before a dash.
const DATELINE = /^\p{Lu}[\p{L} .'-]{1,40},\s*[^—–]{0,30}?\s*[—–-]\s+/u;

// "Der Sprecher …, John Kirby, deutete an" → "John Kirby deutete an"
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const ROLE_THEN_NAME = new RegExp(String.raw`^[^,]{3,120},\s+(${NAME}),\s+`, 'u');
// "Michael Butler, ein Politikwissenschaftler an der Clark University, bemerkte" → "Michael Butler bemerkte"
const NAME_THEN_ROLE = new RegExp(String.raw`^(${NAME}),\s+(?:ein|eine|der|die|a|an|the|\p{Ll})[^,]{2,120},\s+`, 'u');

/** A short title for the event a clause reports; `datePhrase` is removed with its preposition. */
export function proposeTitle(clause: string, lang: 'de' | 'en', datePhrase = ''): string {
  let t = clause.replace(/\s+/g, ' ').trim();
  if (datePhrase) {
    const esc = datePhrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const prep = lang === 'de' ? '(?:(?:in|an|am|im|bis|seit|ab|vom|von|zum|zur|um|gegen|Anfang|Ende|Mitte)\\s+)?' : '(?:(?:on|in|at|by|from|since|until|during|early|late|this|last)\\s+)?';
    t = t.replace(new RegExp(`\\s*${prep}${esc}(\\s*,)?`, 'iu'), (_m, comma?: string) => (comma ? ',' : ' ')).replace(/\s+/g, ' ').replace(/^,\s*/, '').trim();
  }
  t = t.replace(DATELINE, '');
  for (let i = 0; i < 3; i++) t = t.replace(LEADING[lang], '');
  if (lang === 'de') t = subjectFirst(t);
  t = t.replace(ROLE_THEN_NAME, '$1 ').replace(NAME_THEN_ROLE, '$1 ');
  t = t.replace(RELATIVE[lang], '');
  t = t.replace(/\[[^\]]*\]/g, '').replace(/[„“”"«»]/g, '').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
  t = cut(t);
  // Cleaning can leave too little ("werden"): the clause itself, cut, is the better title then.
  if (t.replace(/[^\p{L}]/gu, '').length < 12) t = cut(clause.replace(/\s+/g, ' ').trim());
  t = t.replace(/(?<!…)[\s,.;:!?–—-]+$/u, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * German puts the verb second: once a fronted adverbial or date is gone the title starts with the
 * verb ("trainieren etwa 11.000 Truppen …"). Move the subject (up to its first noun) before it.
 */
function subjectFirst(t: string): string {
  const m = /^(\p{Ll}[\p{L}]*)\s+((?:[\p{Ll}\d][\p{L}\d.,]*\s+){0,4}?\p{Lu}[\p{L}-]*)(.*)$/u.exec(t);
  if (!m || /^(dass|wenn|weil|als|ob|und|oder|der|die|das|ein|eine|sich)$/.test(m[1]!)) return t;
  // "trafen sich die Generalstabschefs" → "die Generalstabschefs trafen sich"
  const reflexive = /^sich\s+/.exec(m[2]!);
  if (reflexive) return `${m[2]!.slice(reflexive[0].length)} ${m[1]} sich${m[3]}`;
  return `${m[2]} ${m[1]}${m[3]}`;
}

// Words a cut title must not end on: "… nach Russland" reads as a title, "… bestätigte, dass der" does not.
const DANGLING = /\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|dass|von|vom|mit|zu|zum|zur|für|auf|aus|bei|nach|in|im|an|am|über|unter|vor|als|wie|sich|seine[nmrs]?|ihre[nmrs]?|the|a|an|and|or|but|that|of|to|for|with|on|in|at|by|from|as|his|her|its|their)$/iu;

/**
 * Cuts at a clause boundary when one falls late enough, else at the last word that fits; a title
 * cut mid-clause sheds dangling function words and ends with an ellipsis.
 */
function cut(t: string): string {
  if (t.length <= MAX) return t;
  const head = t.slice(0, MAX + 1);
  const comma = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  if (comma >= 40) return head.slice(0, comma);
  const space = head.lastIndexOf(' ');
  let out = head.slice(0, space > 20 ? space : MAX).replace(/[\s,;:–—-]+$/u, '');
  for (let i = 0; i < 4 && DANGLING.test(out); i++) out = out.replace(DANGLING, '');
  return `${out}…`;
}
