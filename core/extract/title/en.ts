/**
 * English title rules: reported speech as "Speaker says content" (present tense, "would" → "will"),
 * fronted phrases and attributions dropped, long titles cut before a preposition.
 */
import { speechVerb } from '../../tagger/lang/speech';
import { MAX, shorten, shortSpeaker, words, type TitleLanguage } from './common';

const PREP = /^(?:in|on|at|by|from|with|to|for|of|over|under|after|before|during|amid|despite|following|near|into|onto|across|against|without|since|until|about|through|toward|towards|as)$/iu;
const NOT_FINITE_BEFORE = /^(?:to|will|would|could|should|may|might|must|can|cannot|did|does|do|not|never)$/iu;
const DANGLING_END = /^(?:the|a|an|and|or|but|that|of|to|for|with|on|in|at|by|from|as|his|her|its|their|which|who|while)$/iu;

/** "The union said members would vote on the deal" → "Union says members will vote on the deal". */
function speech(t: string): string | null {
  const ws = words(t);
  // A base form is the verb only after a plural subject ("officials say"), not after "to" or a modal.
  const v = ws.findIndex((w, i) => i > 0 && i <= 6 && speechVerb(w, 'en') !== null &&
    !(speechVerb(w, 'en')!.form === 'base' && NOT_FINITE_BEFORE.test(ws[i - 1]!)));
  if (v < 1 || ws.slice(0, v).some((w) => /[,;:]$/u.test(w))) return null;
  const said = ws[v]!;
  const verb = speechVerb(said, 'en')!;
  // "Obama has admitted" → "Obama admits": the auxiliary goes with the tense.
  const aux = /^(?:has|have|had|was|were|is|are|did|does|do)$/iu.test(ws[v - 1]!) && v > 1 ? 1 : 0;
  const speakerRaw = ws.slice(0, v - aux).join(' ');
  if (/^(?:it|there|he|she|they|we|i|you)$/iu.test(speakerRaw)) return null;
  let i = v + 1;
  let object = '';
  if (verb.base === 'tell') {
    const o = /^(?:reporters|journalists|him|her|them|us|me|\p{Lu}[\p{L}'’-]+|the \p{L}+)$/u.exec(ws[i] === 'the' ? `the ${ws[i + 1] ?? ''}` : ws[i] ?? '');
    if (!o) return null;
    object = ' ' + o[0];
    i += o[0].split(' ').length;
  }
  if (ws[i] === 'that') i++;
  const speaker = shortSpeaker(speakerRaw, 'en');
  // "U.S. officials", "Opposition members", "police": the head noun (the last word) is plural.
  const head = speaker.split(/\s+/).pop() ?? '';
  const plural = (/^\p{L}[\p{L}'’-]*[^s'’]s$/u.test(head) && !/(?:ss|us|is)$/u.test(head)) || /^(?:police|people)$/iu.test(head);
  // A base form ("officials say") stays as written; a past or -s form becomes the present, plural after a plural speaker.
  const present = verb.form === 'base' || plural ? verb.base : verb.third;
  if (aux && verb.form === 'base') return null;
  const content = ws.slice(i).join(' ').split(/,\s+/u)[0]!.replace(/\bwould\b/gu, 'will').replace(/^the\s+/iu, '');
  if (words(content).length < 2) return null;
  return shorten(`${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} ${present}${object} ${content}`, ENGLISH);
}

// Where a long English title may end, best first: before a relative clause, before a subordinate
// clause, before a prepositional phrase ("to" and "of" excepted: "voted to end", "part of").
const CUT_BEFORE = [
  /^(?:that|which|who|whom|whose|where)$/iu,
  /^(?:after|before|when|while|because|although|though|as|since|until|unless|if|amid|despite)$/iu,
  /^(?:in|on|at|by|from|with|for|over|under|after|before|during|amid|despite|following|near|into|onto|across|against|without|since|until|about|through|toward|towards)$/iu,
];

/** Cut at the best phrase boundary that keeps at least four words and fits: no ellipsis. */
function shortenFurther(t: string): string {
  const ws = words(t);
  for (const boundary of CUT_BEFORE) {
    for (let i = ws.length - 1; i >= 4; i--) {
      const head = ws.slice(0, i).join(' ');
      if (head.length <= MAX && boundary.test(ws[i]!) && !PREP.test(ws[i - 1]!) && !DANGLING_END.test(ws[i - 1]!)) return head.replace(/,$/u, '');
    }
  }
  return t;
}

/** Removes "It was reported that" and a fronted adverbial phrase ("In a surprising turn of events,"). */
function stripFront(t: string): string {
  t = t.replace(/^it\s+(?:was|is|has been)\s+(?:reported|announced|confirmed|said|revealed)\s+that\s+/iu, '');
  const m = /^((?:in|on|at|after|before|during|amid|despite|following|with|under|as|speaking|asked|according|earlier|later|\p{L}+ly)\b[^,]{0,90}),\s+(.+)$/iu.exec(t);
  return m && words(m[2]!).length >= 4 ? m[2]! : t;
}

export const ENGLISH: TitleLanguage = {
  lang: 'en',
  dateLead: '(?:(?:on|in|at|by|from|since|until|till|through|during|for|after|before|around|about|between|early|late|this|last|as early as|as soon as|no later than|the)\\s+){0,3}',
  rangeJoin: '(?:to|and|until|through|[-–])',
  until: '\\b(?:until|till)',
  inserted: /^(?:says?|tells?|will|us|uk)$/u,
  leading: /^(however|meanwhile|moreover|furthermore|also|and|but|in addition|additionally|according to [^,]+|reportedly|so|separately|earlier|later|still|yet|nevertheless|at the same time)\s*,?\s+/iu,
  relative: /,\s+(?:who|which|whose|whom)\s[^,“"]*?,/giu,
  prepare: (t) => t,
  stripFront,
  trailingAttribution: /,\s+(?:the\s+|a\s+)?[\p{L}'’. -]{2,50}\s+(?:said|says|added|reported|told [\p{L}]+|announced|confirmed)$/iu,
  reorder: (t) => t,
  speech,
  coordination: /^(.{25,}?)\s+and\s+(?:\p{Ll}+(?:ed|s))\s.*$/u,
  filler: /\s+(?:also|already|now|still|reportedly|currently|recently|meanwhile|however|further|again|very)(?=\s)/giu,
  shortenFurther,
  trimCut: (t) => t,
  article: /^the\s+(?=\p{L})/iu,
};
