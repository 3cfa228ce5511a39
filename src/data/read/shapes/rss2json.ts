import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord, pick } from '../paths.js';
import { isRss2Json } from './detect.js';
import type { Shape } from './shape.js';

/** rss2json prints UTC as "2026-01-21 13:21:00" with no zone; without a "Z" it would be read in the caller's zone. */
function utc(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value.trim()) ? `${value.trim()}Z` : value;
}

/** `thumbnail`, else an image enclosure; `enclosure` is `{}` when the feed item had none. */
function image(item: Record<string, unknown>): unknown {
  const enclosure = isRecord(item.enclosure) ? item.enclosure : {};
  const type = enclosure.type;
  const enclosed = typeof type === 'string' && type.startsWith('image/') ? enclosure.link : undefined;
  return pick(item, ['thumbnail']) ?? enclosed;
}

function draftItem(entry: unknown): ItemDraft {
  const item = isRecord(entry) ? entry : {};
  return {
    id: item.guid,
    title: item.title,
    url: item.link,
    date: utc(item.pubDate),
    author: item.author,
    rubrics: item.categories,
    summary: item.description,
    // Without content:encoded the converter copies the description into `content`: that is no body.
    body: item.content === item.description ? undefined : item.content,
    image: image(item),
  };
}

/** RSS-to-JSON converters in the style of api.rss2json.com: `{ status: "ok", feed, items }`. */
export const rss2json: Shape = {
  name: 'rss2json',
  detect: isRss2Json,
  read: (root) => ({
    title: get(root, 'feed.title'),
    homeUrl: get(root, 'feed.link'),
    entries: (root as { items: unknown[] }).items,
    draft: draftItem,
  }),
};
