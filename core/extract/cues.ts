/**
 * Event-predicate cues: word stems (German and English) that make a sentence report something
 * happening, with the event kind they suggest and how strongly they signal an event.
 */
import type { Language } from '../language';
import type { EventKind } from '../api';
import { speechVerb } from '../tagger/lang/speech';

export interface Cue {
  /** Lower-case stem; matches a word that starts with it (optionally after German "ge"). */
  stem: string;
  kind: EventKind;
  /** 1 = an action that happened; 0.8 = a statement; 0.5 = a weak or opinion cue. */
  weight: number;
}

const c = (kind: EventKind, weight: number, stems: string): Cue[] =>
  stems.split(/\s+/).filter(Boolean).map((stem) => ({ stem, kind, weight }));

export const CUES: Record<Language, Cue[]> = {
  de: [
    // Verbs of saying and reporting come from the tagger's speech verb list (see findCue).
    ...c('statement', 0.8, 'interview stellungnahme'),
    ...c('deployment', 1, 'entsand entsend schickt schickte geschickt stationier verlegt verlegte truppenverlegung trainier ausgebildet eingesetzt'),
    ...c('deployment', 0.6, 'einsatz entsendung'),
    ...c('meeting', 1, 'traf trafen treffen getroffen gipfel besucht besuchte empfing empfangen verhandel'),
    ...c('attack', 1, 'angriff luftangriff angegriffen griff griffen beschoss beschossen bombardier attackier anschlag offensive erobert eroberte vorstoß vorstöße rakete drohnen'),
    ...c('casualties', 1, 'getötet tötete starben gestorben verletzt verwundet gefallen verluste tote'),
    ...c('agreement', 1, 'unterzeichn vereinbart vereinbarte abkommen vertrag einigten geeinigt ratifiz'),
    ...c('movement', 1, 'desertier desertion flucht geflohen floh eingetroffen angekommen erreichte erreichten rückzug zurückgezogen'),
    ...c('report', 0.7, 'aufgetaucht enthüllt veröffentlicht'),
    // Narratives and history: wars, founding acts, elections.
    ...c('attack', 1, 'überfiel überfallen besetzt besetzte einmarsch marschierte belager kämpft kämpften schlacht'),
    ...c('casualties', 1, 'ermord erschoss erschossen hingerichtet'),
    ...c('agreement', 1, 'kapitulier waffenstillstand friedensvertrag'),
    ...c('other', 0.6, 'gegründet gründete gewählt wählte zurückgetreten begann begannen endete endeten beschloss beschlossen verabschiedet verweiger'),
    // A labour strike ("Streik", "streikten", "Warnstreik") is not an attack ("Luftangriff" is).
    ...c('other', 0.6, 'streik streikt warnstreik arbeitsniederlegung'),
  ],
  en: [
    // Verbs of saying and reporting come from the tagger's speech verb list (see findCue).
    ...c('statement', 0.8, 'interview'),
    ...c('deployment', 1, 'deploy sent send dispatch station train trained training'),
    ...c('meeting', 1, 'met meet meeting summit visit talks hosted negotiat'),
    ...c('attack', 1, 'attack struck airstrike shell bomb invad captur seiz offensive launch fired missile drone'),
    ...c('casualties', 1, 'killed kill died dead wounded injur casualt'),
    ...c('agreement', 1, 'signed signing agreed agreement treaty ratif'),
    ...c('movement', 1, 'desert fled flee arriv reached withdr retreat moved'),
    // "Reports emerged": the noun reports as well as the verb.
    ...c('report', 0.7, 'reports emerged publish'),
    // Narratives and history: wars, founding acts, elections.
    ...c('attack', 1, 'occupied occupy besieg fought battle'),
    ...c('casualties', 1, 'murder assassinat executed'),
    ...c('agreement', 1, 'surrender ceasefire armistice'),
    ...c('other', 0.6, 'founded elected resigned began begun ended adopted approved refus'),
    // A labour strike is not an attack; "strike" alone is one only after "air", "drone", "missile" (see findCue).
    ...c('other', 0.6, 'strike walkout'),
  ],
};

// Words that make a clause hypothetical, an opinion or an outlook rather than an event.
const HEDGES: Record<Language, RegExp> = {
  de: /\b(könnte|könnten|würde|würden|dürfte|dürften|sollte|sollten|glauben|glaubt|meinen|meint|vermuten|befürchten|wahrscheinlich|möglicherweise|vielleicht|zweifel\w*|bedenken|wenn|falls)\b/iu,
  en: /\b(could|would|might|may|should|believe|believes|think|thinks|fear|fears|likely|possibly|perhaps|doubt\w*|concerns?|if|unless)\b/iu,
};

// Short stems ("met", "kill", "traf") match only with an inflection, so "method" is not "met".
const SHORT_SUFFIX = /^(s|es|ed|d|ing|en|e|t|te|ten|er)?$/;

export interface CueHit {
  kind: EventKind;
  weight: number;
  /** Offset of the cue word within the searched text. */
  index: number;
  word: string;
}

/**
 * The event cue of a clause: its kind from the first cue (the main verb comes early in German V2
 * and English SVO clauses), its weight from the strongest one. Null when there is none.
 */
export function findCue(clause: string, lang: Language): CueHit | null {
  let first: CueHit | null = null;
  let strongest = 0;
  const take = (kind: EventKind, weight: number, index: number, word: string) => {
    // "Berichten zufolge trainieren …": a report cue names the kind only when nothing stronger follows.
    if (!first || (first.weight < 0.8 && weight >= 0.8)) first = { kind, weight, index, word };
    strongest = Math.max(strongest, weight);
  };
  const re = /[\p{L}-]+/gu;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const w = m[0].toLowerCase();
    const speech = speechVerb(w, lang);
    if (speech?.cue) {
      take(speech.kind === 'report' ? 'report' : 'statement', speech.kind === 'report' ? 0.7 : 0.8, m.index, m[0]);
      continue;
    }
    for (const cue of CUES[lang]) {
      const short = cue.stem.length < 5;
      const hit = (w.startsWith(cue.stem) && (!short || SHORT_SUFFIX.test(w.slice(cue.stem.length)))) ||
        (lang === 'de' && !short && (w.startsWith('ge' + cue.stem) || w.includes('-' + cue.stem)));
      if (hit) take(cue.kind, cue.weight, m.index, m[0]);
    }
  }
  const found = first as CueHit | null; // assigned inside take()
  return found && { ...found, weight: strongest };
}

/** True when the clause is hedged: conditional, speculative or an opinion. */
export function isHedged(clause: string, lang: Language): boolean {
  // Reported speech is in the subjunctive by convention: judge only the reporting clause.
  const that = lang === 'de' ? /,\s*dass\b/u.exec(clause) : /\bthat\b/u.exec(clause);
  return HEDGES[lang].test(that ? clause.slice(0, that.index) : clause);
}
