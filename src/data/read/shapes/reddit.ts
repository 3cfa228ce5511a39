import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord } from '../paths.js';
import { safeUrl } from '../../urls.js';
import { isReddit } from './detect.js';
import type { Shape } from './shape.js';

type Post = Record<string, unknown>;

const REDDIT = 'https://www.reddit.com/';
// What is left of a self post's text after its author or a moderator deleted it.
const GONE = new Set(['[deleted]', '[removed]']);
const ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Reddit HTML-escapes URLs and `selftext_html` in its JSON; one pass undoes it exactly once. */
function unescape(value: unknown): string | undefined {
  return typeof value === 'string' ? value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ESCAPES[entity]) : undefined;
}

/** The preview's full-size source; `thumbnail` is a fallback that also holds "self", "default", "nsfw"… */
function image(post: Post): unknown {
  // Preview images of NSFW and spoiler posts are the unblurred picture.
  if (post.over_18 === true || post.spoiler === true) return undefined;
  const source = get(post, 'preview.images.0.source');
  if (isRecord(source) && typeof source.url === 'string') return { url: unescape(source.url), width: source.width, height: source.height };
  const thumbnail = post.thumbnail;
  return typeof thumbnail === 'string' && /^https?:\/\//i.test(thumbnail)
    ? { url: unescape(thumbnail), width: post.thumbnail_width, height: post.thumbnail_height }
    : undefined;
}

function draftPost(entry: unknown): ItemDraft {
  const data = get(entry, 'data');
  const post: Post = isRecord(data) ? data : {};
  const author = typeof post.author === 'string' && post.author !== '[deleted]' ? post.author : undefined;
  const subreddit = post.subreddit_name_prefixed;
  return {
    id: post.name,
    title: post.title,
    url: safeUrl(post.permalink, REDDIT),
    date: post.created_utc,
    author: author && { name: author, url: safeUrl(`/user/${encodeURIComponent(author)}/`, REDDIT) },
    rubrics: [post.link_flair_text, { name: subreddit, url: typeof subreddit === 'string' ? safeUrl(`/${subreddit}/`, REDDIT) : undefined }],
    body: typeof post.selftext === 'string' && GONE.has(post.selftext) ? undefined : unescape(post.selftext_html),
    image: image(post),
    // A link post points at someone else's article: the item cites it.
    cites: post.is_self === false && typeof post.domain === 'string' ? { name: post.domain, url: unescape(post.url) } : undefined,
  };
}

/** Reddit listings: `/r/{sub}/new.json`, `/hot.json`, `/search.json`. */
export const reddit: Shape = {
  name: 'reddit',
  detect: isReddit,
  read: (root) => ({ entries: get(root, 'data.children') as unknown[], draft: draftPost }),
};
