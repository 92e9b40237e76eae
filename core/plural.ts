/**
 * Plural forms for English and German, written once: a message with forms is `one|other`
 * ("{n} event|{n} events", "{n} Ereignis|{n} Ereignisse") and the language's plural rules choose.
 * The renderer's `t()`, the journal's labels, the briefing and the CLI all go through here, so no
 * text anywhere says "1 sources".
 */
import type { Language } from './domain';

const RULES: Record<Language, Intl.PluralRules> = { en: new Intl.PluralRules('en'), de: new Intl.PluralRules('de') };

/** The form of `text` for the count `n`: the part before `|` for one, after it for other; text without `|` as is. */
export function pluralForm(text: string, n: number, locale: Language = 'en'): string {
  const bar = text.indexOf('|');
  if (bar < 0) return text;
  return RULES[locale].select(n) === 'one' ? text.slice(0, bar) : text.slice(bar + 1);
}

/** A count with its noun: `countLabel(1, '{n} source|{n} sources')` → "1 source"; `{n}` may be pre-formatted. */
export function countLabel(n: number, forms: string, locale: Language = 'en', shown: string = String(n)): string {
  return pluralForm(forms, n, locale).replace(/\{n\}/g, shown);
}
