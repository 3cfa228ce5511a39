import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord, pick } from '../paths.js';
import { textToHtml } from '../text.js';
import type { Shape } from './shape.js';

type Field = Exclude<keyof ItemDraft, 'titleDerived' | 'source' | 'sourceId'>;

/** Field names news CMSes use, most specific first; the seed's CMS speaks this dialect. */
const FIELD_NAMES = {
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
} as const satisfies Record<Field, readonly string[]>;

const DATE_SUFFIX = '(?:at|on|date|time|datetime|timestamp|gmt|utc|iso|ts)';
/** A plain-text body (`content_text`, `bodyText`): escaped into paragraphs, never read as HTML. */
const TEXT_BODY = /^(?:body|content|contents|fulltext|article|articlebody|story|post|entry|main|plain)(?:text|plain|plaintext|markdown)$/;

/**
 * Field names matched loosely, when no exact name is there: over the name lower-cased with
 * `_`, `-` and spaces removed, so `body_html`, `bodyHtml` and `BodyHTML` are all `bodyhtml`.
 * Patterns are in order of preference: for the body, HTML variants before text ones.
 */
const LOOSE_NAMES: Record<Field, readonly RegExp[]> = {
  id: [/^(?:id|guid|uuid|uid|(?:item|article|post|story|news)id)$/],
  // Titles are matched only by case and separators: "heading_text" could be anything.
  title: [/^(?:title|headline|heading)$/],
  url: [/^(?:url|link|href|permalink|uri)$/, /^(?:canonical|web|share|article|story|post|item|news|page|public|external|perma|full)(?:url|link|href|uri)$/],
  date: [
    new RegExp(`^(?:date|published|created|posted|issued|released|datetime|timestamp|time|firstpublished|date(?:published|created|posted|issued))${DATE_SUFFIX}?$`),
    new RegExp(`^(?:publish|publication|pub|create|creation|post|release)${DATE_SUFFIX}$`),
  ],
  updated: [
    new RegExp(`^(?:updated|modified|lastmodified|lastupdated|lastmod|changed|edited|revised|date(?:modified|updated|changed))${DATE_SUFFIX}?$`),
    new RegExp(`^(?:update|modify|modification|change|edit|revision)${DATE_SUFFIX}$`),
  ],
  lang: [/^(?:lang|language|locale|langcode|languagecode|inlanguage)$/],
  author: [/^(?:author|authors|byline|creator|creators|writer|writers)(?:name|names|displayname|text)?$/],
  rubrics: [/^(?:rubric|rubrics|category|categories|section|sections|topic|topics|tags?)(?:name|names|title)?$/],
  summary: [/^(?:lead|lede|summary|description|excerpt|teaser|intro|subtitle|subheadline|subhead|standfirst|abstract|annotation|dek|deck|snippet|blurb|synopsis|trailtext|shortdescription)(?:text|html|plain|rendered)?$/],
  body: [
    /^(?:body|content|contents|fulltext|articlebody|html)$/,
    /^(?:body|content|contents|fulltext|article|articlebody|story|post|entry|main)(?:html|rendered|markup)$/,
    TEXT_BODY,
  ],
  image: [/^(?:image|images|img|thumbnail|thumbnails|thumb|picture|pic|photo|photos|cover|coverimage|featuredimage|featuredmedia|leadimage|mainimage|heroimage|teaserimage|banner|bannerimage|ogimage|media|enclosure)(?:url|src|link|href|uri)?$/],
  outlet: [/^(?:outlet|source|publisher|site|sitename|provider)(?:name)?$/],
  cites: [/^(?:cites|via|citing|originalsource|sourceref|sources)$/],
};
const AUTHOR_URL = /^(?:author|byline|creator|writer)(?:url|link|href|uri|profile|page)$/;

// Fields whose value must be text (or a `{ rendered }` wrapper) for a loose match to count.
const TEXT_FIELDS: ReadonlySet<Field> = new Set(['id', 'title', 'url', 'date', 'updated', 'lang', 'summary', 'body']);
// A name that is exactly some field's is never loosely taken for another one.
const EXACT_NAMES: ReadonlySet<string> = new Set(Object.values(FIELD_NAMES).flat());

const ITEM_ARRAY_KEYS = ['items', 'news', 'articles', 'posts', 'entries', 'stories', 'data', 'results', 'list', 'feed'];
const SEARCH_DEPTH = 2;
// An item's own fields (its tags, authors, cited sources) are never the feed's list of items.
const ITEM_FIELD_KEYS: ReadonlySet<string> = EXACT_NAMES;

/** `{ rendered: "…" }`, `{ value: "…" }` and similar one-string wrappers, unwrapped. */
function unwrap(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const inner = pick(value, ['rendered', 'value', 'text', 'html', '_text', '#text']);
  return typeof inner === 'string' ? inner : value;
}

function normalizedName(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

function usable(field: Field, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (!TEXT_FIELDS.has(field)) return true;
  const inner = unwrap(value);
  return typeof inner === 'string' ? inner.trim() !== '' : typeof inner === 'number';
}

/** The first key, by preference, whose loosely matched name fits `field`; with the pattern that matched. */
function loosePick(entry: Record<string, unknown>, keys: readonly string[], field: Field): { value: unknown; pattern: RegExp } | undefined {
  for (const pattern of LOOSE_NAMES[field]) {
    for (const key of keys) {
      if (EXACT_NAMES.has(key) || !pattern.test(normalizedName(key))) continue;
      if (usable(field, entry[key])) return { value: entry[key], pattern };
    }
  }
  return undefined;
}

function titleOf(value: unknown): unknown {
  if (!isRecord(value)) return undefined;
  const exact = pick(value, FIELD_NAMES.title);
  return exact !== undefined ? exact : loosePick(value, Object.keys(value), 'title')?.value;
}

function looksLikeItem(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof unwrap(titleOf(value)) === 'string';
}

/** The first array of item-like records in `root`, looking a little way down. */
function findItemArray(root: unknown, depth = SEARCH_DEPTH): unknown[] | undefined {
  if (Array.isArray(root)) return root.slice(0, 5).some(looksLikeItem) ? root : undefined;
  if (!isRecord(root) || depth === 0) return undefined;
  const keys = [...ITEM_ARRAY_KEYS.filter((key) => Object.hasOwn(root, key)), ...Object.keys(root).filter((key) => !ITEM_FIELD_KEYS.has(key))];
  for (const key of new Set(keys)) {
    const found = findItemArray(root[key], depth - 1);
    if (found) return found;
  }
  return undefined;
}

const LINK_LIKE: ReadonlySet<Field> = new Set(['rubrics', 'cites', 'author', 'image', 'outlet']);

/**
 * Reads one entry by the common field names: exact names first, then loosely matched ones
 * (`BodyHTML`, `publishedAt`, `image_url`, `author_name`). Other shapes start from this too.
 */
export function draftByFieldNames(entry: unknown): ItemDraft {
  const draft: ItemDraft = {};
  if (!isRecord(entry)) return draft;
  const keys = Object.keys(entry);
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    let value = pick(entry, FIELD_NAMES[field]);
    let plain = false;
    if (value === undefined) {
      const loose = loosePick(entry, keys, field);
      value = loose?.value;
      plain = loose?.pattern === TEXT_BODY;
    }
    if (value === undefined) continue;
    if (LINK_LIKE.has(field)) draft[field] = value;
    else {
      const inner = unwrap(value);
      draft[field] = plain && typeof inner === 'string' ? textToHtml(inner) : inner;
    }
  }
  // "author_name" with an "author_url" beside it: one linked author.
  const authorUrl = typeof draft.author === 'string' ? keys.find((key) => AUTHOR_URL.test(normalizedName(key))) : undefined;
  if (authorUrl) draft.author = { name: draft.author, url: entry[authorUrl] };
  return draft;
}

/** Where CMS APIs put the feed's own name: `site.name`, `publisher.name`, `channel.title`… */
const FEED_NAME_PATHS = ['site', 'publisher', 'source', 'channel', 'feed', 'meta', 'outlet', 'organization'].flatMap((key) => [`${key}.name`, `${key}.title`]);

function feedName(root: Record<string, unknown>): unknown {
  for (const path of [...FEED_NAME_PATHS, 'site_name', 'siteName', 'meta.site_name']) {
    const value = unwrap(get(root, path));
    if (typeof value === 'string' && value.trim()) return value;
  }
  return typeof root.site === 'string' ? root.site : undefined;
}

/** A plain array of items, or an object holding one, with common field names. */
export const generic: Shape = {
  name: 'generic',
  detect: (root) => findItemArray(root) !== undefined,
  read(root) {
    return {
      title: isRecord(root) ? unwrap(pick(root, ['title', 'name'])) ?? feedName(root) : undefined,
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
