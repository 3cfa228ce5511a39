import { assertTimeZone } from '../dates/dates.js';
import { trustItem, type TrustContext, type ItemDraft } from './trusted-item.js';
import { FeedError } from '../errors.js';
import { getAt, isRecord, parsePath, pick } from './paths.js';
import type { ReadContext, Shape, ShapeReading } from './shapes/shape.js';
import { isRecovered, parseText, type Recovery } from './parse.js';
import { browserParsers, type FeedParsers } from './parsers.js';
import { plainText, toText } from './text.js';
import { safeUrl } from '../urls.js';
import { MAP_FIELDS, type Feed, type MapField, type NewsItem, type NormalizeOptions } from '../types.js';

// What normalizeFeed does around the shape readers, shared by its two callers: normalizeFeed
// itself (every reader at hand, synchronous) and readFeed (each reader loaded when detected).

const DEFAULT_MAX_ITEMS = 1000;
const MAP_HELP = `Tell the widget where the items are with items-path (e.g. items-path="data.news") and, if the field names are unusual, map them: map='{"title":"headline.text","url":"links.web","date":"meta.published"}'. Mappable fields: ${MAP_FIELDS.join(', ')}.`;

type ParsedMap = [MapField, string[]][];

function parseMap(map: NormalizeOptions['map']): ParsedMap {
  if (map === undefined || map === '') return [];
  let object: unknown = map;
  if (typeof map === 'string') {
    try {
      object = JSON.parse(map);
    } catch (cause) {
      throw new FeedError('config', `map is not valid JSON. ${MAP_HELP}`, { cause });
    }
  }
  if (!isRecord(object)) throw new FeedError('config', `map must be a JSON object of field → path. ${MAP_HELP}`);
  return Object.keys(object).map((field) => {
    const path = object[field];
    if (!(MAP_FIELDS as readonly string[]).includes(field)) throw new FeedError('config', `map names an unknown field "${field}". ${MAP_HELP}`);
    if (typeof path !== 'string') throw new FeedError('config', `map's "${field}" must be a dot path string. ${MAP_HELP}`);
    return [field as MapField, parsePath(path)];
  });
}

/** Overrides a draft's fields with the mapped ones; `author.url` and the like build objects. */
function applyMap(draft: ItemDraft, entry: unknown, map: ParsedMap): ItemDraft {
  const mapped: ItemDraft = { ...draft };
  const parts: Record<string, Record<string, unknown>> = {};
  for (const [field, path] of map) {
    const value = getAt(entry, path);
    if (value === undefined) continue;
    const [key, sub] = field.split('.') as [string, string | undefined];
    const target = key === 'rubric' ? 'rubrics' : key;
    if (sub) (parts[target] ??= {})[sub] = value;
    else (mapped as Record<string, unknown>)[target] = value;
  }
  for (const [target, fields] of Object.entries(parts)) {
    const existing = (mapped as Record<string, unknown>)[target];
    const base = isRecord(existing) ? existing : typeof existing === 'string' ? { name: existing } : {};
    (mapped as Record<string, unknown>)[target] = { ...base, ...fields };
  }
  return mapped;
}

/** APIs that answer 200 with `{"status":"error","message":"…"}` instead of items. */
function apiErrorMessage(root: unknown, parsers: FeedParsers): string | undefined {
  if (!isRecord(root)) return undefined;
  // The Guardian wraps its errors: {"response":{"status":"error","message":"…"}}.
  if (isRecord(root.response) && root.response.status === 'error') return apiErrorMessage(root.response, parsers);
  const failed = root.status === 'error' || root.ok === false || root.success === false || isRecord(root.error) || typeof root.error === 'string';
  if (!failed) return undefined;
  const detail = pick(root, ['message', 'error_message', 'error']);
  return toText(isRecord(detail) ? pick(detail, ['message', 'code']) : detail, 300, parsers) ?? 'no message';
}

/** Makes ids unique within the feed: duplicates get a `#2`, `#3` suffix. */
function uniqueId(id: string, seen: Map<string, number>): string {
  const count = (seen.get(id) ?? 0) + 1;
  seen.set(id, count);
  return count === 1 ? id : `${id}#${count}`;
}

/** A response parsed and the options checked: everything but the shape that reads it. */
export interface PreparedFeed {
  root: unknown;
  options: NormalizeOptions;
  map: ParsedMap;
  context: ReadContext;
}

/**
 * Checks the options and parses text (through `recover` where strict parsing fails); throws
 * `config` and `parse` errors before any reader is needed.
 */
export function prepareFeed(input: unknown, options: NormalizeOptions, recover?: Recovery): PreparedFeed {
  assertTimeZone(options.timeZone);
  const map = parseMap(options.map);
  const parsers = options.parsers ?? browserParsers;
  const root = typeof input === 'string' ? parseText(input, parsers, recover) : input;
  return { root, options, map, context: { parsers, baseUrl: safeUrl(options.url) } };
}

/**
 * The feed, read by `shape` (the one detected), or for `itemsPath` by field names. Throws a
 * `shape` error when no shape was detected, passing on an API's own error message.
 */
export function buildFeed(prepared: PreparedFeed, shape: Shape | undefined, draftByFieldNames: (entry: unknown) => ItemDraft): Feed {
  const { root, options, map, context } = prepared;
  const { parsers, baseUrl } = context;
  let name: string;
  let reading: ShapeReading;
  if (options.itemsPath) {
    const found = getAt(root, parsePath(options.itemsPath));
    if (!Array.isArray(found) && !isRecord(found)) {
      throw new FeedError('config', `items-path "${options.itemsPath}" finds no list of items in the response. ${MAP_HELP}`);
    }
    name = 'mapped';
    reading = { entries: Array.isArray(found) ? found : [found], draft: draftByFieldNames };
  } else if (shape) {
    name = shape.name;
    try {
      reading = shape.read(root, context);
    } catch (cause) {
      // Detected, yet with fields of types no reader expects: no feed in it.
      throw new FeedError('shape', `The response looks like ${shape.name} but its fields are not what ${shape.name} sends. ${MAP_HELP}`, { cause });
    }
  } else {
    const apiError = apiErrorMessage(root, parsers);
    if (apiError) throw new FeedError('shape', `The endpoint answered with an error instead of items: ${apiError}`);
    throw new FeedError('shape', `The response is not a feed shape the widget knows (JSON Feed, WordPress, RSS, Atom, a news API it detects, or a list of items with titles). ${MAP_HELP}`);
  }
  const trust: TrustContext = { baseUrl, dateInputFormat: options.dateInputFormat, timeZone: options.timeZone, plainText: reading.plainText, parsers };
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;

  const items: NewsItem[] = [];
  const seen = new Map<string, number>();
  for (const entry of reading.entries) {
    if (items.length >= maxItems) break;
    let draft: ItemDraft;
    try {
      draft = reading.draft(entry);
    } catch {
      // An entry whose fields have types no reader expects is dropped, like any bad item.
      continue;
    }
    const item = trustItem(map.length ? applyMap(draft, entry, map) : draft, trust);
    if (!item) continue;
    const id = uniqueId(item.id, seen);
    if (id !== item.id) [item.sourceId, item.id] = [item.id, id];
    items.push(item);
  }

  const feed: Feed = { shape: name, items };
  const title = reading.plainText ? plainText(reading.title, 300) : toText(reading.title, 300, parsers);
  const homeUrl = safeUrl(reading.homeUrl, baseUrl);
  if (title) feed.title = title;
  if (homeUrl) feed.homeUrl = homeUrl;
  if (reading.recovered || isRecovered(root)) feed.recovered = true;
  return feed;
}
