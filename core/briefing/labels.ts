/** The words of the briefing and the text exports in German and English, following the app's language. */
import type { Confidence, EntityKind, EventKind, Stance } from '../domain';

import type { Language } from '../language';

export interface Labels {
  briefing: string;
  chronology: string;
  figure: string;
  sources: string;
  scope: string;
  timeline: string;
  period: string;
  filters: string;
  noFilter: string;
  events: string;
  sourcesCount: string;
  generated: string;
  preparedBy: string;
  contents: string;
  kind: string;
  confidence: string;
  lane: string;
  noLane: string;
  location: string;
  tags: string;
  /** People, organisations and places, together. */
  entities: string;
  entityKinds: Record<EntityKind, string>;
  accessed: string;
  published: string;
  noEvents: string;
  noSources: string;
  approximateNote: string;
  figureContinued: string;
  figurePart: (n: number, total: number) => string;
  legend: string;
  point: string;
  range: string;
  uncited: string;
  /** Plural forms `one|other` (core/plural). */
  citedIn: string;
  from: string;
  to: string;
  summary: string;
  summaryLead: (events: string, period: string) => string;
  byKind: string;
  byConfidence: string;
  singleSource: string;
  uncitedEvents: string;
  mostCorroborated: string;
  noCorroborated: string;
  noneOf: string;
  /** Plural forms `one|other` with {n} (core/plural). */
  eventsN: string;
  sourcesN: string;
  andMore: string;
  /** Under a figure that could not label every event: how many it labels and what the bars mean. */
  figureDense: (labelled: string, total: number) => string;
  density: string;
  kinds: Record<EventKind, string>;
  confidences: Record<Confidence, string>;
  stances: Record<Stance, string>;
}

const en: Labels = {
  briefing: 'Briefing', chronology: 'Chronology', figure: 'Timeline', sources: 'Sources', scope: 'Scope',
  timeline: 'Timeline', period: 'Period', filters: 'Filters', noFilter: 'none (all events)', events: 'Events',
  sourcesCount: 'Sources', generated: 'Generated', preparedBy: 'Prepared by', contents: 'Contents',
  kind: 'Kind', confidence: 'Confidence', lane: 'Lane', noLane: 'Other', location: 'Location', tags: 'Tags',
  entities: 'People, organisations, places', entityKinds: { person: 'People', organisation: 'Organisations', place: 'Places' },
  accessed: 'accessed', published: 'published', noEvents: 'No events match the scope of this briefing.',
  noSources: 'No sources are cited.',
  approximateNote: 'Dates are given as precisely as they are known; “c.” marks an approximate date, “(?)” an uncertain one.',
  figureContinued: 'continued', figurePart: (n, t) => `part ${n} of ${t}`, legend: 'Legend', point: 'event', range: 'period',
  uncited: 'no source cited', citedIn: 'Cited for event|Cited for events', from: 'from', to: 'to',
  summary: 'Summary', summaryLead: (n, p) => `${n}, ${p}.`, byKind: 'By kind', byConfidence: 'By confidence',
  singleSource: 'Resting on a single source', uncitedEvents: 'Without a source', mostCorroborated: 'Most corroborated',
  noCorroborated: 'No event is backed by more than one source.', noneOf: 'None: every event has at least two sources or none.',
  eventsN: '{n} event|{n} events', sourcesN: '{n} source|{n} sources', andMore: '… and {n} more',
  figureDense: (l, total) => `Labelled: ${l} of ${total} events, the best-sourced first; the bars count every event in each stretch of its lane. Every event is in the chronology.`,
  density: 'events per stretch',
  kinds: {
    deployment: 'Deployment', statement: 'Statement', report: 'Report', attack: 'Attack', meeting: 'Meeting',
    agreement: 'Agreement', movement: 'Movement', casualties: 'Casualties', other: 'Other',
  },
  confidences: { confirmed: 'Confirmed', reported: 'Reported', claimed: 'Claimed', disputed: 'Disputed' },
  stances: { confirms: 'confirms', reports: 'reports', disputes: 'disputes' },
};

const de: Labels = {
  briefing: 'Lagebericht', chronology: 'Chronologie', figure: 'Zeitleiste', sources: 'Quellen', scope: 'Umfang',
  timeline: 'Zeitleiste', period: 'Zeitraum', filters: 'Filter', noFilter: 'keine (alle Ereignisse)', events: 'Ereignisse',
  sourcesCount: 'Quellen', generated: 'Erstellt', preparedBy: 'Verfasst von', contents: 'Inhalt',
  kind: 'Art', confidence: 'Verlässlichkeit', lane: 'Spur', noLane: 'Sonstige', location: 'Ort', tags: 'Schlagwörter',
  entities: 'Personen, Organisationen, Orte', entityKinds: { person: 'Personen', organisation: 'Organisationen', place: 'Orte' },
  accessed: 'abgerufen', published: 'veröffentlicht', noEvents: 'Im Umfang dieses Berichts liegen keine Ereignisse.',
  noSources: 'Es werden keine Quellen zitiert.',
  approximateNote: 'Daten sind so genau angegeben, wie sie bekannt sind; „ca.“ kennzeichnet ein ungefähres, „(?)“ ein unsicheres Datum.',
  figureContinued: 'Fortsetzung', figurePart: (n, t) => `Teil ${n} von ${t}`, legend: 'Legende', point: 'Ereignis', range: 'Zeitraum',
  uncited: 'ohne Quellenangabe', citedIn: 'Belegt Ereignis|Belegt Ereignisse', from: 'ab', to: 'bis',
  summary: 'Zusammenfassung', summaryLead: (n, p) => `${n}, ${p}.`, byKind: 'Nach Art', byConfidence: 'Nach Verlässlichkeit',
  singleSource: 'Nur durch eine Quelle belegt', uncitedEvents: 'Ohne Quelle', mostCorroborated: 'Am besten belegt',
  noCorroborated: 'Kein Ereignis ist durch mehr als eine Quelle belegt.', noneOf: 'Keine: Jedes Ereignis hat mindestens zwei Quellen oder keine.',
  eventsN: '{n} Ereignis|{n} Ereignisse', sourcesN: '{n} Quelle|{n} Quellen', andMore: '… und {n} weiteres|… und {n} weitere',
  figureDense: (l, total) => `Beschriftet: ${l} von ${total} Ereignissen, die am besten belegten zuerst; die Balken zählen alle Ereignisse je Abschnitt ihrer Spur. Jedes Ereignis steht in der Chronologie.`,
  density: 'Ereignisse je Abschnitt',
  kinds: {
    deployment: 'Verlegung', statement: 'Erklärung', report: 'Bericht', attack: 'Angriff', meeting: 'Treffen',
    agreement: 'Abkommen', movement: 'Truppenbewegung', casualties: 'Verluste', other: 'Sonstiges',
  },
  confidences: { confirmed: 'Bestätigt', reported: 'Berichtet', claimed: 'Behauptet', disputed: 'Umstritten' },
  stances: { confirms: 'bestätigt', reports: 'berichtet', disputes: 'bestreitet' },
};

/** The labels of a locale. */
export function labels(locale: Language): Labels {
  return locale === 'de' ? de : en;
}
