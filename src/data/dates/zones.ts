import { FirstUse } from '../../first-use.js';

/**
 * Dates in an IANA zone (`time-zone`): `@date-fns/tz` does the work. It loads on first use, only
 * where a `time-zone` is set (fetchFeed and the elements load it); `normalizeFeed` and servers
 * provide it up front.
 */
export interface ZoneSupport {
  /** The instant `time`, whose local getters read the wall clock in `zone` (for date-fns formatting). */
  inZone(time: number, zone: string): Date;
  /** The instant that wall clock reads in `zone`; its `getDate()` is the day in `zone`. */
  fromWallClock(fields: [number, number, number, number, number, number, number], zone: string): Date;
}

/**
 * Loading it also starts Intl off the main thread (./intl-warmup.ts) and waits for that, so that
 * the first date read or shown in a zone does not block the host page; pages without a
 * `time-zone` load neither. Fallback when it fails to load: dates are read and shown in the reader's own zone, as if no
 * `time-zone` were set — an hour or so off beats a blank widget.
 */
export const zoneSupport = new FirstUse<ZoneSupport>(async () => (await import('./zone-support.js')).readyZoneSupport());
