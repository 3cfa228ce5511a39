import { TZDate } from '@date-fns/tz';
import type { ZoneSupport } from './zones.js';

/** `@date-fns/tz` for dates in an IANA zone (see ./zones.ts). */
export const tzZoneSupport: ZoneSupport = {
  inZone: (time, zone) => new TZDate(time, zone),
  fromWallClock: ([year, month, day, hour, minute, second, ms], zone) => new TZDate(year, month, day, hour, minute, second, ms, zone),
};
