import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { en } from './en.js';
import { kk } from './kk.js';
import type { Messages } from './messages.js';
import { ru } from './ru.js';

export type UiLang = 'ru' | 'kk' | 'en';

const MESSAGES: Record<UiLang, Messages> = { ru, kk, en };
// English is date-fns's own default (it is in every build anyway); ru and kk load on demand,
// so a page pays only for the languages it shows.
const dateLocales = new Map<UiLang, Locale>([['en', enUS]]);
const pendingLocales = new Map<UiLang, Promise<void>>();
const LOCALE_LOADERS: Record<Exclude<UiLang, 'en'>, () => Promise<Locale>> = {
  ru: () => import('date-fns/locale/ru').then((module) => module.ru),
  kk: () => import('date-fns/locale/kk').then((module) => module.kk),
};

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
  return MESSAGES[lang];
}

/** The date-fns locale for `lang`, or English while it is still loading. */
export function dateLocaleFor(lang: UiLang): Locale {
  return dateLocales.get(lang) ?? enUS;
}

/** Undefined when `lang`'s date locale is ready; else a promise that settles once it is. */
export function loadDateLocale(lang: UiLang): Promise<void> | undefined {
  if (lang === 'en' || dateLocales.has(lang)) return undefined;
  let pending = pendingLocales.get(lang);
  if (!pending) {
    pending = LOCALE_LOADERS[lang]().then(
      (locale) => void dateLocales.set(lang, locale),
      // A chunk that fails to load leaves English dates, never a broken widget.
      () => void dateLocales.set(lang, enUS),
    );
    pendingLocales.set(lang, pending);
  }
  return pending;
}

/** "A", "A и B", "A, B и C": our own joiner, since Intl.ListFormat has no Kazakh. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
