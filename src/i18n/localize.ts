import type { Locale } from 'date-fns';
import { loadZoneSupport } from '../data/dates/zones.js';
import { loadFullFormat, needsWords } from './date-display.js';
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

// Each language loads on demand (chunks of their own in the ES module build), so a page pays
// only for what it shows: the strings always, the date words only where dates need them.
const MESSAGE_LOADERS: Record<UiLang, () => Promise<Messages>> = {
  ru: () => import('./ru.js').then((module) => module.ru),
  kk: () => import('./kk.js').then((module) => module.kk),
  en: () => import('./en.js').then((module) => module.en),
};
const DATE_LOCALE_LOADERS: Record<UiLang, () => Promise<Locale>> = {
  ru: () => import('date-fns/locale/ru').then((module) => module.ru),
  kk: () => import('date-fns/locale/kk').then((module) => module.kk),
  en: () => import('date-fns/locale/en-US').then((module) => module.enUS),
};
const messages = new Map<UiLang, Messages>();
const dateLocales = new Map<UiLang, Locale>();
const pending = new Map<string, Promise<void>>();

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
  const found = messages.get(lang) ?? messages.get('en');
  if (!found) throw new Error(`news-widgets: the "${lang}" strings are not loaded yet (await loadLanguage, or import i18n/all-languages.js first).`);
  return found;
}

/** The date words of `lang` once loaded (English's, if its chunk failed); undefined before. */
export function dateLocaleFor(lang: UiLang): Locale | undefined {
  return dateLocales.get(lang) ?? dateLocales.get('en');
}

/** Makes a language available at once, strings and date words (src/i18n/all-languages.ts registers every one). */
export function registerLanguage(lang: UiLang, language: Language): void {
  messages.set(lang, language.messages);
  dateLocales.set(lang, language.dateLocale);
}

/** Runs `load` once per key; a chunk that fails to load is replaced by `fallback` (English), never a broken widget. */
function once<T>(key: string, store: Map<UiLang, T>, lang: UiLang, load: () => Promise<T>, fallback: () => Promise<void> | undefined): Promise<void> {
  let loading = pending.get(key);
  if (!loading) {
    loading = load().then((value) => void store.set(lang, value), () => fallback());
    pending.set(key, loading);
  }
  return loading;
}

/**
 * Undefined when `lang` is ready for `dates` (its strings, and the date words, date-fns `format`
 * and zone support where the dates need them); else a promise that settles once it is.
 */
export function loadLanguage(lang: UiLang, dates?: DateNeeds): Promise<void> | undefined {
  const loads: (Promise<void> | undefined)[] = [];
  if (!messages.has(lang)) loads.push(once(`strings:${lang}`, messages, lang, MESSAGE_LOADERS[lang], () => (lang === 'en' ? undefined : loadLanguage('en'))));
  const words = dates !== undefined && needsWords(dates.pattern);
  if ((words || dates?.relative) && !dateLocales.has(lang)) {
    loads.push(once(`dates:${lang}`, dateLocales, lang, DATE_LOCALE_LOADERS[lang], () => (lang === 'en' ? undefined : loadLanguage('en', dates))));
  }
  if (words) loads.push(loadFullFormat());
  if (dates?.timeZone) loads.push(loadZoneSupport());
  const waiting = loads.filter((load) => load !== undefined);
  return waiting.length ? Promise.all(waiting).then(() => undefined) : undefined;
}


/** "A", "A и B", "A, B и C": our own joiner, since Intl.ListFormat has no Kazakh. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
