import type { FeedParsers } from '../parsers.js';
import type { ItemDraft } from '../trusted-item.js';

/** What a shape found in a response: feed-level facts, the raw entries and how to read one. */
export interface ShapeReading {
  title?: unknown;
  homeUrl?: unknown;
  /** The raw entries, in feed order; `map` paths are looked up inside these. */
  entries: readonly unknown[];
  draft(entry: unknown): ItemDraft;
  /** The drafts' strings are already plain text (a feed the edge wrote): never decoded again. */
  plainText?: boolean;
  /** The response says it was read through recovery (a feed the edge wrote from a broken one). */
  recovered?: boolean;
}

/** What a reader may need besides the response: the platform's parsers and the feed's own URL. */
export interface ReadContext {
  parsers: FeedParsers;
  /** The feed's URL, the base an `xml:base` attribute is resolved against. */
  baseUrl?: string;
}

/**
 * One endpoint shape. `detect` must be cheap and strict enough never to claim another
 * shape's responses; `read` may assume `detect` said yes. The root is parsed JSON, or an
 * `XmlDocument` (src/data/read/parsers.ts) for feeds sent as XML.
 */
export interface Shape {
  name: string;
  detect(root: unknown): boolean;
  read(root: unknown, context: ReadContext): ShapeReading;
}
