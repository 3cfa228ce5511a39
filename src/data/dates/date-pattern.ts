import { parse } from 'date-fns';
import { TZDateMini } from '@date-fns/tz';
import type { PatternParser } from './dates.js';

/**
 * date-fns `parse` for `dateInputFormat`, read in the feed's zone (UTC when unset): `tz(zone)`
 * with `TZDateMini` (./zone-support.ts), since the caller keeps only the time.
 */
export const parsePattern: PatternParser = (text, pattern, zone) =>
  parse(text, pattern, new Date(), { in: (value) => new TZDateMini(+new Date(value), zone || 'UTC') });
