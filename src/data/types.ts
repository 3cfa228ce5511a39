import type { FeedParsers } from './read/parsers.js';

/** A named thing that may link somewhere: an author, a rubric, an outlet, a cited source. */
export interface Link {
  name: string;
  /** Absolute `http:`/`https:` URL; absent when the feed gave none or an unsafe one. */
  url?: string;
}

export interface NewsImage {
  /** Absolute `http:`/`https:` URL. */
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** One news item, as every component sees it: plain text, real dates, safe absolute URLs. */
export interface NewsItem {
  id: string;
  /** Plain text. When the feed gave none, derived from the summary or body (see `titleDerived`). */
  title: string;
  /**
   * The feed gave the item no title (a microblog post, an RSS item with only a description):
   * `title` is the start of its text, cut near 100 characters with "…". Widgets mark such a
   * title with the part name `derived-title` and do not repeat it as the lead.
   */
  titleDerived?: boolean;
  url?: string;
  date?: Date;
  updated?: Date;
  /** BCP 47 language of the item's text, when the feed says. */
  lang?: string;
  author?: Link;
  /** `rubrics[0]` is the item's rubric tag. */
  rubrics: Link[];
  /** Plain text lead. */
  summary?: string;
  /** UNTRUSTED HTML as received; sanitized only where it is rendered. */
  bodyHtml?: string;
  image?: NewsImage;
  /** Who publishes or relays the item. */
  outlet?: Link;
  /** Whom the item cites. */
  cites: Link[];
  /**
   * Which source of a list fed with several (`src` with more than one address) the item came
   * from: its `outlet` when the feed names one, else the feed's title, else the feed's host.
   * Set by the merge; absent on an item of a single feed.
   */
  source?: string;
  /**
   * The id the source gave, when the feed repeated it and `id` was made unique (`shared-7#2`):
   * what a merged list knows the story by.
   */
  sourceId?: string;
}

export interface Feed {
  title?: string;
  homeUrl?: string;
  /** The detected shape (see src/data/read/shapes/index.ts): 'jsonfeed', 'wordpress', 'rss', 'atom', 'newsapi', …, 'generic', 'single', or 'mapped' with items-path; 'merged' for a list fed with several sources. */
  shape: string;
  items: NewsItem[];
  /**
   * The endpoint's answer was not well-formed (or its charset contradicted its bytes) and was
   * read as feed readers read it (see the README's Endpoints section): the outlet should fix it.
   */
  recovered?: boolean;
}

/** Model fields (and sub-fields) that `map` may point at a path within one item. */
export const MAP_FIELDS = [
  'id', 'title', 'url', 'date', 'updated', 'lang',
  'author', 'author.name', 'author.url',
  'rubric', 'rubric.name', 'rubric.url', 'rubrics',
  'summary', 'body',
  'image', 'image.url', 'image.alt', 'image.width', 'image.height',
  'outlet', 'outlet.name', 'outlet.url',
  'cites', 'cites.name', 'cites.url',
] as const;

export type MapField = (typeof MAP_FIELDS)[number];

/** Field → dot path within one item, e.g. `{ "title": "title.rendered" }`. */
export type FieldMap = Partial<Record<MapField, string>>;

export interface NormalizeOptions {
  /** The feed's own URL: relative links and images resolve against it. */
  url?: string;
  /** Dot path to the array of items, e.g. `data.news`. */
  itemsPath?: string;
  /** Field → path mapping, as an object or its JSON text. */
  map?: FieldMap | string;
  /** A date-fns `parse` pattern for the feed's dates, e.g. `dd/MM/yyyy - HH:mm`. */
  dateInputFormat?: string;
  /** IANA zone in which dates without a zone are read (UTC when unset). */
  timeZone?: string;
  /** At most this many items are read (default 1000). */
  maxItems?: number;
  /**
   * How XML and HTML are parsed: the browser's DOM by default (`browserParsers`); on a server,
   * `nodeParsers` from `dist/lib/node/parsers.js`.
   */
  parsers?: FeedParsers;
}
