import { TZDateMini } from '@date-fns/tz';
import { warmIntl } from './intl-warmup.js';
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

/** Zone support once Intl has started, in a worker where the page allows one (./intl-warmup.ts). */
export async function readyZoneSupport(): Promise<ZoneSupport> {
  await warmIntl();
  return tzZoneSupport;
}
