import { parse } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { PatternParser } from './dates.js';

/** date-fns `parse` for `dateInputFormat`, read in the feed's zone (UTC when unset). */
export const parsePattern: PatternParser = (text, pattern, zone) => parse(text, pattern, new Date(), { in: tz(zone || 'UTC') });
