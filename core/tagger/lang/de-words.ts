/**
 * German dictionaries: each word list is written once, and the rule patterns are built from it
 * (as chrono-node's locale constants do), so a spelling added here is matched and read everywhere.
 * German rules match case-insensitively; the capitalised forms below are for reading.
 */
import type { Unit } from '../duration';
import type { Holiday } from '../resolve';
import { alt, capitalise, words } from '../pattern';

export const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, feber: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
  september: 9, oktober: 10, november: 11, dezember: 12,
};
/** Abbreviations, written with a full stop ("3. Apr. 2024", "3. Mär. 2024"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
};
export const MONTH = `(?:${words(MONTHS)}|${words(MONTH_ABBREVIATIONS, { stop: true })})`;

export const WEEKDAYS: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
};
export const WEEKDAY = words(WEEKDAYS);

/** Parts of the day; the adverbs add an "s" ("abends", "Montagmorgens"). */
export const PARTS_OF_DAY: Record<string, string> = {
  morgen: 'MO', früh: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI',
};
/** Both cases: "heute Abend", "heute früh" (the day-word rule is case-sensitive). */
export const PART_OF_DAY = words(PARTS_OF_DAY, { cases: ['plain', 'capital'] });

export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  frühjahr: 'SP', frühling: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI',
};
const SEASON_ENDINGS: Record<string, readonly string[]> = {
  frühjahr: ['', 's', 'es'], frühling: ['', 's'], sommer: ['', 's'], herbst: ['', 'es', 's'], winter: ['', 's'],
};
/** A season as a noun, possibly in the genitive ("des Sommers"). */
export const SEASON = `(?:${alt(Object.entries(SEASON_ENDINGS).flatMap(([w, es]) => es.map((e) => capitalise(w) + e)))})`;
/** A season in the nominative/dative only ("im Sommer"). */
export const SEASON_BARE = words(SEASONS);
/** Parts of a season that stand for it ("im Spätsommer 1944"). */
export const SEASON_PARTS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  frühsommer: 'SU', hochsommer: 'SU', spätsommer: 'SU', spätherbst: 'FA',
};

/** Calendar units and their inflections. */
const UNIT_FORMS: Record<string, [Unit, readonly string[]]> = {
  jahr: ['Y', ['', 'e', 'en', 'es', 's']], monat: ['M', ['', 'e', 'en', 's']], woche: ['W', ['', 'n']],
  tag: ['D', ['', 'e', 'en', 'es']], stunde: ['H', ['', 'n']], minute: ['MIN', ['', 'n']], sekunde: ['S', ['', 'n']],
  quartal: ['Q', ['', 'e', 'en', 's']], jahrzehnt: ['DE', ['', 'e', 'en', 's']], jahrhundert: ['CE', ['', 'e', 'en', 's']],
  jahrtausend: ['L', ['', 'e', 'en', 's']], wochenende: ['WE', ['', 'n']],
};
export const UNITS: Record<string, Unit> = Object.fromEntries(Object.entries(UNIT_FORMS).map(([w, [u]]) => [w, u]));
export const UNIT = `(?:${alt(Object.entries(UNIT_FORMS).flatMap(([w, [, es]]) => es.map((e) => capitalise(w) + e)))})`;

/**
 * Adjectives that place a unit relative to a reference date, by stem: the direction, whether they
 * point back to the narrative's last mentioned date ("am folgenden Tag") rather than the
 * publication date, and whether they go only with a unit ("im selben Jahr", not "am selben Montag").
 */
const RELATIVE_ADJECTIVES: Record<string, { dir: -1 | 0 | 1; anaphoric?: true; unitOnly?: true }> = {
  vergangen: { dir: -1 }, letzt: { dir: -1 }, vorig: { dir: -1 }, vorherig: { dir: -1, anaphoric: true },
  dies: { dir: 0 }, laufend: { dir: 0 }, kommend: { dir: 1 }, nächst: { dir: 1 }, folgend: { dir: 1, anaphoric: true },
  bevorstehend: { dir: 1 }, darauffolgend: { dir: 1, anaphoric: true, unitOnly: true },
  selb: { dir: 0, anaphoric: true, unitOnly: true }, gleich: { dir: 0, anaphoric: true, unitOnly: true },
  vorangegangen: { dir: -1, anaphoric: true, unitOnly: true },
};
const adjectives = (keep: (a: { anaphoric?: true; unitOnly?: true }) => boolean): string =>
  `(?:${alt(Object.entries(RELATIVE_ADJECTIVES).filter(([, a]) => keep(a)).map(([w]) => `${w}e`))})[mnrs]?`;
/** "vergangene", "nächsten", "diese"… before a weekday or a unit. */
export const REL_ADJ = adjectives((a) => !a.unitOnly);
/** REL_ADJ plus those that go only with a unit ("im selben Jahr", "im darauffolgenden Monat"). */
export const REL_UNIT_ADJ = adjectives(() => true);
/** Those that refer to the last mentioned date. */
export const ANAPHORIC_ADJ = adjectives((a) => !!a.anaphoric);

/** Direction of an inflected relative adjective ("vergangenen" → -1). */
export function relAdjDirection(raw: string): -1 | 0 | 1 {
  const s = raw.toLowerCase().replace(/(?:e[mnrs]?|es)$/, '');
  for (const [k, a] of Object.entries(RELATIVE_ADJECTIVES)) if (s.startsWith(k)) return a.dir;
  return 0;
}

/** Whether an inflected adjective or pronoun refers back to the last mentioned date. */
export function isAnaphoricAdjective(raw: string): boolean {
  return new RegExp(`^${ANAPHORIC_ADJ}$`, 'iu').test(raw) || /^(?:desselben|derselben|desgleichen)$/iu.test(raw);
}

/** Phases of a period: "Anfang Mai", "Ende des Jahres", "Mitte der Woche". */
export const PHASE = words(['anfang', 'anfangs', 'beginn', 'mitte', 'ende', 'endes', 'ausgang', 'start']);

/** Holidays by their written name: a fixed day, or days after Easter Sunday. */
export const HOLIDAYS: Record<string, Holiday> = {
  weihnachten: { month: 12, day: 24 }, heiligabend: { month: 12, day: 24 }, 'heiliger abend': { month: 12, day: 24 },
  'erster weihnachtstag': { month: 12, day: 25 }, 'zweiter weihnachtstag': { month: 12, day: 26 },
  stephanstag: { month: 12, day: 26 }, silvester: { month: 12, day: 31 }, neujahr: { month: 1, day: 1 },
  dreikönig: { month: 1, day: 6 }, 'tag der arbeit': { month: 5, day: 1 }, 'maria himmelfahrt': { month: 8, day: 15 },
  'tag der deutschen einheit': { month: 10, day: 3 }, allerheiligen: { month: 11, day: 1 }, allerseelen: { month: 11, day: 2 },
  aschermittwoch: { easter: -46 }, palmsonntag: { easter: -7 }, gründonnerstag: { easter: -3 }, karfreitag: { easter: -2 },
  ostern: { easter: 0 }, ostersonntag: { easter: 0 }, ostermontag: { easter: 1 }, 'christi himmelfahrt': { easter: 39 },
  pfingsten: { easter: 49 }, pfingstsonntag: { easter: 49 }, pfingstmontag: { easter: 50 }, fronleichnam: { easter: 60 },
};
export const HOLIDAY = words(HOLIDAYS, { cases: ['plain'] });

/** Vague references to the present, the past and the future ("derzeit", "damals", "bald"). */
export const REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  jetzt: 'PRESENT_REF', derzeit: 'PRESENT_REF', zurzeit: 'PRESENT_REF', 'zur zeit': 'PRESENT_REF', gegenwärtig: 'PRESENT_REF',
  gegenwärtige: 'PRESENT_REF', momentan: 'PRESENT_REF', heutzutage: 'PRESENT_REF', 'im moment': 'PRESENT_REF',
  'zur stunde': 'PRESENT_REF', 'dieser tage': 'PRESENT_REF', gegenwart: 'PRESENT_REF', aktuell: 'PRESENT_REF',
  damals: 'PAST_REF', damalige: 'PAST_REF', früher: 'PAST_REF', einst: 'PAST_REF', einstige: 'PAST_REF', kürzlich: 'PAST_REF',
  neulich: 'PAST_REF', vergangenheit: 'PAST_REF', 'in letzter zeit': 'PAST_REF', 'letzter zeit': 'PAST_REF',
  'vergangener zeiten': 'PAST_REF', 'früheren zeiten': 'PAST_REF',
  bald: 'FUTURE_REF', demnächst: 'FUTURE_REF', zukunft: 'FUTURE_REF', 'in kürze': 'FUTURE_REF', 'in naher zukunft': 'FUTURE_REF',
  später: 'FUTURE_REF',
};
/** A reference word; the adjectives among them inflect ("damaligen"). */
const INFLECTED_REFERENCES = Object.keys(REFERENCES).filter((k) => k.endsWith('ige'));
export const REFERENCE = `(?:${alt([...Object.keys(REFERENCES), ...INFLECTED_REFERENCES.flatMap((k) => ['n', 'm', 'r', 's'].map((e) => k + e))])})`;

/**
 * Verbs of saying, reporting and opinion: infinitive (a separable prefix before "|"), Präteritum,
 * Partizip II and, when irregular, the third person; a "*" marks a verb whose present is mostly
 * something else ("es bestehen Bedenken"): only its past forms are read. "general" ones ("stellte fest", "gab an")
 * are too common to signal an event on their own. Titles turn reported speech into "Sprecher:
 * Inhalt", event cues take the statement and report verbs, and the tense cues their Präteritum.
 */
export const SPEECH_VERBS = {
  statement: 'sagen sagte gesagt, erklären erklärte erklärt, bestätigen bestätigte bestätigt, betonen betonte betont, ' +
    'warnen warnte gewarnt, bemerken bemerkte bemerkt, mit|teilen teilte mitgeteilt, an|kündigen kündigte angekündigt, ' +
    'an|deuten deutete angedeutet, behaupten behauptete behauptet, bestreiten bestritt bestritten, ' +
    'dementieren dementierte dementiert, ein|räumen räumte eingeräumt, *bestehen bestand bestanden, beharren beharrte beharrt, ' +
    'versichern versicherte versichert, unterstreichen unterstrich unterstrichen, fordern forderte gefordert, ' +
    'kritisieren kritisierte kritisiert, verkünden verkündete verkündet, ergänzen ergänzte ergänzt, ' +
    'hinzu|fügen fügte hinzugefügt, argumentieren argumentierte argumentiert, insistieren insistierte insistiert, ' +
    'mahnen mahnte gemahnt, drohen drohte gedroht, versprechen versprach versprochen verspricht, ' +
    'verurteilen verurteilte verurteilt, zitieren zitierte zitiert, echoisieren echoisierte echoisiert',
  report: 'berichten berichtete berichtet, melden meldete gemeldet',
  opinion: 'glauben glaubte geglaubt, meinen meinte gemeint, vermuten vermutete vermutet, befürchten befürchtete befürchtet, ' +
    'hoffen hoffte gehofft, erwarten erwartete erwartet',
  general: 'fest|stellen stellte festgestellt, zeigen zeigte gezeigt, an|geben gab angegeben gibt, schreiben schrieb geschrieben',
} as const;
