/**
 * The speech verbs of each language (de-words.ts, en-words.ts) as word forms: one list read by
 * the tense cues, the event cues and the title rules.
 */
import type { Language } from '../../language';
import { SPEECH_VERBS as DE } from './de-words';
import { SPEECH_VERBS as EN } from './en-words';

export type SpeechKind = 'statement' | 'report' | 'opinion' | 'general';

export interface SpeechForm {
  kind: SpeechKind;
  /** Which form the word is: base/infinitive, present (third person, German plural too), past, participle. */
  form: 'base' | 'present' | 'past' | 'participle';
  /** The base form ("say", "sagen") and the third person present ("says", "sagt"). */
  base: string;
  third: string;
  /** Statement and report verbs signal an event on their own; opinions and general verbs do not. */
  cue: boolean;
}

function entries(table: Record<string, string>): Array<[SpeechKind, string[]]> {
  return Object.entries(table).flatMap(([kind, list]) => list.split(/,\s*/).map((e): [SpeechKind, string[]] => [kind as SpeechKind, e.trim().split(/\s+/)]));
}

function english(): Map<string, SpeechForm> {
  const out = new Map<string, SpeechForm>();
  for (const [kind, [rawBase, third, past]] of entries(EN)) {
    const noun = rawBase!.startsWith('*');
    const base = rawBase!.replace('*', '');
    const f = (form: SpeechForm['form']): SpeechForm => ({ kind, form, base, third: third!, cue: kind === 'statement' || kind === 'report' });
    // A base that is also a noun ("the state") is not read as a verb, nor its -s form ("states").
    if (!noun) {
      out.set(base, f('base'));
      out.set(third!, f('present'));
    }
    out.set(past!, f('past'));
  }
  return out;
}

function german(): Map<string, SpeechForm> {
  const out = new Map<string, SpeechForm>();
  for (const [kind, [rawInfinitive, past, participle, irregularThird]] of entries(DE)) {
    const pastOnly = rawInfinitive!.startsWith('*');
    const infinitive = rawInfinitive!.replace('*', '');
    const [prefix, finite] = infinitive.includes('|') ? infinitive.split('|') as [string, string] : ['', infinitive];
    const stem = finite.replace(/e?n$/, '');
    const third = irregularThird ?? stem + (/[td]$/.test(stem) ? 'et' : 't');
    const f = (form: SpeechForm['form']): SpeechForm => ({ kind, form, base: prefix + finite, third, cue: kind === 'statement' || kind === 'report' });
    if (!pastOnly) {
      out.set(prefix + finite, f('base'));
      out.set(finite, f('present'));
      out.set(third, f('present'));
    }
    out.set(past!, f('past'));
    out.set(past! + (past!.endsWith('e') ? 'n' : 'en'), f('past'));
    out.set(participle!, f('participle'));
  }
  return out;
}

const FORMS: Record<Language, Map<string, SpeechForm>> = { de: german(), en: english() };

/** The speech verb a word (as written, lower case) is a form of; null when it is none. */
export function speechVerb(word: string, lang: Language): SpeechForm | null {
  return FORMS[lang].get(word) ?? null;
}

/** The past forms of the speech verbs (German Präteritum, English simple past): "sagte", "said". */
export function speechPastForms(lang: Language): string[] {
  return [...FORMS[lang]].filter(([, f]) => f.form === 'past').map(([w]) => w);
}
