import { TZDateMini } from '@date-fns/tz';
import type { ZoneSupport } from './zones.js';

/**
 * `@date-fns/tz` for dates in an IANA zone (see ./zones.ts). `TZDateMini`, as the library advises
 * for dates that stay inside: these are only formatted or read back as a time, never shown as a
 * `Date` string (TZDate's string methods are what it adds).
 */
export const tzZoneSupport: ZoneSupport = {
  inZone: (time, zone) => new TZDateMini(time, zone),
  fromWallClock: ([year, month, day, hour, minute, second, ms], zone) => new TZDateMini(year, month, day, hour, minute, second, ms, zone),
};
