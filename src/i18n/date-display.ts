import type { Locale } from 'date-fns';
import { lightFormat } from 'date-fns/lightFormat';
import { zones } from '../data/zones.js';

type Format = typeof import('./full-format.js').format;

export const DEFAULT_DATE_FORMAT = 'dd/MM/yyyy - HH:mm';
const HOUR_MS = 3_600_000;
// Largest unit first: [date-fns formatDistance token, seconds in one].
const UNITS: [string, number][] = [
  ['xYears', 365 * 86_400],
  ['xMonths', 30 * 86_400],
  ['xDays', 86_400],
  ['xHours', 3_600],
  ['xMinutes', 60],
  ['xSeconds', 1],
];

// Tokens `lightFormat` writes exactly as `format` does (both use date-fns's light formatters):
// numbers only, no words, no ordinals. Any other letter outside quotes needs `format` and a locale.
const TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
const LIGHT_TOKEN = /^(?:y+|M{1,2}|d{1,2}|H{1,2}|h{1,2}|m{1,2}|s{1,2}|S+)$/;

// Asked for every date rendered: each pattern is read once.
const wordsByPattern = new Map<string, boolean>();

/** Whether `pattern` needs date-fns `format` and the locale's words, rather than `lightFormat`. */
export function needsWords(pattern: string): boolean {
  let words = wordsByPattern.get(pattern);
  if (words === undefined) {
    words = (pattern.match(TOKENS) ?? []).some((token) => /^[a-zA-Z]/.test(token) && !LIGHT_TOKEN.test(token));
    if (wordsByPattern.size < 100) wordsByPattern.set(pattern, words);
  }
  return words;
}

let fullFormat: Format | undefined;
let fullFormatLoad: Promise<void> | undefined;

/** Makes date-fns `format` available at once (src/i18n/all-languages.ts does, for servers). */
export function registerFullFormat(format: Format): void {
  fullFormat = format;
}

/** Undefined when date-fns `format` is there; else a promise that settles once it is (or failed to load). */
export function loadFullFormat(): Promise<void> | undefined {
  if (fullFormat) return undefined;
  fullFormatLoad ??= import('./full-format.js').then((module) => registerFullFormat(module.format), () => {});
  return fullFormatLoad;
}

/** "5 минут назад": the unit picked here, the words from the date-fns locale. */
function relativeTime(age: number, locale: Locale): string {
  const seconds = Math.max(1, Math.floor(age / 1000));
  const [token, size] = UNITS.find(([, unit]) => seconds >= unit) ?? UNITS[UNITS.length - 1];
  const count = Math.floor(seconds / size);
  return locale.formatDistance!(token as Parameters<NonNullable<Locale['formatDistance']>>[0], count, { addSuffix: true, comparison: -1 });
}

export interface DateDisplay {
  /** The page language's date words: needed for relative dates and for patterns with words (`needsWords`). */
  locale?: Locale;
  /** A date-fns `format` pattern. */
  pattern: string;
  /** IANA zone to show dates in; the reader's own zone when unset. */
  timeZone?: string;
  /** Show "5 минут назад" for dates younger than `relativeMaxAge` hours. */
  relative: boolean;
  relativeMaxAge: number;
  now: number;
}

// Formatted pattern dates, reused across renders and widgets: a 1,000-item list re-renders often.
const formatted = new Map<string, string>();
const MAX_CACHED = 5000;

function formatPattern(date: Date, display: DateDisplay): string {
  const key = `${date.getTime()}|${display.pattern}|${display.timeZone ?? ''}|${display.locale?.code ?? ''}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatWithFallback(date, display);
    if (formatted.size >= MAX_CACHED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** A feed date as the reader sees it: relative while recent, else by pattern, in the display zone. */
export function displayDate(date: Date, display: DateDisplay): string {
  const age = display.now - date.getTime();
  if (display.relative && display.locale && age >= 0 && age < display.relativeMaxAge * HOUR_MS) {
    return relativeTime(age, display.locale);
  }
  return formatPattern(date, display);
}

function formatWithFallback(date: Date, display: DateDisplay): string {
  const attempts: [Date, string][] = [
    // Zone support is loaded wherever a zone is set (`loadLanguage`); if it failed to load, the reader's zone.
    [display.timeZone ? zones().inZone(date.getTime(), display.timeZone) : date, display.pattern || DEFAULT_DATE_FORMAT],
    // A pattern date-fns rejects, or an unknown zone, must not blank the widget.
    [date, DEFAULT_DATE_FORMAT],
  ];
  for (const [shown, pattern] of attempts) {
    try {
      if (!needsWords(pattern)) return lightFormat(shown, pattern);
      // Words without their chunk (it failed to load) fall back to the default pattern.
      if (fullFormat && display.locale) return fullFormat(shown, pattern, { locale: display.locale });
    } catch {
      continue;
    }
  }
  return date.toISOString();
}
