import type { Locale } from 'date-fns';
import { format, formatDistanceStrict } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export const DEFAULT_DATE_FORMAT = 'dd/MM/yyyy - HH:mm';
const HOUR_MS = 3_600_000;

export interface DateDisplay {
  locale: Locale;
  /** A date-fns `format` pattern. */
  pattern: string;
  /** IANA zone to show dates in; the reader's own zone when unset. */
  timeZone?: string;
  /** Show "5 минут назад" for dates younger than `relativeMaxAge` hours. */
  relative: boolean;
  relativeMaxAge: number;
  now: number;
}

/** A feed date as the reader sees it: relative while recent, else by pattern, in the display zone. */
export function displayDate(date: Date, display: DateDisplay): string {
  const age = display.now - date.getTime();
  if (display.relative && age >= 0 && age < display.relativeMaxAge * HOUR_MS) {
    return formatDistanceStrict(date, display.now, { addSuffix: true, locale: display.locale, roundingMethod: 'floor' });
  }
  const attempts: [Date, string][] = [
    [display.timeZone ? new TZDate(date.getTime(), display.timeZone) : date, display.pattern || DEFAULT_DATE_FORMAT],
    // A pattern date-fns rejects, or an unknown zone, must not blank the widget.
    [date, DEFAULT_DATE_FORMAT],
  ];
  for (const [shown, pattern] of attempts) {
    try {
      return format(shown, pattern, { locale: display.locale });
    } catch {
      continue;
    }
  }
  return date.toISOString();
}
