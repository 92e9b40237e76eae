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

const pluralRules: Record<Language, Intl.PluralRules> = { en: new Intl.PluralRules('en'), de: new Intl.PluralRules('de') };

/**
 * The form of a message for a count: a message with plural forms is written `one|other`
 * ("{n} event|{n} events"), chosen by the language's plural rules for `n` (a number, or a
 * number already formatted for display such as "1,234").
 */
export function pluralForm(text: string, n: string | number | undefined, l: Language = locale.value): string {
  if (!text.includes('|') || n === undefined) return text;
  const count = typeof n === 'number' ? n : Number(String(n).replace(/[^\d-]/g, ''));
  const [one, other] = text.split('|') as [string, string];
  return pluralRules[l].select(count) === 'one' ? one : other;
}

/** The text for a key in the current language (its plural form for `n`), with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = pluralForm(messages[locale.value][key] ?? en[key] ?? key, params.n);
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** Number formatting for the chosen locale. */
export const numberFormat = computed(() => new Intl.NumberFormat(locale.value === 'de' ? 'de-DE' : 'en-GB'));

export type { MessageKey };
