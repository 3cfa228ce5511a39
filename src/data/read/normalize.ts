import { parsePattern } from '../dates/date-pattern.js';
import { parseDate as parseDateLoaded, patternParser, type DateReading } from '../dates/dates.js';
import { zoneSupport } from '../dates/zones.js';
import { tzZoneSupport } from '../dates/zone-support.js';
import type { Feed, NormalizeOptions } from '../types.js';
import { buildFeed, prepareFeed } from './build-feed.js';
import { recoverText } from './recover.js';
import { draftByFieldNames } from './shapes/generic.js';
import { SHAPES } from './shapes/index.js';

/** Everything dates may need, at hand: what makes this entry synchronous and complete. */
function provideDateSupport(): void {
  patternParser.provide(parsePattern);
  zoneSupport.provide(tzZoneSupport);
}

/**
 * Reads any supported response (parsed JSON, an XML document, or JSON/XML text) into a `Feed`.
 * Pure: the same input and options give the same feed. Throws `FeedError` of kind
 * `parse`, `shape` or `config`; bad fields inside items are dropped quietly. Text that is not
 * well-formed is read as feed readers read it (./recover.ts), the feed marked `recovered`. With
 * `options.parsers` (e.g. `nodeParsers`) it runs without a browser DOM. Synchronous, with every
 * shape's reader at hand; `readFeed` (./read-feed.ts) is the same, loading one reader.
 */
export function normalizeFeed(input: unknown, options: NormalizeOptions = {}): Feed {
  return readNormalized(input, options).feed;
}

/** `normalizeFeed`, with the parsed document it read (for the edge's update hints, ./read-with-hints.ts). */
export function readNormalized(input: unknown, options: NormalizeOptions): { feed: Feed; root: unknown } {
  provideDateSupport();
  const prepared = prepareFeed(input, options, recoverText);
  const shape = options.itemsPath ? undefined : SHAPES.find((candidate) => candidate.detect(prepared.root));
  return { feed: buildFeed(prepared, shape, draftByFieldNames), root: prepared.root };
}

/**
 * Reads a feed's date: ISO 8601 (with or without zone), RFC 2822 (named zones too, and the
 * looser forms feeds write), JavaScript's `Date#toString`, unix seconds or milliseconds,
 * `dateInputFormat`, or day-first `dd/MM/yyyy - HH:mm` / `dd.MM.yyyy HH:mm`. Dates without a
 * zone are read in `timeZone`. Anything unreadable, and placeholders such as 1970-01-01, give undefined.
 */
export function parseDate(value: unknown, reading: DateReading = {}): Date | undefined {
  provideDateSupport();
  return parseDateLoaded(value, reading);
}
