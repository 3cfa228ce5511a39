import type { Link, NewsImage, NewsItem } from './types.js';
import { parseDate, type DateReading } from './dates.js';
import { isRecord, pick } from './paths.js';
import { safeUrl } from './urls.js';
import { plainText, toText } from './text.js';

/**
 * What a shape picked out of one entry, before anything is trusted. Values keep the
 * feed's types; `trustItem` turns them into a `NewsItem` or drops them.
 * Link-like fields take a string (the name), an object with name/url keys, or an array of those.
 */
export interface ItemDraft {
  id?: unknown;
  title?: unknown;
  url?: unknown;
  date?: unknown;
  updated?: unknown;
  lang?: unknown;
  author?: unknown;
  rubrics?: unknown;
  summary?: unknown;
  body?: unknown;
  image?: unknown;
  outlet?: unknown;
  cites?: unknown;
}

export interface TrustContext extends DateReading {
  /** Base for relative URLs: the feed's URL. */
  baseUrl?: string;
  /**
   * The draft's strings are already plain text (an offline copy, or a feed the edge wrote):
   * they are trimmed and capped but never decoded again, so "&lt;b&gt;" stays that text.
   */
  plainText?: boolean;
}

type TextReader = (value: unknown, maxLength?: number) => string | undefined;

const NAME_KEYS = ['name', 'display_name', 'displayName', 'title', 'label', 'slug'];
const LINK_URL_KEYS = ['url', 'link', 'href', 'uri', 'website', 'homepage'];
const IMAGE_URL_KEYS = ['url', 'src', 'href', 'source_url', 'link'];
const MAX_BODY_LENGTH = 1_000_000;
const MAX_LINKS = 20;

function toLink(value: unknown, baseUrl: string | undefined, text: TextReader): Link | undefined {
  if (Array.isArray(value)) return toLink(value[0], baseUrl, text);
  if (typeof value === 'string' || typeof value === 'number') {
    const name = text(value, 200);
    return name ? { name } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const name = text(pick(value, NAME_KEYS), 200);
  if (!name) return undefined;
  const url = safeUrl(pick(value, LINK_URL_KEYS), baseUrl);
  return url ? { name, url } : { name };
}

function toLinks(value: unknown, baseUrl: string | undefined, text: TextReader): Link[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const entry of list.slice(0, MAX_LINKS * 2)) {
    const link = toLink(entry, baseUrl, text);
    const key = link?.name.toLowerCase();
    if (!link || !key || seen.has(key)) continue;
    seen.add(key);
    links.push(link);
    if (links.length === MAX_LINKS) break;
  }
  return links;
}

function toDimension(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 && number < 100_000 ? Math.round(number) : undefined;
}

function toImage(value: unknown, baseUrl: string | undefined, text: TextReader): NewsImage | undefined {
  if (Array.isArray(value)) return toImage(value[0], baseUrl, text);
  if (typeof value === 'string') {
    const url = safeUrl(value, baseUrl);
    return url ? { url } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const url = safeUrl(pick(value, IMAGE_URL_KEYS), baseUrl);
  if (!url) return undefined;
  const image: NewsImage = { url };
  const alt = text(pick(value, ['alt', 'alt_text', 'altText', 'caption', 'title', 'description']), 500);
  const width = toDimension(value.width);
  const height = toDimension(value.height);
  if (alt) image.alt = alt;
  if (width) image.width = width;
  if (height) image.height = height;
  return image;
}

function toLang(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value.trim()) ? value.trim() : undefined;
}

function toId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 500) : undefined;
}

/**
 * The one gate that makes a trusted `NewsItem`, for fresh feeds and revived copies alike:
 * undefined when the draft has no usable title.
 */
export function trustItem(draft: ItemDraft, context: TrustContext): NewsItem | undefined {
  const text: TextReader = context.plainText ? plainText : toText;
  const title = text(draft.title, 2_000);
  if (!title) return undefined;
  const { baseUrl } = context;
  const url = safeUrl(draft.url, baseUrl);
  const date = parseDate(draft.date, context);
  const item: NewsItem = {
    id: toId(draft.id) ?? url ?? `${title}|${date?.toISOString() ?? ''}`,
    title,
    rubrics: toLinks(draft.rubrics, baseUrl, text),
    cites: toLinks(draft.cites, baseUrl, text),
  };
  const optional: Partial<NewsItem> = {
    url,
    date,
    updated: parseDate(draft.updated, context),
    lang: toLang(draft.lang),
    author: toLink(draft.author, baseUrl, text),
    summary: text(draft.summary),
    bodyHtml: typeof draft.body === 'string' && draft.body.trim() ? draft.body.slice(0, MAX_BODY_LENGTH) : undefined,
    image: toImage(draft.image, baseUrl, text),
    outlet: toLink(draft.outlet, baseUrl, text),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  }
  return item;
}
