import type { Locale } from 'date-fns';
import { lightFormatters } from 'date-fns/lightFormat';
import { FirstUse } from '../first-use.js';
import { zoneSupport } from '../data/dates/zones.js';
import { RELATIVE_UNITS } from './relative-units.js';

type Format = typeof import('./full-format.js').format;

export const DEFAULT_DATE_FORMAT = 'dd/MM/yyyy - HH:mm';
const HOUR_MS = 3_600_000;

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

// `lightFormat`'s own reading of a pattern, done once per pattern here rather than once per date.
const LIGHT_FORMAT_TOKENS = /(\w)\1*|''|'(''|[^'])+('|$)|./g;
type LightPiece = string | ((date: Date) => string);
const lightPatterns = new Map<string, LightPiece[]>();

function lightPieces(pattern: string): LightPiece[] {
  return (pattern.match(LIGHT_FORMAT_TOKENS) ?? []).map((token): LightPiece => {
    if (token === "''") return "'";
    if (token[0] === "'") return (/^'([^]*?)'?$/.exec(token)?.[1] ?? token).replace(/''/g, "'");
    const formatter = lightFormatters[token[0] as keyof typeof lightFormatters];
    if (formatter) return (date) => formatter(date, token);
    if (/[a-zA-Z]/.test(token[0])) throw new RangeError(`Format string contains an unescaped latin alphabet character \`${token[0]}\``);
    return token;
  });
}

/** date-fns `lightFormat(date, pattern)`, the same text and the same errors. */
function lightFormat(date: Date, pattern: string): string {
  let pieces = lightPatterns.get(pattern);
  if (!pieces) {
    pieces = lightPieces(pattern);
    if (lightPatterns.size < 100) lightPatterns.set(pattern, pieces);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : piece(date);
  return text;
}

/**
 * date-fns `format` with its locale words, loaded on first use: only for a pattern that needs
 * words (`needsWords`); servers provide it up front (./all-languages.ts). Fallback when it fails
 * to load: such a pattern is shown as the default `dd/MM/yyyy - HH:mm`.
 */
export const fullFormat = new FirstUse<Format>(() => import('./full-format.js').then((module) => module.format));

/** "5 минут назад": the unit picked here, the words from the date-fns locale. */
function relativeTime(age: number, locale: Locale): string {
  const seconds = Math.max(1, Math.floor(age / 1000));
  const [token, size] = RELATIVE_UNITS.find(([, unit]) => seconds >= unit) ?? RELATIVE_UNITS[RELATIVE_UNITS.length - 1];
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
// One map per way of showing dates, keyed by the time: no key to build for every date.
const formatted = new Map<string, Map<number, string>>();
const formattedFor = new WeakMap<DateDisplay, Map<number, string>>();
const MAX_CACHED = 5000;

function formattedDates(display: DateDisplay): Map<number, string> {
  let dates = formattedFor.get(display);
  if (!dates) {
    const key = `${display.pattern}|${display.timeZone ?? ''}|${display.locale?.code ?? ''}`;
    dates = formatted.get(key);
    if (!dates) {
      if (formatted.size >= 10) formatted.clear();
      formatted.set(key, (dates = new Map()));
    }
    formattedFor.set(display, dates);
  }
  return dates;
}

function formatPattern(date: Date, display: DateDisplay): string {
  const dates = formattedDates(display);
  const time = date.getTime();
  let text = dates.get(time);
  if (text === undefined) {
    text = formatWithFallback(date, display);
    if (dates.size >= MAX_CACHED) dates.clear();
    dates.set(time, text);
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
  // Zone support is loaded wherever a zone is set (`loadLanguage`); if it failed to load, the
  // reader's zone (src/data/dates/zones.ts).
  const zones = display.timeZone ? zoneSupport.value : undefined;
  const attempts: [() => Date, string][] = [
    [() => (zones ? zones.inZone(date.getTime(), display.timeZone!) : date), display.pattern || DEFAULT_DATE_FORMAT],
    // A pattern date-fns rejects, or an unknown zone, must not blank the widget.
    [() => date, DEFAULT_DATE_FORMAT],
  ];
  const format = fullFormat.value;
  for (const [shown, pattern] of attempts) {
    try {
      if (!needsWords(pattern)) return lightFormat(shown(), pattern);
      // Words without their chunk (it failed to load) fall back to the default pattern.
      if (format && display.locale) return format(shown(), pattern, { locale: display.locale });
    } catch {
      continue;
    }
  }
  return date.toISOString();
}
