import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import { textToHtml } from '../text.js';
import { isJsonFeed } from './detect.js';
import type { Shape } from './shape.js';

/** An image attachment, for items whose only picture is attached. */
function attachedImage(entry: unknown): unknown {
  const attachments = pick(entry, ['attachments']);
  if (!Array.isArray(attachments)) return undefined;
  return attachments.find((attachment) => isRecord(attachment) && typeof attachment.mime_type === 'string' && attachment.mime_type.startsWith('image/'));
}

/**
 * JSON Feed 1.0 (`author`) and 1.1 (`authors`, `language`): https://www.jsonfeed.org/version/1.1/
 * Items need no title (microblog posts have only content); `content_text` is plain text.
 */
export const jsonFeed: Shape = {
  name: 'jsonfeed',
  detect: isJsonFeed,
  read(root) {
    const feed = root as Record<string, unknown>;
    const feedLang = feed.language;
    return {
      title: feed.title,
      homeUrl: feed.home_page_url,
      entries: feed.items as unknown[],
      draft: (entry): ItemDraft => {
        const text = pick(entry, ['content_text']);
        return {
          id: pick(entry, ['id']),
          title: pick(entry, ['title']),
          url: pick(entry, ['url', 'external_url']),
          date: pick(entry, ['date_published']),
          updated: pick(entry, ['date_modified']),
          lang: pick(entry, ['language']) ?? feedLang,
          // The first author with a name: the item's own, else the feed's.
          author: [pick(entry, ['authors', 'author']), pick(feed, ['authors', 'author'])].flat().filter((author) => author !== undefined),
          rubrics: pick(entry, ['tags']),
          summary: pick(entry, ['summary']),
          body: pick(entry, ['content_html']) ?? (typeof text === 'string' ? textToHtml(text) : undefined),
          image: pick(entry, ['image', 'banner_image']) ?? attachedImage(entry),
        };
      },
    };
  },
};
