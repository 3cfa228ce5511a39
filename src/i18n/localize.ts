import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { kk as kkDates } from 'date-fns/locale/kk';
import { ru as ruDates } from 'date-fns/locale/ru';
import { en } from './en.js';
import { kk } from './kk.js';
import type { Messages } from './messages.js';
import { ru } from './ru.js';

export type UiLang = 'ru' | 'kk' | 'en';

const MESSAGES: Record<UiLang, Messages> = { ru, kk, en };
const DATE_LOCALES: Record<UiLang, Locale> = { ru: ruDates, kk: kkDates, en: enUS };

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

export function dateLocaleFor(lang: UiLang): Locale {
  return DATE_LOCALES[lang];
}

/** "A", "A и B", "A, B и C": our own joiner, since Intl.ListFormat has no Kazakh. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
