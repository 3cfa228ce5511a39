import { NEWS_WIDGETS_EXTENSION as EXTENSION } from '../read/shapes/detect.js';
import type { Feed, Link, NewsItem } from '../types.js';

// The one way a feed is written down: JSON Feed 1.1 with our model's extra fields in the
// `_news_widgets` extension. The edge answers with it, server rendering leaves it in the page,
// offline copies keep it. Written here by `toJsonFeed`, read back beside it by `readJsonFeed`
// (./read-json-feed.ts: pages read what servers write, and need no writer).

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
