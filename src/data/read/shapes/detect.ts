import { get, isRecord } from '../paths.js';
import type { XmlDocument, XmlElement } from '../parsers.js';

// The cheap half of every specific shape: whether a response is that shape, decided without its
// reader, so the ES module build loads only the reader a feed needs (./table.ts).
// Each shape module uses its detector from here; `generic` and `single` guess by field names and
// keep their own detectors beside their readers.

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** Atom 0.3 (`purl.org/atom/ns#`), still served by old blog platforms, and the drafts before it. */
export const ATOM_03_NS = ['http://purl.org/atom/ns#', 'http://purl.org/echo/', 'http://purl.org/pie/', 'http://example.com/newformat#', 'http://example.com/necho'];
/** The feed edge's JSON Feed extension (src/data/feeds/json-feed.ts). */
export const NEWS_WIDGETS_EXTENSION = '_news_widgets';

/** Whether `root` is a parsed XML document (parsed JSON never holds the functions a DOM has). */
export function isXmlDocument(root: unknown): root is XmlDocument & { documentElement: XmlElement } {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return false;
  const element = (root as { documentElement?: unknown }).documentElement;
  return element !== null && typeof element === 'object' && typeof (element as XmlElement).getAttributeNS === 'function';
}

export function isRss(root: unknown): boolean {
  if (!isXmlDocument(root)) return false;
  const name = root.documentElement.localName;
  return name === 'rss' || name === 'RDF';
}

export function isAtom(root: unknown): boolean {
  if (!isXmlDocument(root)) return false;
  const element = root.documentElement;
  const ns = element.namespaceURI ?? null;
  if (element.localName === 'entry') return ns === ATOM_NS;
  if (element.localName !== 'feed') return false;
  // An un-namespaced <feed version="0.3"> is how the earliest Atom feeds were written.
  return ns === ATOM_NS || (ns !== null && ATOM_03_NS.includes(ns)) || (ns === null && /^0\./.test(element.getAttribute('version') ?? ''));
}

export function isJsonFeed(root: unknown): boolean {
  return isRecord(root) && typeof root.version === 'string' && root.version.includes('jsonfeed.org/version/') && Array.isArray(root.items);
}

export function isNewsWidgetsFeed(root: unknown): boolean {
  return isJsonFeed(root) && isRecord((root as Record<string, unknown>)[NEWS_WIDGETS_EXTENSION]);
}

function isWordPressPost(value: unknown): boolean {
  return isRecord(value) && typeof get(value, 'title.rendered') === 'string' && (typeof value.date_gmt === 'string' || typeof get(value, 'guid.rendered') === 'string');
}

export function isWordPress(root: unknown): boolean {
  return Array.isArray(root) ? isWordPressPost(root[0]) : isWordPressPost(root);
}

/** NewsAPI errors (`status: "error"`) are not claimed. */
export function isNewsApi(root: unknown): boolean {
  return isRecord(root) && root.status === 'ok' && typeof root.totalResults === 'number' && Array.isArray(root.articles);
}

export function isGuardian(root: unknown): boolean {
  return isRecord(root) && get(root, 'response.status') === 'ok' && Array.isArray(get(root, 'response.results'));
}

export function isNyt(root: unknown): boolean {
  return isRecord(root) && root.status === 'OK' && typeof root.copyright === 'string' && typeof root.num_results === 'number' && Array.isArray(root.results);
}

function isHackerNewsHit(value: unknown): boolean {
  return isRecord(value) && typeof value.objectID === 'string' && typeof value.created_at_i === 'number';
}

export function isHackerNews(root: unknown): boolean {
  return isRecord(root) && typeof root.nbHits === 'number' && Array.isArray(root.hits) && (root.hits.length === 0 || root.hits.some(isHackerNewsHit));
}

export function isReddit(root: unknown): boolean {
  return isRecord(root) && root.kind === 'Listing' && Array.isArray(get(root, 'data.children'));
}

export function isRss2Json(root: unknown): boolean {
  return isRecord(root) && root.status === 'ok' && isRecord(root.feed) && Array.isArray(root.items);
}

export function isGhost(root: unknown): root is { posts: unknown[] } {
  if (!isRecord(root) || !Array.isArray(root.posts) || !isRecord(get(root, 'meta.pagination'))) return false;
  const [first] = root.posts;
  return first === undefined || (isRecord(first) && typeof first.slug === 'string' && typeof first.title === 'string');
}

export function isDrupalResource(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.type === 'string' && value.type.includes('--') && typeof value.id === 'string' && isRecord(value.attributes);
}

export function isDrupal(root: unknown): boolean {
  if (!isRecord(root)) return false;
  const data = root.data;
  return Array.isArray(data) ? (data.length === 0 ? isRecord(root.jsonapi) : isDrupalResource(data[0])) : isDrupalResource(data);
}

function isStrapiEntry(value: unknown): boolean {
  return isRecord(value) && (typeof value.documentId === 'string' || (typeof value.id === 'number' && isRecord(value.attributes) && !Object.hasOwn(value, 'type')));
}

export function isStrapi(root: unknown): boolean {
  if (!isRecord(root) || !isRecord(root.meta)) return false;
  const data = root.data;
  if (Array.isArray(data)) return data.length === 0 ? isRecord(root.meta.pagination) && !Object.hasOwn(root, 'jsonapi') : isStrapiEntry(data[0]);
  return isStrapiEntry(data);
}

export function isContentful(root: unknown): boolean {
  return isRecord(root) && get(root, 'sys.type') === 'Array' && Array.isArray(root.items) && (root.items.length === 0 || get(root.items[0], 'sys.type') === 'Entry');
}
