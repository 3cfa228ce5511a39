import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import type { Shape } from './shape.js';

/** JSON Feed 1.0 (`author`) and 1.1 (`authors`, `language`): https://www.jsonfeed.org/version/1.1/ */
export const jsonFeed: Shape = {
  name: 'jsonfeed',
  detect: (root) =>
    isRecord(root) && typeof root.version === 'string' && root.version.includes('jsonfeed.org/version/') && Array.isArray(root.items),
  read(root) {
    const feed = root as Record<string, unknown>;
    const feedLang = feed.language;
    return {
      title: feed.title,
      homeUrl: feed.home_page_url,
      entries: feed.items as unknown[],
      draft: (entry): ItemDraft => ({
        id: pick(entry, ['id']),
        title: pick(entry, ['title']),
        url: pick(entry, ['url', 'external_url']),
        date: pick(entry, ['date_published']),
        updated: pick(entry, ['date_modified']),
        lang: pick(entry, ['language']) ?? feedLang,
        author: pick(entry, ['authors', 'author']) ?? pick(feed, ['authors', 'author']),
        rubrics: pick(entry, ['tags']),
        summary: pick(entry, ['summary']),
        body: pick(entry, ['content_html']) ?? escapeText(pick(entry, ['content_text'])),
        image: pick(entry, ['image', 'banner_image']),
      }),
    };
  },
};

/** `content_text` is plain text: escaped so that rendering it as a body keeps it text. */
function escapeText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.split(/\n{2,}/).map((paragraph) => `<p>${paragraph}</p>`).join('');
}
