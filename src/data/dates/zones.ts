/**
 * Dates in an IANA zone (`time-zone`): `@date-fns/tz` does the work, registered by
 * ./zone-support.ts. It is its own chunk in the script-tag ES module, loaded only where a
 * `time-zone` is set (fetchFeed and the elements do); `normalizeFeed` registers it up front.
 */
export interface ZoneSupport {
  /** The instant `time`, whose local getters read the wall clock in `zone` (for date-fns formatting). */
  inZone(time: number, zone: string): Date;
  /** The instant that wall clock reads in `zone`; its `getDate()` is the day in `zone`. */
  fromWallClock(fields: [number, number, number, number, number, number, number], zone: string): Date;
}

let support: ZoneSupport | undefined;
let loading: Promise<void> | undefined;

export function registerZoneSupport(zones: ZoneSupport): void {
  support = zones;
}

/** Undefined when zone support is there; else a promise that settles once it is (or failed to load). */
export function loadZoneSupport(): Promise<void> | undefined {
  if (support) return undefined;
  loading ??= import('./zone-support.js').then(() => undefined, () => undefined);
  return loading;
}

/** Zone support, which must have been loaded for a date in a zone. */
export function zones(): ZoneSupport {
  if (!support) throw new Error('news-widgets: time-zone support is not loaded (await loadZoneSupport, or import the package entry).');
  return support;
}
