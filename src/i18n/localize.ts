import type { Locale } from 'date-fns';
import type { Messages } from './messages.js';

export type UiLang = 'ru' | 'kk' | 'en';

/** What one language brings: its UI strings and its date-fns locale. */
export interface Language {
  messages: Messages;
  dateLocale: Locale;
}

// Each language loads on demand, strings and date locale together (one chunk in the ES module
// build), so a page pays only for the languages it shows.
const LOADERS: Record<UiLang, () => Promise<Language>> = {
  ru: () => import('./language-ru.js'),
  kk: () => import('./language-kk.js'),
  en: () => import('./language-en.js'),
};
const languages = new Map<UiLang, Language>();
const pending = new Map<UiLang, Promise<void>>();

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

/** The language `lang` shows in: itself once loaded, else English (its chunk failed to load). */
function languageFor(lang: UiLang): Language {
  const language = languages.get(lang) ?? languages.get('en');
  if (!language) throw new Error(`news-widgets: the "${lang}" strings are not loaded yet (await loadLanguage, or import i18n/all-languages.js first).`);
  return language;
}

export function messagesFor(lang: UiLang): Messages {
  return languageFor(lang).messages;
}

export function dateLocaleFor(lang: UiLang): Locale {
  return languageFor(lang).dateLocale;
}

/** Makes a language available at once (src/i18n/all-languages.ts registers every one). */
export function registerLanguage(lang: UiLang, language: Language): void {
  languages.set(lang, language);
}

/**
 * Undefined when `lang` is ready; else a promise that settles once it is. A chunk that fails
 * to load leaves English, never a broken widget.
 */
export function loadLanguage(lang: UiLang): Promise<void> | undefined {
  if (languages.has(lang)) return undefined;
  let loading = pending.get(lang);
  if (!loading) {
    loading = LOADERS[lang]().then(
      (language) => void languages.set(lang, language),
      () => (lang === 'en' ? undefined : loadLanguage('en')),
    );
    pending.set(lang, loading);
  }
  return loading;
}

/** The name `LangController` knows `loadLanguage` by: the date locale now comes with the strings. */
export const loadDateLocale = loadLanguage;

/** "A", "A и B", "A, B и C": our own joiner, since Intl.ListFormat has no Kazakh. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
