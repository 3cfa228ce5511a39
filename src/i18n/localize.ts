import type { Locale } from 'date-fns';
import { zoneSupport } from '../data/dates/zones.js';
import { KeyedFirstUse } from '../first-use.js';
import { fullFormat, needsWords } from './date-display.js';
import type { Messages } from './messages.js';

export type UiLang = 'ru' | 'kk' | 'en';

/** What one language brings: its UI strings and its date-fns locale. */
export interface Language {
  messages: Messages;
  dateLocale: Locale;
}

/** What an element's dates need: words for relative dates and for patterns with words, zone support for a zone. */
export interface DateNeeds {
  pattern: string;
  relative: boolean;
  timeZone?: string;
}

// Each language loads on first use, so a page pays only for what it shows: the strings always,
// the date words only where dates need them. Fallback when a language fails to load: English's
// strings and date words stand in (loaded in turn), never a broken widget.
const messages = new KeyedFirstUse<UiLang, Messages>((lang) => {
  switch (lang) {
    case 'ru': return import('./ru.js').then((module) => module.ru);
    case 'kk': return import('./kk.js').then((module) => module.kk);
    default: return import('./en.js').then((module) => module.en);
  }
});
const dateLocales = new KeyedFirstUse<UiLang, Locale>((lang) => {
  switch (lang) {
    case 'ru': return import('date-fns/locale/ru').then((module) => module.ru);
    case 'kk': return import('date-fns/locale/kk').then((module) => module.kk);
    default: return import('date-fns/locale/en-US').then((module) => module.enUS);
  }
});

/** `ru-RU` → `ru`; a language we have no strings for falls back to English. */
export function uiLang(tag: string | null | undefined): UiLang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ru' || primary === 'kk' ? primary : 'en';
}

/** The element's `lang`, else its nearest `[lang]` ancestor's (across shadow roots), else `<html lang>`. */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

export function messagesFor(lang: UiLang): Messages {
  // English stands in for a language whose chunk failed to load.
  const found = messages.value(lang) ?? messages.value('en');
  if (!found) throw new Error(`news-widgets: the "${lang}" strings are not loaded yet (await loadLanguage, or import i18n/all-languages.js first).`);
  return found;
}

/** The date words of `lang` once loaded (English's, if its chunk failed); undefined before. */
export function dateLocaleFor(lang: UiLang): Locale | undefined {
  return dateLocales.value(lang) ?? dateLocales.value('en');
}

/** Makes a language available at once, strings and date words (src/i18n/all-languages.ts registers every one). */
export function registerLanguage(lang: UiLang, language: Language): void {
  messages.provide(lang, language.messages);
  dateLocales.provide(lang, language.dateLocale);
}

/** Loads `lang` from `store`, then English's when `lang`'s failed to load. */
function withEnglishFallback<T>(store: KeyedFirstUse<UiLang, T>, lang: UiLang): Promise<void> | undefined {
  const loading = store.load(lang);
  const fallback = () => (store.failed(lang) && lang !== 'en' ? store.load('en') : undefined);
  return loading ? loading.then(fallback) : fallback();
}

/**
 * Undefined when `lang` is ready for `dates` (its strings, and the date words, date-fns `format`
 * and zone support where the dates need them); else a promise that settles once it is.
 */
export function loadLanguage(lang: UiLang, dates?: DateNeeds): Promise<void> | undefined {
  const loads: (Promise<void> | undefined)[] = [];
  loads.push(withEnglishFallback(messages, lang));
  const words = dates !== undefined && needsWords(dates.pattern);
  if (words || dates?.relative) loads.push(withEnglishFallback(dateLocales, lang));
  if (words) loads.push(fullFormat.load());
  if (dates?.timeZone) loads.push(zoneSupport.load());
  const waiting = loads.filter((load) => load !== undefined);
  return waiting.length ? Promise.all(waiting).then(() => undefined) : undefined;
}


/** "A", "A и B", "A, B и C": our own joiner, since Intl.ListFormat has no Kazakh. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
