import { buildFeed, prepareFeed } from '../read/build-feed.js';
import { isRecord } from '../read/paths.js';
import { isNewsWidgetsFeed, NEWS_WIDGETS_EXTENSION as EXTENSION } from '../read/shapes/detect.js';
import { newsWidgets } from '../read/shapes/news-widgets.js';
import { plainText } from '../read/text.js';
import type { Feed, Link, NewsItem, NormalizeOptions } from '../types.js';

// The one way a feed is written down: JSON Feed 1.1 with our model's extra fields in the
// `_news_widgets` extension. The edge answers with it, server rendering leaves it in the page,
// offline copies keep it. Written by `toJsonFeed`, read back by `readJsonFeed`, which takes
// every item through the same trust gate as any response: whoever stored it, it is input.

export { EXTENSION };

const link = ({ name, url }: Link) => (url ? { name, url } : { name });

function item(news: NewsItem): Record<string, unknown> {
  const extension: Record<string, unknown> = { rubrics: news.rubrics.map(link), cites: news.cites.map(link) };
  if (news.outlet) extension.outlet = link(news.outlet);
  if (news.image) extension.image = { ...news.image };
  if (news.titleDerived) extension.title_derived = true;
  if (news.source) extension.source = news.source;
  if (news.sourceId) extension.source_id = news.sourceId;
  const entry: Record<string, unknown> = { id: news.id, title: news.title };
  if (news.url) entry.url = news.url;
  if (news.date) entry.date_published = news.date.toISOString();
  if (news.updated) entry.date_modified = news.updated.toISOString();
  if (news.lang) entry.language = news.lang;
  if (news.author) entry.authors = [link(news.author)];
  if (news.rubrics.length) entry.tags = news.rubrics.map((rubric) => rubric.name);
  if (news.summary) entry.summary = news.summary;
  if (news.image) entry.image = news.image.url;
  // JSON Feed requires content_html or content_text; our reader takes only content_html.
  if (news.bodyHtml) entry.content_html = news.bodyHtml;
  else entry.content_text = news.summary ?? news.title;
  entry[EXTENSION] = extension;
  return entry;
}

/**
 * A feed as JSON Feed 1.1 whose strings are already plain text, flagged so in the extension
 * (the `news-widgets` shape reads them without decoding again). JSON Feed requires a title:
 * `fallbackTitle` stands in, and `untitled` tells our reader the upstream had none.
 */
export function toJsonFeed(feed: Feed, fallbackTitle: string): Record<string, unknown> {
  const extension: Record<string, unknown> = { shape: feed.shape, plain_text: true };
  if (!feed.title) extension.untitled = true;
  if (feed.recovered) extension.recovered = true;
  const document: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1', title: feed.title ?? fallbackTitle };
  if (feed.homeUrl) document.home_page_url = feed.homeUrl;
  document[EXTENSION] = extension;
  document.items = feed.items.map(item);
  return document;
}

export interface ReadJsonFeedOptions extends NormalizeOptions {
  /** The feed keeps the shape it was written from (an offline copy of an RSS feed is still 'rss'), not 'news-widgets'. */
  writtenShape?: boolean;
}

/**
 * A feed written by `toJsonFeed` (by the edge, a server, an offline copy), read synchronously
 * with its one reader rather than all of `normalizeFeed`'s: a `shape` error for anything else.
 */
export function readJsonFeed(input: unknown, options: ReadJsonFeedOptions = {}): Feed {
  const { writtenShape, ...normalize } = options;
  const prepared = prepareFeed(input, normalize);
  const feed = buildFeed(prepared, isNewsWidgetsFeed(prepared.root) ? newsWidgets : undefined, () => ({}));
  const extension = isRecord(prepared.root) ? prepared.root[EXTENSION] : undefined;
  const shape = writtenShape && isRecord(extension) ? plainText(extension.shape, 100) : undefined;
  return shape ? { ...feed, shape } : feed;
}
