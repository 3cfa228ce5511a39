import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord } from '../paths.js';
import { isNewsApi } from './detect.js';
import type { Shape } from './shape.js';

type Article = Record<string, unknown>;

// Articles taken down at the source come back as placeholders: every field "[Removed]", dated 1970.
const REMOVED = '[Removed]';
// `content` is the first 200 characters with this counter appended: a teaser, never the body.
const TRUNCATION = /\s*\[\+\d+ chars\]\s*$/;

/** Google-News-style titles end with " - Outlet"; the outlet is shown on its own. */
function title(article: Article, outlet: unknown): unknown {
  const text = article.title;
  if (typeof text !== 'string') return undefined;
  const suffix = typeof outlet === 'string' ? ` - ${outlet}` : undefined;
  return suffix && text.endsWith(suffix) && text.length > suffix.length ? text.slice(0, -suffix.length) : text;
}

/** Some outlets put a profile URL where the author's name belongs. */
function author(value: unknown): unknown {
  return typeof value === 'string' && !/^https?:\/\//i.test(value.trim()) ? value : undefined;
}

function draftArticle(entry: unknown): ItemDraft {
  const article = isRecord(entry) ? entry : {};
  // A placeholder has no text to derive a title from either: nothing is left of it.
  if (article.title === REMOVED) return {};
  const outlet = get(article, 'source.name');
  const content = typeof article.content === 'string' ? article.content.replace(TRUNCATION, '') : undefined;
  return {
    title: title(article, outlet),
    url: article.url,
    date: article.publishedAt,
    author: author(article.author),
    summary: article.description || content,
    image: article.urlToImage,
    outlet: outlet === REMOVED ? undefined : outlet,
  };
}

/** NewsAPI.org `/v2/top-headlines` and `/v2/everything`. Errors (`status: "error"`) are not claimed. */
export const newsApi: Shape = {
  name: 'newsapi',
  detect: isNewsApi,
  read: (root) => ({ entries: (root as { articles: unknown[] }).articles, draft: draftArticle }),
};
