import { FirstUse } from '../../first-use.js';
import { FeedError } from '../errors.js';
import { zoneSupport } from './zones.js';

export interface DateReading {
  /** A date-fns `parse` pattern tried first, e.g. `dd/MM/yyyy - HH:mm`. */
  dateInputFormat?: string;
  /** IANA zone for dates written without one; UTC when unset. */
  timeZone?: string;
}

/** Reads `text` by a date-fns `parse` pattern in `zone` (./date-pattern.ts). */
export type PatternParser = (text: string, pattern: string, zone: string | undefined) => Date;

/**
 * date-fns `parse`, large and needed only for `dateInputFormat`: loaded on first use (fetchFeed
 * does), provided up front by `normalizeFeed`. Fallback when it fails to load (or a script left
 * it out): a `config` error that names the scripts which have it.
 */
export const patternParser = new FirstUse<PatternParser>(() => import('./date-pattern.js').then((module) => module.parsePattern));

/** Makes `dateInputFormat` readable: loads date-fns `parse`, or throws a `config` FeedError saying which script has it. */
export async function loadPatternParser(): Promise<void> {
  await patternParser.load();
  if (!patternParser.value) {
    // dist/news-latest-list.iife.js leaves the parser out; a chunk can also fail to load.
    throw new FeedError('config', 'date-input-format needs the date pattern parser, which this script does not have: use dist/news-widgets.iife.js or dist/news-widgets.js, or leave date-input-format out (ISO 8601, RFC 2822, "dd/MM/yyyy - HH:mm" and unix times are read without it).');
  }
}

// Day-first layouts Russian and Kazakh CMSes print, as on the seed page ("21/01/2026 - 18:21").
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*[-,]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// RFC 2822 as feeds write it: full day and month names, no seconds, "+05:00", or no time at all.
const RFC_2822 = /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;
// Month first, as JavaScript's Date#toString prints it: "Wed Jan 21 2026 18:21:00 GMT+0500 (…)".
const MONTH_FIRST = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:(?:GMT|UTC)?([+-]\d{2}:?\d{2})|([a-z]{1,5}))?(?:\s*\([^()]*\))?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  wet: 0, west: 60, met: 60, mest: 120, hkt: 480, sgt: 480, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};
// Placeholders some CMSes write for "no date": the epoch's first day and year zero.
const EPOCH_DAY_MS = 86_400_000;
const LATEST_YEAR = 9999;

/** Throws a `config` error unless `zone` is an IANA zone this browser knows. */
export function assertTimeZone(zone: string | undefined): void {
  if (!zone) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new FeedError('config', `time-zone "${zone}" is not an IANA time zone such as "Asia/Almaty" or "Europe/Moscow".`);
  }
}

function plausible(date: Date): Date | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  if (time >= 0 && time < EPOCH_DAY_MS) return undefined;
  const year = date.getUTCFullYear();
  return year < 1 || year > LATEST_YEAR ? undefined : new Date(time);
}

/** Wall-clock fields read in `zone` (UTC when unset). */
function fromWallClock(fields: number[], zone: string | undefined): Date | undefined {
  const [year, month, day, hour = 0, minute = 0, second = 0, ms = 0] = fields;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  // "1970-01-01" is a placeholder in any zone, not a date east of UTC on the day before.
  if (year === 1970 && month === 1 && day === 1) return undefined;
  const zones = zoneSupport.value;
  // A zone whose support failed to load: the wall clock is read in the reader's own zone (./zones.ts).
  const date = !zone
    ? new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms))
    : zones
      ? zones.fromWallClock([year, month - 1, day, hour, minute, second, ms], zone)
      : new Date(year, month - 1, day, hour, minute, second, ms);
  // Reject roll-overs such as 31 February.
  if ((zone ? date.getDate() : date.getUTCDate()) !== day) return undefined;
  return plausible(date);
}

function offsetMinutes(zone: string): number | undefined {
  if (/^[+-]/.test(zone)) {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
    return zone[0] === '-' ? -minutes : minutes;
  }
  const named = zone.toLowerCase();
  return Object.hasOwn(NAMED_ZONES, named) ? NAMED_ZONES[named] : undefined;
}

function withOffset(fields: number[], offset: number): Date | undefined {
  const utc = fromWallClock(fields, undefined);
  return utc && plausible(new Date(utc.getTime() - offset * 60_000));
}

function fromIso(match: RegExpMatchArray, zone: string | undefined): Date | undefined {
  const fraction = match[7] ? Number(match[7].slice(0, 3).padEnd(3, '0')) : 0;
  const fields = [1, 2, 3, 4, 5, 6].map((index) => Number(match[index] ?? 0)).concat(fraction);
  const offset = match[8] ? offsetMinutes(match[8]) : undefined;
  return offset === undefined ? fromWallClock(fields, zone) : withOffset(fields, offset);
}

function fromNamedMonth(day: string, monthName: string, yearText: string, time: (string | undefined)[], zoneText: string | undefined, zone: string | undefined): Date | undefined {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (!month || (yearText.length !== 2 && yearText.length !== 4)) return undefined;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const fields = [year, month, Number(day), ...time.map((part) => Number(part ?? 0))];
  // A zone name we do not know is read as if there were none: a date slightly off beats no date.
  const offset = zoneText === undefined ? undefined : offsetMinutes(zoneText);
  return offset === undefined ? fromWallClock(fields, zone) : withOffset(fields, offset);
}

function fromRfc2822(match: RegExpMatchArray, zone: string | undefined): Date | undefined {
  return fromNamedMonth(match[1], match[2], match[3], [match[4], match[5], match[6]], match[7], zone);
}

function fromMonthFirst(match: RegExpMatchArray, zone: string | undefined): Date | undefined {
  return fromNamedMonth(match[2], match[1], match[3], [match[4], match[5], match[6]], match[7] ?? match[8], zone);
}

function fromEpoch(value: number): Date | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  // Below 1e11 a number is seconds (1e11 s is the year 5138); above, milliseconds.
  return plausible(new Date(value < 1e11 ? value * 1000 : value));
}

function fromDayFirst(match: RegExpMatchArray, zone: string | undefined): Date | undefined {
  const [, day, month, year, hour = '0', minute = '0', second = '0'] = match;
  return fromWallClock([year, month, day, hour, minute, second].map(Number), zone);
}

/**
 * Reads a feed's date: ISO 8601 (with or without zone), RFC 2822 (named zones too, and the
 * looser forms feeds write), JavaScript's `Date#toString`, unix seconds or milliseconds,
 * `dateInputFormat`, or day-first `dd/MM/yyyy - HH:mm` / `dd.MM.yyyy HH:mm`. Dates without a
 * zone are read in `timeZone`. Anything unreadable, and placeholders such as 1970-01-01, give undefined.
 */
export function parseDate(value: unknown, reading: DateReading = {}): Date | undefined {
  const { dateInputFormat, timeZone } = reading;
  if (value instanceof Date) return plausible(value);
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > 100) return undefined;
  if (dateInputFormat) {
    const parse = patternParser.value;
    if (!parse) throw new FeedError('config', 'date-input-format needs the date pattern parser: await loadPatternParser() first (normalizeFeed and the package entry\'s parseDate have it).');
    const parsed = plausible(parse(text, dateInputFormat, timeZone));
    if (parsed) return parsed;
  }
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  const iso = text.match(ISO);
  if (iso) return fromIso(iso, timeZone);
  const rfc = text.match(RFC_2822);
  if (rfc) return fromRfc2822(rfc, timeZone);
  const monthFirst = text.match(MONTH_FIRST);
  if (monthFirst) return fromMonthFirst(monthFirst, timeZone);
  const dayFirst = text.match(DAY_FIRST);
  return dayFirst ? fromDayFirst(dayFirst, timeZone) : undefined;
}
