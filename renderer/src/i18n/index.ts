/** UI language: follows the system, switchable in the app (saved in the project settings). */
import { computed, ref } from 'vue';
import type { Language } from '../../../core/api';
import { de } from './de';
import { en, type MessageKey } from './en';

const messages: Record<Language, Record<MessageKey, string>> = { en, de };

export function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const locale = ref<Language>(systemLanguage());

export function setLocale(l: Language | null): void {
  locale.value = l ?? systemLanguage();
  document.documentElement.lang = locale.value;
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = messages[locale.value][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Number formatting for the chosen locale. */
export const numberFormat = computed(() => new Intl.NumberFormat(locale.value === 'de' ? 'de-DE' : 'en-GB'));

export type { MessageKey };
