/**
 * Tense cues: whether the verb that governs a temporal expression speaks of the past, the present
 * or the future. The governing verb is taken to be the tense cue nearest to the expression in its
 * sentence ("Officials said Thursday that the troops will leave next month": "Thursday" goes with
 * "said", "next month" with "will").
 */
import type { Language } from '../language';
import { speechPastForms } from './lang/speech';
import { alt } from './pattern';
import { stopContinues } from './sentence-breaks';
import type { Tense } from './types';

// Irregular English past forms that are not also present forms or common nouns ("set", "read", "left" are left out).
const EN_IRREGULAR_PAST = 'was|were|did|had|came|went|took|made|gave|got|saw|knew|thought|found|began|won|fell|rose|grew|held|led|met|paid|sent|spent|built|brought|bought|kept|fought|became|ran|stood|sold|struck|wrote|spoke|broke|chose|drew|drove|flew|ate|shot|slept|sought|taught|threw|understood|wore|withdrew|arose|forgot|froze|hid|rode|rang|sank|sang|stole|swore|swam|tore|woke|dealt|fled|meant|felt|heard|sat|stuck|swept|bore|shook|overthrew|undertook|overtook|upheld|withheld|forgave|foresaw|mistook|sprang|slid';

const FUTURE: Record<Language, RegExp> = {
  en: /\b(?:will|won't|shall|'ll|would|going to|plans? to|planned|planning to|expects? to|expected to|scheduled|upcoming|is to|are to|due to|set to|intends? to)\b/giu,
  de: /(?<![\p{L}])(?:wird|werden|wirst|werde|soll|sollen|sollte|plant|planen|geplant|kommende[nmrs]?|nächste[nmrs]?|künftig|bevorstehende[nmrs]?|will|wollen|voraussichtlich)(?![\p{L}])/giu,
};

const PAST: Record<Language, RegExp> = {
  en: new RegExp(`\\b(?:${EN_IRREGULAR_PAST}|${alt(speechPastForms('en'))}|ago|last|yesterday|earlier|previous|former|\\w{2,}ed|(?:has|have)\\s+(?:\\w+\\s+)?(?:been|come|gone|seen|done|made|taken|given|fallen|risen|grown|become|begun|won|lost|held|led|said|told|paid|built|brought|bought|kept|left|met|set|sent|spent|fought))\\b`, 'giu'),
  de: new RegExp(`(?<![\\p{L}])(?:war|waren|warst|wurde|wurden|hatte|hatten|damals|gestern|vorgestern|vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|kam|kamen|ging|gingen|fand|fanden|stand|standen|begann|begannen|blieb|blieben|starb|traf|trafen|sah|sahen|lag|lagen|saß|hielt|hielten|ließ|ließen|zog|zogen|rief|fiel|fielen|nahm|nahmen|sprach|trat|traten|wies|bot|erhielt|verlor|gewann|beschloss|beschlossen|machte|führte|eröffnete|wählte|feierte|besuchte|begrüßte|ehrte|übergab|überreichte|informierte|präsentierte|organisierte|lebte|arbeitete|wollte|konnte|musste|durfte|${alt(speechPastForms('de'))})(?![\\p{L}])`, 'giu'),
};

// A future seen from the past ("had been due to expire Friday", "had planned to leave Monday"): past.
// A plan reported in the past tense ("were planning to march on Monday") still lies ahead.
const FUTURE_IN_PAST: Partial<Record<Language, RegExp>> = {
  en: /\bhad(?:\s+been)?\s+(?:\w+\s+)?(?:due|scheduled|expected|supposed|set|planned|planning|going)\s+to\b/giu,
};

// An English participle ("-ed", "held") after a form of "be" or a determiner is a passive or an
// adjective, not a past: "is expected", "would still be held", "the reduced dividend".
const EN_NOT_PAST_BEFORE = /(?:\b(?:is|are|be|been|being|am|the|a|an|its|their|his|her|our|this|that|these|those|very|more|most)|'s|'re)\s+$/iu;

// Perfect tense: an auxiliary plus a lower-case participle ("hat … beschlossen", "ist … gekommen").
const DE_PERFECT = /(?<![\p{L}])(?:hat|haben|hast|habe|ist|sind|bin)(?![\p{L}])[^.!?]*?(?<![\p{L}])(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}(?:ge)[a-zäöüß]{3,}(?:t|en)|(?:beschlossen|erklärt|bekommen|begonnen|verloren|gewonnen|entschieden|vereinbart|besucht|beendet|eröffnet|erreicht|vorgestellt|übergeben))(?![\p{L}])/gu;
const NOT_PARTICIPLE = /^(?:gegen|gelten|gehen|geben|genug|gerecht|gesamt|gestern|gewiss|geht|gibt|gilt|gesucht|geplant)$/;

// Weak German verbs in the Präteritum: "bestätigten", "unterzeichnete", "kritisierte" (lower case,
// so nouns such as "Staaten" are not taken; the endings keep ordinals like "ersten" out).
const DE_WEAK_PAST = /(?<![\p{L}])\p{Ll}[\p{L}]{2,}(?:igte|igten|ierte|ierten|nete|neten|ichte|ichten|elte|elten|ährte|ährten|ührte|ührten|eilte|eilten|ückte|ückten)(?![\p{L}])/gu;

/** One tense cue in a sentence: its span and the tense it signals. */
export interface TenseCue {
  start: number;
  end: number;
  tense: Exclude<Tense, 'present'>;
  /** A verb bracket ("hat … gesperrt"): the end of its first word and the start of its last. */
  inner?: [number, number];
}

function matches(re: RegExp, s: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...s.matchAll(re)];
}

// The finite verb in second place after a fronted phrase ("Am Montag beendeten die Arbeiter …",
// "Nach zwei Wochen einigten sich …"), a weak Präteritum in -te/-ten, before its subject. German
// puts the verb there and nothing else, so the ending suffices, except for the present of verbs
// whose stem ends in t ("starten", "halten", "bieten") and for ordinals and superlatives after a
// noun ("Am Montag letzten Jahres").
const DE_V2_PAST = /^\s*((?:\S+\s+){0,4}(\S+))\s+(\p{Ll}\p{L}{2,}t(?:e|en))(?=\s+(?:sich\s+)?(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|sie|er|es|wir|ihr|man|\p{Lu}))/u;
const DE_NOT_V2_PAST = /^(?:\p{L}*(?:bieten|treten|beten|kneten|halten|gelten|walten|spalten|falten|schalten|starten|warten|werten|arbeiten|leisten|richten|fürchten|achten|trachten|kosten|testen|fasten|rasten|lasten|tasten|posten|husten|rösten|bitten|retten|wetten|raten|braten|reiten|leiten|streiten|gleiten|breiten|schreiten|antworten|haften|heften|stiften|lüften|flüchten|pflichten|dichten|sichten|schlichten|zichten)|ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|neunten|zehnten|letzten|nächsten|meisten|besten|größten|höchsten|weiteren|späten|frühen|guten|alten|breiten|weiten|harten|festen)$/u;
const DE_FRONT_NOT_BEFORE_VERB = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|am|im|zum|zur|vom|beim|ins|diese[nmrs]?|jene[nmrs]?|alle|viele|beide|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?|kein[e]?[nmrs]?)$/iu;

/** Every tense cue of a sentence; a future cue inside a "future seen from the past" counts as past. */
export function tenseCues(sentence: string, lang: Language): TenseCue[] {
  const cues: TenseCue[] = [];
  const pastFuture = FUTURE_IN_PAST[lang] ? matches(FUTURE_IN_PAST[lang]!, sentence).map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  const inside = (a: { start: number; end: number }, list: Array<{ start: number; end: number }>) => list.some((b) => a.start < b.end && b.start < a.end);
  const future = matches(FUTURE[lang], sentence).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const f of future) if (!inside(f, pastFuture)) cues.push({ ...f, tense: 'future' });
  for (const p of pastFuture) cues.push({ ...p, tense: 'past' });
  for (const m of matches(PAST[lang], sentence)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // "expected to" is a future cue, not a past.
    if (inside(span, future)) continue;
    if (lang === 'en' && !/\s/.test(m[0]) && EN_NOT_PAST_BEFORE.test(sentence.slice(Math.max(0, span.start - 12), span.start))) continue;
    cues.push({ ...span, tense: 'past' });
  }
  if (lang === 'de') {
    for (const m of matches(DE_WEAK_PAST, sentence)) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'past' });
    const v2 = DE_V2_PAST.exec(sentence);
    if (v2 && /^[\p{Lu}\d]/u.test(v2[2]!) && !DE_FRONT_NOT_BEFORE_VERB.test(v2[2]!) && !DE_NOT_V2_PAST.test(v2[3]!)) {
      const start = v2.index + v2[0].length - v2[3]!.length;
      cues.push({ start, end: start + v2[3]!.length, tense: 'past' });
    }
    for (const m of matches(DE_PERFECT, sentence)) {
      const participle = m[0].split(/\s+/).pop() ?? '';
      const aux = /^\S+/.exec(m[0])![0];
      const end = m.index + m[0].length;
      if (!NOT_PARTICIPLE.test(participle)) cues.push({ start: m.index, end, tense: 'past', inner: [m.index + aux.length, end - participle.length] });
    }
  }
  return cues;
}

/**
 * Quoted stretches of a sentence as [start, end) pairs: "…", “…”, „…“, «…», ``…''. A closing mark
 * before any opening one closes a quote begun in an earlier sentence.
 */
export function quoteSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  const re = /``|''|["“”„«»]/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const mark = m[0];
    const opening = mark === '``' || mark === '„' || mark === '«' || (mark === '“' && open < 0) || (mark === '"' && open < 0);
    if (opening && open < 0) open = m.index;
    else if (!opening) {
      spans.push([open < 0 ? 0 : open, m.index + mark.length]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, sentence.length]);
  return spans;
}

// A cue outside the quotation an expression stands in ("'… will leave at 4 a.m. Thursday,' Castro said")
// counts only when nothing inside the quotation does.
const OTHER_QUOTE = 1000;

/**
 * The tense of the cue nearest to the span [start, end) of a sentence (cues inside the span do
 * not count: "nächsten Montag" is read by its own rule; a verb bracket around it is nearest);
 * 'present' when there is none. A future cue wins a tie.
 */
export function tenseNear(cues: readonly TenseCue[], start: number, end: number, quotes: ReadonlyArray<[number, number]> = []): Tense {
  const quoteOf = (i: number) => quotes.findIndex(([a, b]) => i >= a && i < b);
  const own = quoteOf(start);
  let best: { d: number; tense: Tense } | null = null;
  for (const c of cues) {
    if (c.start >= start && c.end <= end) continue;
    // A verb bracket around the expression ("hat … heute … geschrieben") is as near as its nearer word.
    let d = c.start >= end ? c.start - end : c.end <= start ? start - c.end : c.inner ? Math.max(0, Math.min(start - c.inner[0], c.inner[1] - end)) : 0;
    if (quotes.length && quoteOf(c.start) !== own) d += OTHER_QUOTE;
    if (!best || d < best.d || (d === best.d && c.tense === 'future')) best = { d, tense: c.tense };
  }
  return best?.tense ?? 'present';
}

/** Guesses whether a sentence as a whole speaks about the past, the present or the future (future wins). */
export function sentenceTense(sentence: string, lang: Language): Tense {
  const cues = tenseCues(sentence, lang);
  return cues.some((c) => c.tense === 'future') ? 'future' : cues.length ? 'past' : 'present';
}

/**
 * Start offsets of the sentences of a text. A full stop after an abbreviation ("p.m.", "Corp.",
 * "Nr.") or a single capital ("J. Smith") does not end a sentence, nor in German one after a
 * number ("am 23. Oktober").
 */
export function sentenceStarts(text: string, lang: Language = 'de'): number[] {
  const starts = [0];
  const re = /(?:[.!?]["'”“»«)]*\s+|\n\s*\n)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0][0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      if ((lang === 'de' && /\d$/.test(before)) || /(?:^|[\s.])\p{Lu}$/u.test(before) || stopContinues(word, text.slice(m.index + 1, m.index + 12))) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}
