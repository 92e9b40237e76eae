/**
 * The names of undoable changes, in English and German. The journal stores the key and its
 * parameters, so "Undo: Edit event “X”" follows the UI language, and the English text for the
 * audit trail.
 */
import type { Language } from './domain';
import { pluralForm } from './plural';

export const HISTORY_LABELS = {
  createEvent: { en: 'Create event “{title}”', de: 'Ereignis „{title}“ anlegen' },
  editEvent: { en: 'Edit event “{title}”', de: 'Ereignis „{title}“ bearbeiten' },
  deleteEvent: { en: 'Delete event “{title}”', de: 'Ereignis „{title}“ löschen' },
  deleteEvents: { en: 'Delete {n} event|Delete {n} events', de: '{n} Ereignis löschen|{n} Ereignisse löschen' },
  createSource: { en: 'Create source “{title}”', de: 'Quelle „{title}“ anlegen' },
  editSource: { en: 'Edit source “{title}”', de: 'Quelle „{title}“ bearbeiten' },
  cite: { en: 'Cite “{source}” on “{title}”', de: '„{source}“ bei „{title}“ zitieren' },
  removeSource: { en: 'Remove source from “{title}”', de: 'Quelle von „{title}“ entfernen' },
  createTimeline: { en: 'Create timeline “{title}”', de: 'Zeitleiste „{title}“ anlegen' },
  renameTimeline: { en: 'Rename timeline', de: 'Zeitleiste umbenennen' },
  duplicateTimeline: { en: 'Duplicate timeline', de: 'Zeitleiste duplizieren' },
  deleteTimeline: { en: 'Delete timeline “{title}”', de: 'Zeitleiste „{title}“ löschen' },
  createLane: { en: 'Create lane “{name}”', de: 'Spur „{name}“ anlegen' },
  renameLane: { en: 'Rename lane “{name}”', de: 'Spur „{name}“ umbenennen' },
  reorderLanes: { en: 'Reorder lanes', de: 'Spuren umordnen' },
  deleteLane: { en: 'Delete lane “{name}”', de: 'Spur „{name}“ löschen' },
  importArticle: { en: 'Import “{title}”', de: '„{title}“ importieren' },
  importArticles: { en: 'Import {n} article|Import {n} articles', de: '{n} Artikel importieren' },
  importData: { en: 'Import {n} event ({format})|Import {n} events ({format})', de: '{n} Ereignis importieren ({format})|{n} Ereignisse importieren ({format})' },
  // A project-wide step, undone from any timeline: it names the timeline it made.
  importDataNew: { en: 'Import {n} event ({format}) as “{title}”|Import {n} events ({format}) as “{title}”', de: '{n} Ereignis importieren ({format}) als „{title}“|{n} Ereignisse importieren ({format}) als „{title}“' },
} as const satisfies Record<string, Record<Language, string>>;

export type HistoryLabelKey = keyof typeof HISTORY_LABELS;

export interface HistoryLabel {
  key: HistoryLabelKey;
  params?: Record<string, string | number>;
}

export function isHistoryLabelKey(key: string): key is HistoryLabelKey {
  return Object.prototype.hasOwnProperty.call(HISTORY_LABELS, key);
}

/** The label in a language, in its plural form for the parameter `n`, parameters filled in. */
export function formatHistoryLabel(label: HistoryLabel, locale: Language = 'en'): string {
  const n = label.params?.n;
  const text = typeof n === 'number' ? pluralForm(HISTORY_LABELS[label.key][locale], n, locale) : HISTORY_LABELS[label.key][locale];
  // Numbers with the language's digit grouping: 150,000 (en), 150.000 (de).
  const show = (v: string | number | undefined) => (typeof v === 'number' ? v.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB') : String(v ?? ''));
  return text.replace(/\{(\w+)\}/g, (_, k: string) => show(label.params?.[k]));
}
