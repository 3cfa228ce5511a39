import { TZDate } from '@date-fns/tz';
import { registerZoneSupport } from './zones.js';

// `@date-fns/tz` for dates in an IANA zone (see ./zones.ts). Side effect only.
registerZoneSupport({
  inZone: (time, zone) => new TZDate(time, zone),
  fromWallClock: ([year, month, day, hour, minute, second, ms], zone) => new TZDate(year, month, day, hour, minute, second, ms, zone),
});
