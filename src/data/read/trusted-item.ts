import type { Link, NewsImage, NewsItem } from '../types.js';
import { parseDate, type DateReading } from '../dates/dates.js';
import { isRecord, pick } from './paths.js';
import { safeUrl } from '../urls.js';
import { deriveTitle, plainText, toText } from './text.js';
import type { FeedParsers } from './parsers.js';
import { personName } from './people.js';

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
  /** The title was derived from the item's text (an offline copy or the edge passes this on). */
  titleDerived?: unknown;
  /** The source label a merged list gave the item (kept by offline copies). */
  source?: unknown;
  /** The id the source gave, before the feed's ids were made unique (kept by offline copies). */
  sourceId?: unknown;
}

export interface TrustContext extends DateReading {
  /** Base for relative URLs: the feed's URL. */
  baseUrl?: string;
  /**
   * The draft's strings are already plain text (an offline copy, or a feed the edge wrote):
   * they are trimmed and capped but never decoded again, so "&lt;b&gt;" stays that text.
   */
  plainText?: boolean;
  /** Parsers for HTML text; the browser's by default (src/data/read/parsers.ts). */
  parsers?: FeedParsers;
}

type TextReader = (value: unknown, maxLength?: number) => string | undefined;

const NAME_KEYS = ['name', 'display_name', 'displayName', 'title', 'label', 'slug'];
const LINK_URL_KEYS = ['url', 'link', 'href', 'uri', 'website', 'homepage'];
const IMAGE_URL_KEYS = ['url', 'src', 'href', 'source_url', 'link'];
const MAX_BODY_LENGTH = 1_000_000;
const MAX_LINKS = 20;

/** WordPress-style `{ "rendered": "…" }` values stand for their string. */
function rendered(value: unknown): unknown {
  return isRecord(value) && typeof value.rendered === 'string' ? value.rendered : value;
}

function toLink(value: unknown, baseUrl: string | undefined, text: TextReader): Link | undefined {
  if (Array.isArray(value)) return toLink(value[0], baseUrl, text);
  if (typeof value === 'string' || typeof value === 'number') {
    const name = text(value, 200);
    return name ? { name } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const name = text(rendered(pick(value, NAME_KEYS)), 200);
  if (!name) return undefined;
  const url = safeUrl(rendered(pick(value, LINK_URL_KEYS)), baseUrl);
  return url ? { name, url } : { name };
}

/** An author: a link whose name is never an email address ("email (Name)" gives "Name"). */
function toPerson(value: unknown, baseUrl: string | undefined, text: TextReader): Link | undefined {
  const nameOnly: TextReader = (raw, maxLength) => {
    const name = text(typeof raw === 'string' ? personName(raw) : raw, maxLength);
    return name && personName(name);
  };
  for (const person of Array.isArray(value) ? value.slice(0, MAX_LINKS) : [value]) {
    const link = toLink(person, baseUrl, nameOnly);
    if (link) return link;
  }
  return undefined;
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
 * The one gate that makes a trusted `NewsItem`, for fresh feeds and revived copies alike.
 * An item without a title gets one from its summary or body (`titleDerived`); undefined
 * when it has no text at all.
 */
export function trustItem(draft: ItemDraft, context: TrustContext): NewsItem | undefined {
  const { parsers } = context;
  const text: TextReader = context.plainText ? plainText : (value, maxLength) => toText(rendered(value), maxLength, parsers);
  const summary = text(draft.summary);
  const bodyValue = rendered(draft.body);
  const body = typeof bodyValue === 'string' && bodyValue.trim() ? bodyValue.slice(0, MAX_BODY_LENGTH) : undefined;
  let title = text(draft.title, 2_000);
  let titleDerived = draft.titleDerived === true;
  if (!title) {
    // The body is HTML even in an offline copy.
    const lead = summary ?? toText(body, 2_000, parsers);
    if (!lead) return undefined;
    title = deriveTitle(lead);
    titleDerived = true;
  }
  const { baseUrl } = context;
  const url = safeUrl(rendered(draft.url), baseUrl);
  const updated = parseDate(draft.updated, context);
  // An item with no published date shows when it was last updated.
  const date = parseDate(draft.date, context) ?? updated;
  const item: NewsItem = {
    id: toId(rendered(draft.id)) ?? url ?? `${title}|${date?.toISOString() ?? ''}`,
    title,
    rubrics: toLinks(draft.rubrics, baseUrl, text),
    cites: toLinks(draft.cites, baseUrl, text),
  };
  const optional: Partial<NewsItem> = {
    titleDerived: titleDerived || undefined,
    source: text(draft.source, 200),
    sourceId: toId(rendered(draft.sourceId)),
    url,
    date,
    updated,
    lang: toLang(draft.lang),
    author: toPerson(draft.author, baseUrl, text),
    summary,
    bodyHtml: body,
    image: toImage(draft.image, baseUrl, text),
    outlet: toLink(draft.outlet, baseUrl, text),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (item as unknown as Record<string, unknown>)[key] = value;
  }
  return item;
}
