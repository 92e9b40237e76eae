/** UI language: follows the system, switchable in the app (saved in the project settings). */
import { computed, ref } from 'vue';
import type { Language } from '../../../core/api';
import { pluralForm } from '../../../core/plural';
import { de } from './de';
import { en, type MessageKey } from './en';

const messages: Record<Language, Record<MessageKey, string>> = { en, de };

export function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const locale = ref<Language>(systemLanguage());

export function setLocale(l: Language | null): void {
  locale.value = l ?? systemLanguage();
  // Setting the page's language, even to the same one, makes the browser restyle the whole page.
  if (document.documentElement.lang !== locale.value) document.documentElement.lang = locale.value;
}

/**
 * The text for a key in the current language, with {name} placeholders filled in. A message with
 * plural forms (`one|other`, see core/plural) takes the form for `count`, else for `n` — a number,
 * or a number already formatted for display such as "1,234".
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  let text: string = messages[locale.value][key] ?? en[key] ?? key;
  const n = params.count ?? params.n;
  if (n !== undefined) text = pluralForm(text, typeof n === 'number' ? n : Number(String(n).replace(/[^\d-]/g, '')), locale.value);
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Number formatting for the chosen locale. */
export const numberFormat = computed(() => new Intl.NumberFormat(locale.value === 'de' ? 'de-DE' : 'en-GB'));

export type { MessageKey };
