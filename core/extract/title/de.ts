/**
 * German title rules: reported speech as "Sprecher: Inhalt" (the "dass" clause as a main clause),
 * the verb-second order restored after a fronted phrase is dropped, the verb bracket kept when
 * prepositional phrases go. Heuristics over capitalisation and word lists, not parsing.
 */
import { speechVerb } from '../../tagger/lang/speech';
import { MAX, isUpper, letters, shorten, shortSpeaker, words, type TitleLanguage } from './common';

const DE_PREP = 'in|im|an|am|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|für|über|unter|vor|hinter|neben|zwischen|gegen|ohne|um|durch|seit|trotz|wegen|während|bezüglich|hinsichtlich|angesichts|aufgrund|infolge|inmitten|gegenüber|entlang|innerhalb|außerhalb|mittels|samt|ab|bis|als';
const PREP = new RegExp(`^(?:${DE_PREP})$`, 'iu');
// Prepositional phrases that rarely carry the event: dropped first when a title is too long.
const LOOSE = /^(?:bezüglich|hinsichtlich|angesichts|aufgrund|infolge|inmitten|trotz|wegen|während|ohne|zur|zum|seit|samt|mittels|gegenüber|innerhalb|außerhalb)$/iu;
const PRONOUN = /^(?:er|sie|es|wir|ihr|man)$/iu;
// Words that cannot be a finite verb before its subject.
const NOT_VERB = /^(?:dass|wenn|weil|als|ob|und|oder|der|die|das|ein|eine|sich|etwa|rund|nur|fast|mehr|über|unter|\d.*)$/u;
const FUNCTION = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|sowie|dass|sich|es|er|sie|wir|ihr|man|nicht|kein|keine|keinen|keinem|keiner|seine[nmrs]?|ihre[nmrs]?|sein|ihr|diese[nmrs]?|jene[nmrs]?|alle|einige|viele|mehrere|zwei|drei|vier|fünf)$/iu;

// Perfect and passive auxiliaries: headlines leave them out ("Brigade nach Litauen verlegt").
const AUX_DROP = /^(?:wurde|wurden|worden|werden|würden|würde|ist|sind|war|waren|sei|seien|hat|haben|hatte|hatten|habe)$/iu;
// Finite auxiliaries and modals that take a second, non-finite verb at the end of the clause.
const AUX = /^(?:hat|haben|hatte|hatten|habe|ist|sind|war|waren|sei|seien|wird|werden|wurde|wurden|würde|würden|kann|können|konnte|konnten|könnte|könnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|dürfte|dürften|möchte|möchten)$/iu;

/** A lower-case word that is a form of a verb of saying, reporting or opinion ("bestätigte", "teilte"). */
const isSpeech = (w: string): boolean => speechVerb(w.replace(/[,;:.]+$/u, ''), 'de') !== null;
// Particles and pronominal adverbs that belong to the speech verb ("deutete an", "bestand darauf").
const SPEECH_TAIL = /^(?:an|mit|ein|fest|zu|klar|bekannt|darauf|dabei|davor|daran|dazu|ebenfalls|auch|zudem|außerdem|jedoch|zuvor|erneut|nun|offen|sich|überzeugt)$/iu;

// Separable prefixes: moving "darstellt" to second position gives "stellt … dar".
const SEPARABLE = /^(dar|bereit|fest|zurück|vor|mit|statt|teil|bekannt|weiter|fort|hin|her)(\p{Ll}{4,})$/u;

function isParticiple(w: string): boolean {
  return /^\p{Ll}+$/u.test(w) && (/^(?:\p{Ll}{0,6})ge\p{Ll}{2,}(?:t|en)$/u.test(w) || /iert$/u.test(w)) && !FUNCTION.test(w);
}

/**
 * German V2: a fronted prepositional phrase ("In einem Interview mit der BBC beim BRICS-Gipfel bestand
 * Lukaschenko darauf") ends where the first lower-case word after a noun is not a preposition,
 * article or adjective — the finite verb. The phrase is dropped; subjectFirst puts the subject back.
 */
function frontedPhrase(t: string): string {
  const ws = words(t);
  if (ws.length < 5 || !PREP.test(ws[0]!) || /^(?:als|bis|ab)$/iu.test(ws[0]!)) return t;
  for (let i = 1; i < Math.min(ws.length - 2, 20); i++) {
    const w = ws[i]!;
    const prev = ws[i - 1]!;
    if (/[,;:]$/u.test(prev) && i > 2) return t; // a comma before any verb: not a simple fronted phrase
    if (!isUpper(prev) || isUpper(w) || PREP.test(w) || FUNCTION.test(w) || /^(?:und|oder|sowie)$/iu.test(w)) continue;
    // A lower-case word after a noun that is not an adjective before another noun.
    const next = ws[i + 1]!;
    if (/^\p{Ll}+(?:e|en|er|es|em)$/u.test(w) && isUpper(next) && !AUX.test(w) && !isSpeech(w)) continue;
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
  for (let i = ws.length - 1; i > 0; i--) if (/^\p{Ll}+$/u.test(ws[i]!) && !FUNCTION.test(ws[i]!) && !PREP.test(ws[i]!)) { v = i; break; }
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
  if (!first) return t;
  const head = words(t.split(/,\s/u)[0]!);
  const last = head[head.length - 1];
  if (/^(?:ist|sind|war|waren|wurde|wurden)$/u.test(first) && last && isParticiple(last) && head.length >= 4 && !PRONOUN.test(ws[1] ?? '')) {
    return ws.slice(1).join(' ');
  }
  if (!/^\p{Ll}/u.test(first) || NOT_VERB.test(first) || PREP.test(first)) return t;
  // "trafen sich die Generalstabschefs" → "die Generalstabschefs trafen sich"
  const sich = ws[1] === 'sich';
  const rest = ws.slice(sich ? 2 : 1);
  let end: number;
  // "zogen sie nach kurzer Belagerung in die Stadt ein" → "sie zogen …"
  if (PRONOUN.test(rest[0] ?? '')) end = 1;
  else if (PREP.test(rest[0] ?? '')) {
    // "lagen nach Angaben der Hafengesellschaft elf Containerschiffe vor der Einfahrt": the subject
    // follows a prepositional phrase; it goes first, the phrase stays after the verb.
    const pp = phraseEnd(rest, 0);
    const e = pp > 0 && !PREP.test(rest[pp] ?? '') ? subjectEnd(rest.slice(pp)) : 0;
    if (e < 1 || /[,;:]$/u.test(rest[pp - 1]!)) return t;
    const subject = rest.slice(pp, pp + e);
    return [...subject, first, ...(sich ? ['sich'] : []), ...rest.slice(0, pp), ...rest.slice(pp + e)].join(' ');
  } else {
    end = subjectEnd(rest);
    if (end < 1) return t;
    // "erklärten Großbritannien und Frankreich Deutschland den Krieg": a coordinated subject.
    while (/^(?:und|sowie|oder)$/u.test(rest[end] ?? '')) {
      const more = subjectEnd(rest.slice(end + 1), 0);
      if (more < 1) break;
      end += 1 + more;
    }
  }
  // "bestand Lukaschenko darauf": keep a name together, "hat der russische Präsident Wladimir Putin";
  // a comma after the subject stays after the verb ("glauben Beobachter, dass" → "Beobachter glauben, dass").
  const subject = rest.slice(0, end);
  const punct = /[,;:]+$/u.exec(subject[end - 1]!)?.[0] ?? '';
  if (punct) subject[end - 1] = subject[end - 1]!.slice(0, -punct.length);
  const verb = [first, ...(sich ? ['sich'] : [])];
  verb[verb.length - 1] += punct;
  return [...subject, ...verb, ...rest.slice(end)].join(' ');
}

/** Index after the prepositional phrase that starts at `i` (a preposition, its noun, a genitive after it); 0 when there is none. */
function phraseEnd(ws: string[], i: number): number {
  if (!PREP.test(ws[i] ?? '')) return 0;
  let j = i + 1;
  while (j < ws.length && !isUpper(ws[j]!) && !PREP.test(ws[j]!)) j++;
  if (j >= ws.length || !isUpper(ws[j]!)) return 0;
  j++;
  while (j < ws.length && isUpper(ws[j]!) && !/\d/u.test(ws[j]!)) j++;
  if (/^(?:des|der|eines|einer)$/u.test(ws[j] ?? '')) {
    let k = j + 1;
    while (k < ws.length && !isUpper(ws[k]!) && /^\p{Ll}+(?:er|en|es)$/u.test(ws[k]!)) k++;
    if (k < ws.length && isUpper(ws[k]!)) j = k + 1;
  }
  return j;
}

/** Index after the German subject noun phrase at the start: articles, adjectives, a noun, a genitive, names. */
function subjectEnd(ws: string[], names = 3): number {
  let i = 0;
  while (i < ws.length && !isUpper(ws[i]!)) {
    if (!/^\p{Ll}/u.test(ws[i]!) || PREP.test(ws[i]!) || i > 3) return 0;
    i++;
  }
  if (i >= ws.length) return 0;
  i++;
  for (let n = 0; n < names && i < ws.length && isUpper(ws[i]!); n++) i++;
  // "die Bürgermeisterin von Kiel": a place or an office after "von"/"aus" belongs to the subject.
  if (/^(?:von|aus)$/u.test(ws[i] ?? '') && isUpper(ws[i + 1] ?? '') && i + 2 < ws.length) i += 2;
  // Genitive: "die Einführung nordkoreanischer Truppen", "der Sprecher des Rates"
  for (let g = 0; g < 2; g++) {
    const m = /^(?:des|der|eines|einer)$/u.test(ws[i] ?? '') ? i + 1 : i;
    let j = m;
    while (j < ws.length && /^\p{Ll}+(?:er|en|es)$/u.test(ws[j]!) && !FUNCTION.test(ws[j]!) && !PREP.test(ws[j]!)) j++;
    if (j < ws.length && isUpper(ws[j]!) && (j > m || m > i) && j < ws.length - 1) i = j + 1;
    else break;
  }
  return i;
}

/**
 * A verb-final clause as a headline: a perfect/passive auxiliary after a participle is dropped
 * ("Soldaten nach Russland geschickt wurden" → "Soldaten nach Russland geschickt"), any other finite
 * verb moves after the subject ("Nordkorea Einblicke gewinnen könnte" → "Nordkorea könnte Einblicke gewinnen").
 */
export function verbSecond(clause: string): string | null {
  const ws = words(clause.trim());
  if (ws.length < 2) return null;
  let end = ws.length;
  while (end > 1 && AUX_DROP.test(ws[end - 1]!) && /^\p{Ll}/u.test(ws[end - 2]!) && !FUNCTION.test(ws[end - 2]!)) end--;
  const activePerfect = end === ws.length - 1 && /^(?:hat|haben|hatte|hatten|habe)$/u.test(ws[end]!);
  if (end < ws.length && !activePerfect && (isParticiple(ws[end - 1]!) || AUX_DROP.test(ws[end]!) && /t$/u.test(ws[end - 1]!))) return ws.slice(0, end).join(' ');
  const finite = ws[ws.length - 1]!;
  if (!/^\p{Ll}/u.test(finite) || FUNCTION.test(finite)) return clause;
  const subj = subjectEnd(ws);
  if (subj < 1 || subj >= ws.length - 1) return clause;
  const sep = SEPARABLE.exec(finite);
  const rest = ws.slice(subj, ws.length - 1);
  if (sep) return [...ws.slice(0, subj), sep[2]!, ...rest, sep[1]!].join(' ');
  return [...ws.slice(0, subj), finite, ...rest].join(' ');
}

/** "X bestätigte, dass Y …" → "X: Y" with Y as a main clause, shortened. Null when it does not apply. */
function speech(t: string): string | null {
  const m = /^([^,]{2,90}?),\s+(dass\s+)?(.+)$/u.exec(t);
  if (!m) return null;
  const rep = words(m[1]!);
  const v = rep.findIndex((w, i) => i > 0 && isSpeech(w));
  if (v < 1 || rep.slice(v + 1).some((w) => !SPEECH_TAIL.test(w) && !/^(?:am|im|in|bei|gegenüber)$/u.test(w) && !isUpper(w))) return null;
  const speakerWords = rep.slice(0, v);
  if (speakerWords.length > 7) return null;
  const speaker = shortSpeaker(speakerWords.join(' '), 'de');
  let content = m[3]!;
  // "Albers sagte, man habe ein Angebot vorgelegt": reported speech without "dass" keeps its word order.
  if (!m[2]) {
    const said = content.split(/,\s+/u)[0]!;
    if (words(said).length < 3 || /^\p{Ll}+\s+zu\s/u.test(said) || / zu \p{Ll}+$/u.test(said)) return null;
    return shorten(`${speaker}: ${said.charAt(0).toUpperCase()}${said.slice(1)}`, GERMAN);
  }
  // "dass selbst wenn diese Truppen eingesetzt würden, es …": a fronted condition goes.
  content = content.replace(/^(?:selbst\s+)?(?:wenn|falls|obwohl|während|nachdem|weil|da)\s[^,]{3,120},\s+/iu, '');
  // The content clause ends at its first comma, or before "und" + a verb of the reporting clause.
  content = content.split(/,\s+/u)[0]!.replace(/\s+und\s+(?:\p{Ll}+te|\p{Ll}+ten|warnt\p{L}*|betont\p{L}*|sagt\p{L}*|erklärt\p{L}*)\s.*$/u, '');
  // "es sehr unwahrscheinlich ist, dass …": an impersonal content clause does not make a headline.
  if (/^es\s/u.test(content)) return null;
  const main = verbSecond(content);
  if (!main || letters(main) < 8) return null;
  return shorten(`${speaker}: ${main.replace(/^(?:der|die|das|den)\s+/u, '')}`, GERMAN);
}

/**
 * German prepositional phrases ("von zwei seiner treuesten Verbündeten", "zur Unterstützung der
 * Streitkräfte") are dropped, loose ones first and then from the right, until the title fits; the
 * subject, the verb after it and a final verb cluster stay ("Putin hat … Widerstand erfahren").
 */
function dropPhrases(t: string): string {
  const ws = words(t);
  // Protected start: everything up to and including the first finite verb after the subject (or the colon).
  const colon = ws.findIndex((w) => w.endsWith(':'));
  const from = colon >= 0 ? colon + 1 : 0;
  const start = from + Math.max(1, subjectEnd(ws.slice(from)));
  // Phrases: a preposition through its noun (and a genitive after it).
  const phrases: { a: number; b: number; loose: boolean; attribute: boolean; ofSubject: boolean }[] = [];
  for (let i = start; i < ws.length; i++) {
    if (!PREP.test(ws[i]!) || /^als$/iu.test(ws[i]!) && i + 1 < ws.length && !isUpper(ws[i + 1]!) && !/^(?:legitim|\p{Ll}+e)$/u.test(ws[i + 1]!)) continue;
    let j = i + 1;
    while (j < ws.length && !isUpper(ws[j]!) && !PREP.test(ws[j]!)) j++;
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
    while (j < ws.length && /^\p{Ll}+er$/u.test(ws[j]!) && isUpper(ws[j + 1] ?? '') && !FUNCTION.test(ws[j]!)) j += 2;
    // "unter Graf Ludwig von Hohenwart": a name's "von" belongs to it.
    if (/^von$/u.test(ws[j] ?? '') && isUpper(ws[j + 1] ?? '') && isUpper(ws[j - 1] ?? '') && isUpper(ws[j - 2] ?? '')) j += 2;
    // "zwischen Hagen und Siegen": both ends are the phrase.
    if (/^zwischen$/iu.test(ws[i]!) && /^und$/u.test(ws[j] ?? '') && isUpper(ws[j + 1] ?? '')) j += 2;
    // "eine Reihe von Beispielen", "Widerstand von Verbündeten": an attribute of the noun before, dropped last.
    const attribute = /^von$/iu.test(ws[i]!) && isUpper(ws[i - 1] ?? '');
    // "in Dienst gestellt", "in Kraft getreten": a short phrase before the final verb is the verb's own.
    const own = j === ws.length - 1 && j - i <= 2 && /^\p{Ll}/u.test(ws[j]!);
    if (!own) phrases.push({ a: i, b: j, loose: LOOSE.test(ws[i]!), attribute, ofSubject: i === start && !/^\p{Ll}/u.test(ws[i - 1] ?? 'X') });
    i = j - 1;
  }
  const keep = ws.map(() => true);
  const text = (): string => ws.filter((_w, i) => keep[i]).join(' ');
  // What a headline can lose first: a phrase that describes the subject ("Die Festung über dem Tal"),
  // loose phrases, then the others from the right, attributes of a noun last.
  const order = [...phrases.filter((p) => p.ofSubject), ...phrases.filter((p) => !p.ofSubject && p.loose).reverse(),
    ...phrases.filter((p) => !p.ofSubject && !p.loose && !p.attribute).reverse(), ...phrases.filter((p) => !p.ofSubject && !p.loose && p.attribute).reverse()];
  for (const p of order) {
    if (text().length <= MAX) break;
    // The last phrase before a verb-final cluster can be the verb's own argument ("auf … stoßen"): keep
    // it when something else can go.
    for (let i = p.a; i < p.b; i++) if (!/^(?:nicht|nie|niemals|kaum|kein\p{L}*)$/u.test(ws[i]!)) keep[i] = false;
  }
  return text();
}

/** "der russische Präsident Wladimir Putin hat …" → "Putin hat …", then prepositional phrases dropped. */
function shortenFurther(t: string): string {
  const ws = words(t);
  if (ws.findIndex((w) => w.endsWith(':')) < 0) {
    const end = subjectEnd(ws);
    if (end > 2 && end < ws.length) {
      const short = shortSpeaker(ws.slice(0, end).join(' '), 'de');
      if (short !== ws.slice(0, end).join(' ') && !/^\p{Ll}/u.test(short)) t = [short, ...ws.slice(end)].join(' ');
    }
  }
  return t.length <= MAX ? t : dropPhrases(t);
}

/** Removes "Es wurde berichtet, dass", "Es heißt", a fronted subordinate clause and a fronted prepositional phrase. */
function stripFront(t: string): string {
  const reported = /^es\s+(?:wurde|wird|ist)\s+(?:berichtet|gemeldet|bekannt|bestätigt|mitgeteilt)(?:\s+worden)?,\s*dass\s+(.+)$/iu.exec(t);
  if (reported) t = verbSecond(reported[1]!.split(/,\s+/u)[0]!) ?? reported[1]!;
  t = t.replace(/^es\s+heißt,\s*(?:dass\s+)?/iu, '');
  // "Während …, glauben Analysten, …": a fronted subordinate clause up to the verb after its comma.
  t = t.replace(/^(?:während|als|nachdem|obwohl|weil|da|wenn|bevor|seitdem|sobald|indem)\s[^,]{3,140},\s+(?=\p{Ll})/iu, '');
  return frontedPhrase(t);
}

export const GERMAN: TitleLanguage = {
  lang: 'de',
  dateLead: '(?:(?:in|an|am|im|bis|seit|ab|vom|von|zum|zur|um|gegen|zwischen|für|aus|nach|vor|Anfang|Ende|Mitte|voraussichtlich|spätestens|frühestens|noch|erst|bereits|schon|etwa|rund|ungefähr|der|den|dem|des|die|das)\\s+){0,3}',
  rangeJoin: '(?:bis(?:\\s+zum|\\s+zur)?|und|[-–])',
  until: '\\bbis',
  inserted: /^(?:usa|großbritannien)$/u,
  leading: /^(allerdings|darüber hinaus|außerdem|zudem|jedoch|doch|aber|und|auch|indes|unterdessen|inzwischen|mittlerweile|berichten zufolge|medienberichten zufolge|nach angaben (?:des|der|von) [\p{L}-]+|laut [\p{L}-]+|demnach|so|dabei|damit|dennoch|trotzdem|gleichzeitig|zugleich|derweil|bereits|schon)\s*,?\s+/iu,
  relative: /,\s+(?:der|die|das|den|dem|deren|dessen|welche[rsnm]?)\s[^,„“"]*?,/giu,
  prepare: agentFromPassive,
  stripFront,
  trailingAttribution: /,\s+(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|hieß es|so)\b[^,]{0,60}$/iu,
  reorder: subjectFirst,
  speech,
  coordination: /^(.{25,}?)\s+und\s+(?:\p{Ll}+te|\p{Ll}+ten)\s.*$/u,
  filler: /\s+(?:bereits|schon|weiterhin|derzeit|inzwischen|mittlerweile|zudem|außerdem|auch|zwar|jedoch|nun|jetzt|erneut|offenbar|ebenfalls|noch|etwa|rund|sehr|wesentlich|tatsächlich|damit)(?=\s)/giu,
  shortenFurther,
  // An adjective waits for its noun ("… gegen die russischen"): drop it.
  trimCut: (t) => t.replace(/\s+\p{Ll}+(?:e|en|er|es|em)$/u, (m) => (AUX.test(m.trim()) ? m : '')),
  article: /^(?:der|die|das)\s+(?=\p{L})/iu,
};
