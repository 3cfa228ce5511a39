import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import { isNewsWidgetsFeed, NEWS_WIDGETS_EXTENSION as EXTENSION } from './detect.js';
import type { Shape } from './shape.js';

function extensionOf(value: unknown): Record<string, unknown> {
  const extension = isRecord(value) ? value[EXTENSION] : undefined;
  return isRecord(extension) ? extension : {};
}

/**
 * JSON Feed 1.1 as the feed edge writes it (src/data/feeds/json-feed.ts): the model's extra fields
 * (rubric URLs, outlet, cites, image size) in the `_news_widgets` extension, and strings that
 * are already plain text when the extension says so, so they are never decoded twice. Listed
 * before `jsonFeed`, which would otherwise claim these feeds and lose the extension.
 */
export const newsWidgets: Shape = {
  name: 'news-widgets',
  detect: isNewsWidgetsFeed,
  read(root) {
    const feed = root as Record<string, unknown>;
    const extension = extensionOf(feed);
    return {
      title: extension.untitled === true ? undefined : feed.title,
      homeUrl: feed.home_page_url,
      entries: feed.items as unknown[],
      plainText: extension.plain_text === true,
      recovered: extension.recovered === true || undefined,
      draft(entry): ItemDraft {
        const extra = extensionOf(entry);
        return {
          id: pick(entry, ['id']),
          title: pick(entry, ['title']),
          url: pick(entry, ['url']),
          date: pick(entry, ['date_published']),
          updated: pick(entry, ['date_modified']),
          lang: pick(entry, ['language']),
          author: pick(entry, ['authors']),
          rubrics: extra.rubrics ?? pick(entry, ['tags']),
          summary: pick(entry, ['summary']),
          // content_text only stands in for JSON Feed readers: the model has no body then.
          body: pick(entry, ['content_html']),
          image: extra.image ?? pick(entry, ['image']),
          outlet: extra.outlet,
          cites: extra.cites,
          titleDerived: extra.title_derived,
          source: extra.source,
          sourceId: extra.source_id,
        };
      },
    };
  },
};
