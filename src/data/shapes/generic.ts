import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import type { Shape } from './shape.js';

/** Field names news CMSes use, most specific first; the seed's CMS speaks this dialect. */
export const FIELD_NAMES = {
  id: ['id', 'guid', 'uuid', 'uid', '_id', 'slug'],
  title: ['title', 'headline', 'heading', 'subject'],
  url: ['url', 'link', 'href', 'permalink', 'canonical_url', 'canonicalUrl', 'web_url', 'webUrl', 'share_url', 'shareUrl'],
  date: ['date', 'published', 'published_at', 'publishedAt', 'date_published', 'datePublished', 'publish_date', 'pubDate', 'pub_date', 'created_at', 'createdAt', 'created', 'datetime', 'time', 'timestamp'],
  updated: ['updated', 'updated_at', 'updatedAt', 'date_modified', 'dateModified', 'modified', 'modified_at', 'lastModified'],
  lang: ['lang', 'language', 'locale'],
  author: ['author', 'authors', 'byline', 'creator', 'writer'],
  rubrics: ['rubric', 'rubrics', 'category', 'categories', 'section', 'sections', 'topic', 'topics', 'tags', 'tag'],
  summary: ['lead', 'summary', 'description', 'excerpt', 'teaser', 'intro', 'subtitle', 'standfirst', 'abstract', 'annotation'],
  body: ['body', 'content', 'content_html', 'html', 'text', 'fulltext', 'full_text'],
  image: ['image', 'image_url', 'imageUrl', 'thumbnail', 'thumbnail_url', 'picture', 'photo', 'cover', 'featured_image', 'featuredImage', 'media'],
  outlet: ['outlet', 'source', 'publisher', 'site'],
  cites: ['cites', 'via', 'citing', 'original_source', 'originalSource', 'sources', 'source_ref'],
} as const satisfies Record<keyof ItemDraft, readonly string[]>;

const ITEM_ARRAY_KEYS = ['items', 'news', 'articles', 'posts', 'entries', 'stories', 'data', 'results', 'list', 'feed'];
const SEARCH_DEPTH = 2;
// An item's own fields (its tags, authors, cited sources) are never the feed's list of items.
const ITEM_FIELD_KEYS: ReadonlySet<string> = new Set(Object.values(FIELD_NAMES).flat());

/** `{ rendered: "…" }`, `{ value: "…" }` and similar one-string wrappers, unwrapped. */
function unwrap(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const inner = pick(value, ['rendered', 'value', 'text', 'html', '_text', '#text']);
  return typeof inner === 'string' ? inner : value;
}

export function looksLikeItem(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof unwrap(pick(value, FIELD_NAMES.title)) === 'string';
}

/** The first array of item-like records in `root`, looking a little way down. */
export function findItemArray(root: unknown, depth = SEARCH_DEPTH): unknown[] | undefined {
  if (Array.isArray(root)) return root.slice(0, 5).some(looksLikeItem) ? root : undefined;
  if (!isRecord(root) || depth === 0) return undefined;
  const keys = [...ITEM_ARRAY_KEYS.filter((key) => Object.hasOwn(root, key)), ...Object.keys(root).filter((key) => !ITEM_FIELD_KEYS.has(key))];
  for (const key of new Set(keys)) {
    const found = findItemArray(root[key], depth - 1);
    if (found) return found;
  }
  return undefined;
}

/** Reads one entry by the common field names. Other shapes start from this too. */
export function draftByFieldNames(entry: unknown): ItemDraft {
  const draft: ItemDraft = {};
  for (const [field, names] of Object.entries(FIELD_NAMES)) {
    const value = pick(entry, names);
    if (value !== undefined) draft[field as keyof ItemDraft] = field === 'rubrics' || field === 'cites' || field === 'author' || field === 'image' || field === 'outlet' ? value : unwrap(value);
  }
  return draft;
}

/** A plain array of items, or an object holding one, with common field names. */
export const generic: Shape = {
  name: 'generic',
  detect: (root) => findItemArray(root) !== undefined,
  read(root) {
    return {
      title: isRecord(root) ? unwrap(pick(root, ['title', 'name'])) : undefined,
      homeUrl: isRecord(root) ? pick(root, ['home_page_url', 'homeUrl', 'link', 'url']) : undefined,
      entries: findItemArray(root) ?? [],
      draft: draftByFieldNames,
    };
  },
};

/** One article object: a one-item feed (single-article endpoints). */
export const single: Shape = {
  name: 'single',
  detect: (root) => looksLikeItem(root) && pick(root, [...FIELD_NAMES.url, ...FIELD_NAMES.date, ...FIELD_NAMES.summary, ...FIELD_NAMES.body]) !== undefined,
  read: (root) => ({ entries: [root], draft: draftByFieldNames }),
};
