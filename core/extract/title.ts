/**
 * Proposes a short, headline-like event title from a clause (≤ 70 chars where possible): drops
 * connectors, the date phrase, fronted adverbials, appositions and relative clauses, turns reported
 * speech into "Speaker: content" (German) or "Speaker says content" (English), and shortens at phrase
 * boundaries — an ellipsis only when nothing clean fits. Heuristics over capitalisation and word
 * lists, not parsing.
 */

import type { Language } from '../language';
const MAX = 70;

const LEADING: Record<Language, RegExp> = {
  de: /^(allerdings|darüber hinaus|außerdem|zudem|jedoch|doch|aber|und|auch|indes|unterdessen|inzwischen|mittlerweile|berichten zufolge|medienberichten zufolge|nach angaben (?:des|der|von) [\p{L}-]+|laut [\p{L}-]+|demnach|so|dabei|damit|dennoch|trotzdem|gleichzeitig|zugleich|derweil|bereits|schon)\s*,?\s+/iu,
  en: /^(however|meanwhile|moreover|furthermore|also|and|but|in addition|additionally|according to [^,]+|reportedly|so|separately|earlier|later|still|yet|nevertheless|at the same time)\s*,?\s+/iu,
};

const RELATIVE: Record<Language, RegExp> = {
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

const DE_PREP = 'in|im|an|am|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|für|über|unter|vor|hinter|neben|zwischen|gegen|ohne|um|durch|seit|trotz|wegen|während|bezüglich|hinsichtlich|angesichts|aufgrund|infolge|inmitten|gegenüber|entlang|innerhalb|außerhalb|mittels|samt|ab|bis|als';
const DE_PREP_RE = new RegExp(`^(?:${DE_PREP})$`, 'iu');
// Prepositional phrases that rarely carry the event: dropped first when a title is too long.
const DE_LOOSE_RE = /^(?:bezüglich|hinsichtlich|angesichts|aufgrund|infolge|inmitten|trotz|wegen|während|ohne|zur|zum|seit|samt|mittels|gegenüber|innerhalb|außerhalb)$/iu;
const DE_FUNCTION = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|sowie|dass|sich|es|er|sie|wir|ihr|man|nicht|kein|keine|keinen|keinem|keiner|seine[nmrs]?|ihre[nmrs]?|sein|ihr|diese[nmrs]?|jene[nmrs]?|alle|einige|viele|mehrere|zwei|drei|vier|fünf)$/iu;
const EN_PREP = 'in|on|at|by|from|with|to|for|of|over|under|after|before|during|amid|despite|following|near|into|onto|across|against|without|since|until|about|through|toward|towards|as';
const EN_PREP_RE = new RegExp(`^(?:${EN_PREP})$`, 'iu');

// Perfect and passive auxiliaries: headlines leave them out ("Brigade nach Litauen verlegt").
const DE_AUX_DROP = /^(?:wurde|wurden|worden|werden|würden|würde|ist|sind|war|waren|sei|seien|hat|haben|hatte|hatten|habe)$/iu;
// Finite auxiliaries and modals that take a second, non-finite verb at the end of the clause.
const DE_AUX = /^(?:hat|haben|hatte|hatten|habe|ist|sind|war|waren|sei|seien|wird|werden|wurde|wurden|würde|würden|kann|können|konnte|konnten|könnte|könnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|dürfte|dürften|möchte|möchten)$/iu;
// Adverbs a headline can do without.
const DE_FILLER = /\s+(?:bereits|schon|weiterhin|derzeit|inzwischen|mittlerweile|zudem|außerdem|auch|zwar|jedoch|nun|jetzt|erneut|offenbar|ebenfalls|noch|etwa|rund|sehr|wesentlich|tatsächlich|damit)(?=\s)/giu;
const EN_FILLER = /\s+(?:also|already|now|still|reportedly|currently|recently|meanwhile|however|further|again|very)(?=\s)/giu;

// Verbs of saying, reporting and opinion (stems; the word must start with one and be lower-case).
const DE_SPEECH = /^(?:sagt|sagte|sagten|erklär|bestätig|beton|warn|bemerk|teilte|teilten|kündigt|deutete|deuteten|bericht|meldet|glaub|meint|meinte|meinen|behauptet|bestritt|bestreit|dementiert|räumte|räumten|bestand|bestanden|beharrt|versichert|unterstrich|unterstrichen|stellte|stellten|fordert|kritisiert|verkündet|schrieb|schrieben|ergänzt|fügte|fügten|argumentiert|vermut|befürcht|hofft|hofften|zeigte|zeigten|erwart|gab|gaben|räumt|insistiert|mahnt|drohte|drohten|versprach|versprachen)/u;
// Particles and pronominal adverbs that belong to the speech verb ("deutete an", "bestand darauf").
const DE_SPEECH_TAIL = /^(?:an|mit|ein|fest|zu|klar|bekannt|darauf|dabei|davor|daran|dazu|ebenfalls|auch|zudem|außerdem|jedoch|zuvor|erneut|nun|offen|sich|überzeugt)$/iu;

const EN_SPEECH: Record<string, string> = {
  said: 'says', says: 'says', confirmed: 'confirms', confirms: 'confirms', warned: 'warns', warns: 'warns',
  announced: 'announces', announces: 'announces', stated: 'states', added: 'adds', insisted: 'insists',
  claimed: 'claims', claims: 'claims', denied: 'denies', denies: 'denies', argued: 'argues', noted: 'notes',
  stressed: 'stresses', acknowledged: 'acknowledges', admitted: 'admits', reported: 'reports', reports: 'reports',
  believed: 'believes', believes: 'believes', told: 'tells', tells: 'tells', indicated: 'indicates', suggested: 'suggests',
  explained: 'explains', revealed: 'reveals', predicted: 'predicts', expects: 'expects', expected: 'expects',
  believe: 'believe', say: 'say', warn: 'warn', expect: 'expect', claim: 'claim',
};
const EN_PLURAL: Record<string, string> = { says: 'say', confirms: 'confirm', warns: 'warn', announces: 'announce', states: 'state',
  adds: 'add', insists: 'insist', claims: 'claim', denies: 'deny', argues: 'argue', notes: 'note', stresses: 'stress',
  acknowledges: 'acknowledge', admits: 'admit', reports: 'report', believes: 'believe', tells: 'tell', indicates: 'indicate',
  suggests: 'suggest', explains: 'explain', reveals: 'reveal', predicts: 'predict', expects: 'expect' };

// Separable prefixes: moving "darstellt" to second position gives "stellt … dar".
const DE_SEPARABLE = /^(dar|bereit|fest|zurück|vor|mit|statt|teil|bekannt|weiter|fort|hin|her)(\p{Ll}{4,})$/u;

const words = (s: string): string[] => s.split(' ').filter(Boolean);
const isUpper = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;

/** A short title for the event a clause reports; `datePhrase` is removed with its preposition. */
export function proposeTitle(clause: string, lang: Language, datePhrase = ''): string {
  let t = clause.replace(/\s+/g, ' ').trim();
  if (datePhrase) {
    const esc = datePhrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const prep = lang === 'de' ? '(?:(?:in|an|am|im|bis|seit|ab|vom|von|zum|zur|um|gegen|Anfang|Ende|Mitte)\\s+)?' : '(?:(?:on|in|at|by|from|since|until|during|early|late|this|last)\\s+)?';
    t = t.replace(new RegExp(`\\s*${prep}${esc}(\\s*,)?`, 'iu'), (_m, comma?: string) => (comma ? ',' : ' ')).replace(/\s+/g, ' ').replace(/^,\s*/, '').trim();
  }
  t = t.replace(DATELINE, '');
  t = t.replace(/\[[^\]]*\]/g, '').replace(/[„“”"«»]/g, '').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
  t = t.replace(/[.!?]+$/u, '');
  if (lang === 'de') t = agentFromPassive(t);
  t = t.replace(RELATIVE[lang], '').replace(/\s+/g, ' ');
  t = stripFront(t, lang);
  if (lang === 'de') t = subjectFirst(t);
  t = t.replace(ROLE_THEN_NAME, '$1 ').replace(NAME_THEN_ROLE, '$1 ');
  t = t.replace(/\s+/g, ' ').trim();
  t = (lang === 'de' ? speechDe(t) : speechEn(t)) ?? shorten(t, lang);
  // Cleaning can leave too little ("werden"): the clause itself, cut, is the better title then.
  if (letters(t) < 12) t = wordCut(clause.replace(/\s+/g, ' ').trim(), lang);
  t = t.replace(/(?<!…)[\s,.;:!?–—-]+$/u, '');
  // Headlines drop a leading definite article ("Die Rebellen haben …" → "Rebellen haben …").
  if (words(t).length >= 4) t = t.replace(lang === 'de' ? /^(?:der|die|das)\s+(?=\p{L})/iu : /^the\s+(?=\p{L})/iu, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Removes what stands before the event: connectors, "Es wurde berichtet, dass", fronted adverbial
 * phrases ("In einer erstaunlichen Wendung der Ereignisse", "According to officials,") and fronted
 * subordinate clauses ("Während …, glauben Analysten"), and a trailing attribution (", the union said").
 */
function stripFront(t: string, lang: Language): string {
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(LEADING[lang], '');
    if (lang === 'de') {
      const reported = /^es\s+(?:wurde|wird|ist)\s+(?:berichtet|gemeldet|bekannt|bestätigt|mitgeteilt)(?:\s+worden)?,\s*dass\s+(.+)$/iu.exec(t);
      if (reported) t = verbSecond(reported[1]!.split(/,\s+/u)[0]!) ?? reported[1]!;
      t = t.replace(/^es\s+heißt,\s*(?:dass\s+)?/iu, '');
      // "Während …, glauben Analysten, …": a fronted subordinate clause up to the verb after its comma.
      t = t.replace(/^(?:während|als|nachdem|obwohl|weil|da|wenn|bevor|seitdem|sobald|indem)\s[^,]{3,140},\s+(?=\p{Ll})/iu, '');
      t = frontedPhraseDe(t);
    } else {
      t = t.replace(/^it\s+(?:was|is|has been)\s+(?:reported|announced|confirmed|said|revealed)\s+that\s+/iu, '');
      const m = /^((?:in|on|at|after|before|during|amid|despite|following|with|under|as|speaking|asked|according|earlier|later|\p{L}+ly)\b[^,]{0,90}),\s+(.+)$/iu.exec(t);
      if (m && words(m[2]!).length >= 4) t = m[2]!;
    }
    if (t === before) break;
  }
  if (lang === 'en') t = t.replace(/,\s+(?:the\s+|a\s+)?[\p{L}'’. -]{2,50}\s+(?:said|says|added|reported|told [\p{L}]+|announced|confirmed)$/iu, '');
  else t = t.replace(/,\s+(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|hieß es|so)\b[^,]{0,60}$/iu, '');
  return t.trim();
}

/**
 * German V2: a fronted prepositional phrase ("In einem Interview mit der BBC beim BRICS-Gipfel bestand
 * Lukaschenko darauf") ends where the first lower-case word after a noun is not a preposition,
 * article or adjective — the finite verb. The phrase is dropped; subjectFirst puts the subject back.
 */
function frontedPhraseDe(t: string): string {
  const ws = words(t);
  if (ws.length < 5 || !DE_PREP_RE.test(ws[0]!) || /^(?:als|bis|ab)$/iu.test(ws[0]!)) return t;
  for (let i = 1; i < Math.min(ws.length - 2, 20); i++) {
    const w = ws[i]!;
    const prev = ws[i - 1]!;
    if (/[,;:]$/u.test(prev) && i > 2) return t; // a comma before any verb: not a simple fronted phrase
    if (!isUpper(prev) || isUpper(w) || DE_PREP_RE.test(w) || DE_FUNCTION.test(w) || /^(?:und|oder|sowie)$/iu.test(w)) continue;
    // A lower-case word after a noun that is not an adjective before another noun.
    const next = ws[i + 1]!;
    if (/^\p{Ll}+(?:e|en|er|es|em)$/u.test(w) && isUpper(next) && !DE_AUX.test(w) && !DE_SPEECH.test(w)) continue;
    return ws.slice(i).join(' ');
  }
  return t;
}

/**
 * "Dieses Gefühl wurde von Xi echoisiert, der vor … warnte" → "Xi warnte vor …": a demonstrative
 * subject in the passive says less than the agent; its relative clause, when there is one, is the event.
 */
function agentFromPassive(t: string): string {
  const m = /^(?:[Dd]ies\p{L}*|[Dd]as|[Ss]olche\p{L}*)\s+\p{Lu}[\p{L}-]*\s+(?:wurde|wurden|wird|werden)\s+(?:auch\s+|ebenfalls\s+)?von\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]*)\s+(\p{Ll}+)(?:,\s+(?:der|die|das)\s+(.+))?$/u.exec(t);
  if (!m) return t;
  const agent = m[1]!;
  if (!m[3]) return `${agent} ${m[2]}`;
  // The relative clause ends at its finite verb (the first one that is not inside an enumeration).
  const rel = m[3].replace(/\s+und\s+(?:damit|so|dabei)\s.*$/u, '');
  const ws = words(rel);
  let v = -1;
  for (let i = ws.length - 1; i > 0; i--) if (/^\p{Ll}+$/u.test(ws[i]!) && !DE_FUNCTION.test(ws[i]!) && !DE_PREP_RE.test(ws[i]!)) { v = i; break; }
  if (v < 1) return t;
  const verb = ws[v]!;
  // "vor keiner Ausweitung der Schlachtfelder, keiner Eskalation …": the first item of a list is enough.
  const object = ws.slice(0, v).join(' ').split(/,\s+/u)[0]!.replace(/\s+(?:und|oder)\s.*$/u, '');
  return `${agent} ${verb} ${object}${ws.slice(v + 1).length ? ' ' + ws.slice(v + 1).join(' ') : ''}`;
}

/**
 * German puts the verb second: once a fronted adverbial or date is gone the title starts with the
 * verb ("trainieren etwa 11.000 Truppen …"). Move the subject (up to its first noun and a name
 * after it) before it. A perfect or passive auxiliary before a final participle is dropped
 * ("sind Berichte über Desertionen aufgetaucht" → "Berichte über Desertionen aufgetaucht").
 */
function subjectFirst(t: string): string {
  const ws = words(t);
  const first = ws[0];
  const head = words(t.split(',')[0]!);
  const last = head[head.length - 1];
  if (first && last && /^(?:ist|sind|war|waren|wurde|wurden)$/u.test(first) && isParticiple(last) && head.length >= 4) {
    return ws.slice(1).join(' ');
  }
  const m = /^(\p{Ll}[\p{L}]*)\s+((?:[\p{Ll}\d][\p{L}\d.,]*\s+){0,4}?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s+(?:von|aus)\s+\p{Lu}[\p{L}-]*)?)(.*)$/u.exec(t);
  if (!m || /^(dass|wenn|weil|als|ob|und|oder|der|die|das|ein|eine|sich|etwa|rund|nur|fast|mehr|über|unter)$/.test(m[1]!) || DE_PREP_RE.test(m[1]!)) return t;
  // "trafen sich die Generalstabschefs" → "die Generalstabschefs trafen sich"
  const reflexive = /^sich\s+/.exec(m[2]!);
  if (reflexive) return `${m[2]!.slice(reflexive[0].length)} ${m[1]} sich${m[3]}`;
  // "bestand Lukaschenko darauf": keep a name together, "hat der russische Präsident Wladimir Putin"
  return `${m[2]} ${m[1]}${m[3]}`;
}

function isParticiple(w: string): boolean {
  return /^\p{Ll}+$/u.test(w) && (/^(?:\p{Ll}{0,6})ge\p{Ll}{2,}(?:t|en)$/u.test(w) || /iert$/u.test(w)) && !DE_FUNCTION.test(w);
}

/** "Der Sprecher John Kirby" → "Kirby", "Die Vereinigten Staaten" → "USA", "Das Ministerium" → "Ministerium". */
function shortSpeaker(s: string, lang: Language): string {
  s = s.replace(/[,;:]+$/u, '').trim();
  if (/^(?:die\s+)?vereinigten\s+staaten$/iu.test(s) || /^(?:the\s+)?united\s+states$/iu.test(s)) return lang === 'de' ? 'USA' : 'US';
  if (/^(?:das\s+)?vereinigte\s+königreich$/iu.test(s) || /^(?:the\s+)?united\s+kingdom$/iu.test(s)) return lang === 'de' ? 'Großbritannien' : 'UK';
  // "Markus Garlauskas vom Atlantic Council" → "Markus Garlauskas"
  s = s.replace(/^((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s+(?:vom|von|der|des|aus|of|from|at)\s.+$/u, '$1');
  const person = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}[\p{Ll}'’-]+\s+)?(\p{Lu}[\p{Ll}'’-]+)$/u.exec(s);
  if (person && !/(?:e|en|er|es|ic|al|an|isch|ische[nrs]?)$/u.test(person[1]!)) return person[1]!.length <= 2 ? person[1]! : person[2]!;
  return s.replace(/^(?:der|die|das|the)\s+/iu, '');
}

/** "X bestätigte, dass Y …" → "X: Y" with Y as a main clause, shortened. Null when it does not apply. */
function speechDe(t: string): string | null {
  const m = /^([^,]{2,90}?),\s+dass\s+(.+)$/u.exec(t);
  if (!m) return null;
  const rep = words(m[1]!);
  const v = rep.findIndex((w, i) => i > 0 && DE_SPEECH.test(w));
  if (v < 1 || rep.slice(v + 1).some((w) => !DE_SPEECH_TAIL.test(w) && !/^(?:am|im|in|bei|gegenüber)$/u.test(w) && !isUpper(w))) return null;
  const speakerWords = rep.slice(0, v);
  if (speakerWords.length > 7) return null;
  const speaker = shortSpeaker(speakerWords.join(' '), 'de');
  let content = m[2]!;
  // "dass selbst wenn diese Truppen eingesetzt würden, es …": a fronted condition goes.
  content = content.replace(/^(?:selbst\s+)?(?:wenn|falls|obwohl|während|nachdem|weil|da)\s[^,]{3,120},\s+/iu, '');
  // The content clause ends at its first comma, or before "und" + a verb of the reporting clause.
  content = content.split(/,\s+/u)[0]!.replace(/\s+und\s+(?:\p{Ll}+te|\p{Ll}+ten|warnt\p{L}*|betont\p{L}*|sagt\p{L}*|erklärt\p{L}*)\s.*$/u, '');
  // "es sehr unwahrscheinlich ist, dass …": an impersonal content clause does not make a headline.
  if (/^es\s/u.test(content)) return null;
  const main = verbSecond(content);
  if (!main || letters(main) < 8) return null;
  return shorten(`${speaker}: ${main.replace(/^(?:der|die|das|den)\s+/u, '')}`, 'de');
}

/**
 * A verb-final clause as a headline: a perfect/passive auxiliary after a participle is dropped
 * ("Soldaten nach Russland geschickt wurden" → "Soldaten nach Russland geschickt"), any other finite
 * verb moves after the subject ("Nordkorea Einblicke gewinnen könnte" → "Nordkorea könnte Einblicke gewinnen").
 */
function verbSecond(clause: string): string | null {
  const ws = words(clause.trim());
  if (ws.length < 2) return null;
  let end = ws.length;
  while (end > 1 && DE_AUX_DROP.test(ws[end - 1]!) && /^\p{Ll}/u.test(ws[end - 2]!) && !DE_FUNCTION.test(ws[end - 2]!)) end--;
  const activePerfect = end === ws.length - 1 && /^(?:hat|haben|hatte|hatten|habe)$/u.test(ws[end]!);
  if (end < ws.length && !activePerfect && (isParticiple(ws[end - 1]!) || DE_AUX_DROP.test(ws[end]!) && /t$/u.test(ws[end - 1]!))) return ws.slice(0, end).join(' ');
  const finite = ws[ws.length - 1]!;
  if (!/^\p{Ll}/u.test(finite) || DE_FUNCTION.test(finite)) return clause;
  const subj = subjectEnd(ws);
  if (subj < 1 || subj >= ws.length - 1) return clause;
  const sep = DE_SEPARABLE.exec(finite);
  const rest = ws.slice(subj, ws.length - 1);
  if (sep) return [...ws.slice(0, subj), sep[2]!, ...rest, sep[1]!].join(' ');
  return [...ws.slice(0, subj), finite, ...rest].join(' ');
}

/** Index after the German subject noun phrase at the start: articles, adjectives, a noun, a genitive, names. */
function subjectEnd(ws: string[]): number {
  let i = 0;
  while (i < ws.length && !isUpper(ws[i]!)) {
    if (!/^\p{Ll}/u.test(ws[i]!) || DE_PREP_RE.test(ws[i]!) || i > 3) return 0;
    i++;
  }
  if (i >= ws.length) return 0;
  i++;
  while (i < ws.length && isUpper(ws[i]!)) i++;
  // Genitive: "die Einführung nordkoreanischer Truppen", "der Sprecher des Rates"
  for (let g = 0; g < 2; g++) {
    const m = /^(?:des|der|eines|einer)$/u.test(ws[i] ?? '') ? i + 1 : i;
    let j = m;
    while (j < ws.length && /^\p{Ll}+(?:er|en|es)$/u.test(ws[j]!) && !DE_FUNCTION.test(ws[j]!) && !DE_PREP_RE.test(ws[j]!)) j++;
    if (j < ws.length && isUpper(ws[j]!) && (j > m || m > i) && j < ws.length - 1) i = j + 1;
    else break;
  }
  return i;
}

/** "The union said members would vote on the deal" → "Union says members will vote on the deal". */
function speechEn(t: string): string | null {
  const ws = words(t);
  const v = ws.findIndex((w, i) => i > 0 && i <= 6 && EN_SPEECH[w] !== undefined);
  if (v < 1 || ws.slice(0, v).some((w) => /[,;:]$/u.test(w))) return null;
  const said = ws[v]!;
  const speakerRaw = ws.slice(0, v).join(' ');
  if (/^(?:it|there|he|she|they|we|i|you)$/iu.test(speakerRaw)) return null;
  let i = v + 1;
  let object = '';
  if (said === 'told' || said === 'tells') {
    const o = /^(?:reporters|journalists|him|her|them|us|me|\p{Lu}[\p{L}'’-]+|the \p{L}+)$/u.exec(ws[i] === 'the' ? `the ${ws[i + 1] ?? ''}` : ws[i] ?? '');
    if (!o) return null;
    object = ' ' + o[0];
    i += o[0].split(' ').length;
  }
  if (ws[i] === 'that') i++;
  const speaker = shortSpeaker(speakerRaw, 'en');
  const plural = /^(?:\p{Ll}+\s+)*\p{L}+[^s]s$/u.test(speaker) && !/(?:ss|us|is)$/u.test(speaker);
  const verb = EN_SPEECH[said]!;
  const present = plural ? EN_PLURAL[verb] ?? verb : verb;
  const content = ws.slice(i).join(' ').split(/,\s+/u)[0]!.replace(/\bwould\b/gu, 'will').replace(/^the\s+/iu, '');
  if (words(content).length < 2) return null;
  return shorten(`${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} ${present}${object} ${content}`, 'en');
}

/**
 * Fits a title into MAX characters: the first clause, without filler adverbs, subject names shortened,
 * optional prepositional phrases dropped (German: loose ones first, the final verb kept), and only then
 * a word cut with an ellipsis.
 */
function shorten(t: string, lang: Language): string {
  t = t.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX) return t;
  // A later clause after a comma or semicolon is an addition.
  const clause = /^(.{20,}?)(?:[,;]\s+|\s+[–—]\s+)/u.exec(t);
  if (clause) t = clause[1]!;
  if (t.length <= MAX) return t;
  // "… darstellt und betonte …": a second predicate goes.
  const coord = lang === 'de' ? /^(.{25,}?)\s+und\s+(?:\p{Ll}+te|\p{Ll}+ten)\s.*$/u : /^(.{25,}?)\s+and\s+(?:\p{Ll}+ed)\s.*$/u;
  t = t.replace(coord, '$1');
  if (t.length <= MAX) return t;
  t = (' ' + t + ' ').replace(lang === 'de' ? DE_FILLER : EN_FILLER, '').trim();
  if (t.length <= MAX) return t;
  if (lang === 'de') {
    // "der russische Präsident Wladimir Putin hat …" → "Putin hat …"
    const ws = words(t);
    const colon = ws.findIndex((w) => w.endsWith(':'));
    if (colon < 0) {
      const end = subjectEnd(ws);
      if (end > 2 && end < ws.length) {
        const short = shortSpeaker(ws.slice(0, end).join(' '), 'de');
        if (short !== ws.slice(0, end).join(' ') && !/^\p{Ll}/u.test(short)) t = [short, ...ws.slice(end)].join(' ');
      }
    }
    if (t.length <= MAX) return t;
    t = dropPhrasesDe(t);
    if (t.length <= MAX) return t;
  } else {
    // English: cut before a preposition, keeping at least four words — a phrase boundary, no ellipsis.
    const ws = words(t);
    for (let i = ws.length - 1; i >= 4; i--) {
      const head = ws.slice(0, i).join(' ');
      if (head.length <= MAX && EN_PREP_RE.test(ws[i]!) && !EN_PREP_RE.test(ws[i - 1]!) && !DANGLING.test(' ' + ws[i - 1]!)) return head;
    }
  }
  return wordCut(t, lang);
}

/**
 * German prepositional phrases ("von zwei seiner treuesten Verbündeten", "zur Unterstützung der
 * Streitkräfte") are dropped, loose ones first and then from the right, until the title fits; the
 * subject, the verb after it and a final verb cluster stay ("Putin hat … Widerstand erfahren").
 */
function dropPhrasesDe(t: string): string {
  const ws = words(t);
  // Protected start: everything up to and including the first finite verb after the subject (or the colon).
  const colon = ws.findIndex((w) => w.endsWith(':'));
  const from = colon >= 0 ? colon + 1 : 0;
  const start = from + Math.max(1, subjectEnd(ws.slice(from)));
  // Phrases: a preposition through its noun (and a genitive after it).
  const phrases: { a: number; b: number; loose: boolean; attribute: boolean }[] = [];
  for (let i = start; i < ws.length; i++) {
    if (!DE_PREP_RE.test(ws[i]!) || /^als$/iu.test(ws[i]!) && i + 1 < ws.length && !isUpper(ws[i + 1]!) && !/^(?:legitim|\p{Ll}+e)$/u.test(ws[i + 1]!)) continue;
    let j = i + 1;
    while (j < ws.length && !isUpper(ws[j]!) && !DE_PREP_RE.test(ws[j]!)) j++;
    if (j >= ws.length || !isUpper(ws[j]!)) continue;
    j++;
    while (j < ws.length && isUpper(ws[j]!)) j++;
    // Genitive attribute: "des Einsatzes nordkoreanischer Truppen"
    for (let g = 0; g < 3 && /^(?:des|der|eines|einer|seines|seiner|ihres|ihrer)$/u.test(ws[j] ?? ''); g++) {
      let k = j + 1;
      while (k < ws.length && !isUpper(ws[k]!) && /^\p{Ll}+(?:er|en|es)$/u.test(ws[k]!)) k++;
      if (k < ws.length && isUpper(ws[k]!)) j = k + 1;
      else break;
    }
    while (j < ws.length && /^\p{Ll}+er$/u.test(ws[j]!) && isUpper(ws[j + 1] ?? '') && !DE_FUNCTION.test(ws[j]!)) j += 2;
    // "eine Reihe von Beispielen", "Widerstand von Verbündeten": an attribute of the noun before, dropped last.
    const attribute = /^von$/iu.test(ws[i]!) && isUpper(ws[i - 1] ?? '');
    phrases.push({ a: i, b: j, loose: DE_LOOSE_RE.test(ws[i]!), attribute });
    i = j - 1;
  }
  const keep = ws.map(() => true);
  const text = (): string => ws.filter((_w, i) => keep[i]).join(' ');
  const order = [...phrases.filter((p) => p.loose).reverse(), ...phrases.filter((p) => !p.loose && !p.attribute).reverse(),
    ...phrases.filter((p) => !p.loose && p.attribute).reverse()];
  for (const p of order) {
    if (text().length <= MAX) break;
    // The last phrase before a verb-final cluster can be the verb's own argument ("auf … stoßen"): keep
    // it when something else can go.
    for (let i = p.a; i < p.b; i++) if (!/^(?:nicht|nie|niemals|kaum|kein\p{L}*)$/u.test(ws[i]!)) keep[i] = false;
  }
  return text();
}

// Words a cut title must not end on: "… nach Russland" reads as a title, "… bestätigte, dass der" does not.
const DANGLING = /\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|dass|von|vom|mit|zu|zum|zur|für|auf|aus|bei|nach|in|im|an|am|über|unter|vor|als|wie|sich|seine[nmrs]?|ihre[nmrs]?|wobei|während|bezüglich|hinsichtlich|the|a|an|and|or|but|that|of|to|for|with|on|in|at|by|from|as|his|her|its|their|which|who|while)$/iu;

/** Cuts at the last word that fits, sheds dangling function words and adjectives, ends with an ellipsis. */
function wordCut(t: string, lang: Language): string {
  if (t.length <= MAX) return t;
  const head = t.slice(0, MAX + 1);
  const comma = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  if (comma >= 40) return head.slice(0, comma);
  const space = head.lastIndexOf(' ');
  let out = head.slice(0, space > 20 ? space : MAX).replace(/[\s,;:–—-]+$/u, '');
  for (let i = 0; i < 4; i++) {
    const before = out;
    out = out.replace(DANGLING, '');
    // German: an adjective waits for its noun ("… gegen die russischen") — drop it with its article.
    if (lang === 'de') out = out.replace(/\s+\p{Ll}+(?:e|en|er|es|em)$/u, (m) => (DE_AUX.test(m.trim()) ? m : ''));
    if (out === before) break;
  }
  return `${out.replace(/[\s,;:–—-]+$/u, '')}…`;
}
