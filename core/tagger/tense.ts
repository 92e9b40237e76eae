import type { Language } from '../language';
import { speechPastForms } from './lang/speech';
import { alt } from './pattern';
import type { Tense } from './types';

// Future wins over past: in "he said prices will rise in May" the date belongs to the future clause.
const FUTURE: Record<Language, RegExp> = {
  en: /\b(?:will|won't|shall|'ll|going to|plans? to|planned|expects? to|expected to|scheduled|upcoming|next|is to|are to|due to)\b/i,
  de: /(?<![\p{L}])(?:wird|werden|wirst|werde|soll|sollen|sollte|plant|planen|geplant|kommende[nmrs]?|nächste[nmrs]?|künftig|bevorstehende[nmrs]?|will|wollen|voraussichtlich)(?![\p{L}])/iu,
};

const PAST: Record<Language, RegExp> = {
  en: /\b(?:was|were|had|did|ago|last|yesterday|earlier|previous|former|\w{2,}ed|(?:has|have)\s+(?:\w+\s+)?(?:been|come|gone|seen|done|made|taken|given|fallen|risen|grown|become|begun|won|lost|held|led|said|told|paid|built|brought|bought|kept|left|met|set|sent|spent|fought))\b/i,
  de: new RegExp(`(?<![\\p{L}])(?:war|waren|warst|wurde|wurden|hatte|hatten|damals|gestern|vorgestern|vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|kam|kamen|ging|gingen|fand|fanden|stand|standen|begann|begannen|blieb|blieben|starb|traf|trafen|sah|sahen|lag|lagen|saß|hielt|hielten|ließ|ließen|zog|zogen|rief|fiel|fielen|nahm|nahmen|sprach|trat|traten|wies|bot|erhielt|verlor|gewann|beschloss|beschlossen|machte|führte|eröffnete|wählte|feierte|besuchte|begrüßte|ehrte|übergab|überreichte|informierte|präsentierte|organisierte|lebte|arbeitete|wollte|konnte|musste|durfte|${alt(speechPastForms('de'))})(?![\\p{L}])`, 'iu'),
};

// Perfect tense: an auxiliary plus a lower-case participle ("hat … beschlossen", "ist … gekommen").
const DE_PERFECT = /(?<![\p{L}])(?:hat|haben|hast|habe|ist|sind|bin)(?![\p{L}])[^.!?]*?(?<![\p{L}])(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}(?:ge)[a-zäöüß]{3,}(?:t|en)|(?:beschlossen|erklärt|bekommen|begonnen|verloren|gewonnen|entschieden|vereinbart|besucht|beendet|eröffnet|erreicht|vorgestellt|übergeben))(?![\p{L}])/u;
const NOT_PARTICIPLE = /^(?:gegen|gelten|gehen|geben|genug|gerecht|gesamt|gestern|gewiss|geht|gibt|gilt|gesucht|geplant)$/;

// Weak German verbs in the Präteritum: "bestätigten", "unterzeichnete", "kritisierte" (lower case,
// so nouns such as "Staaten" are not taken; the endings keep ordinals like "ersten" out).
const DE_WEAK_PAST = /(?<![\p{L}])\p{Ll}[\p{L}]{2,}(?:igte|igten|ierte|ierten|nete|neten|ichte|ichten|elte|elten|ährte|ährten|ührte|ührten|eilte|eilten|ückte|ückten)(?![\p{L}])/u;

/** Guesses whether a sentence speaks about the past, the present or the future. */
export function sentenceTense(sentence: string, lang: Language): Tense {
  if (FUTURE[lang].test(sentence)) return 'future';
  if (PAST[lang].test(sentence)) return 'past';
  if (lang === 'de' && DE_WEAK_PAST.test(sentence)) return 'past';
  if (lang === 'de') {
    const m = DE_PERFECT.exec(sentence);
    if (m && !NOT_PARTICIPLE.test(m[0].split(/\s+/).pop() ?? '')) return 'past';
  }
  return 'present';
}

/**
 * Start offsets of the sentences of a text. A full stop after a digit ("23. Oktober") or a
 * single capital ("J. Smith") does not end a sentence.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const re = /(?:[.!?]["'”“»«)]*\s+|\n\s*\n)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m[0][0] === '.' && (/\d$/.test(before) || /(?:^|[\s.])\p{Lu}$/u.test(before))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}
