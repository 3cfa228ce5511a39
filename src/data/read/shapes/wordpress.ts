import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord } from '../paths.js';
import { isWordPress } from './detect.js';
import type { Shape } from './shape.js';

type Post = Record<string, unknown>;

/** Terms of one taxonomy from `_embedded['wp:term']` (an array of arrays, one per taxonomy). */
function terms(post: Post, taxonomy: string): unknown[] {
  const groups = get(post, '_embedded.wp:term');
  if (!Array.isArray(groups)) return [];
  return groups.flat().filter((term) => isRecord(term) && term.taxonomy === taxonomy && term.slug !== 'uncategorized');
}

function featuredImage(post: Post): unknown {
  const media = get(post, '_embedded.wp:featuredmedia.0');
  if (!isRecord(media)) return undefined;
  return {
    url: media.source_url,
    alt: media.alt_text || get(media, 'title.rendered'),
    width: get(media, 'media_details.width'),
    height: get(media, 'media_details.height'),
  };
}

/** `date_gmt` is UTC written without a zone; `date` is the site's local time. */
function utc(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:]+$/.test(value) ? `${value}Z` : undefined;
}

function draftPost(entry: unknown): ItemDraft {
  const post = entry as Post;
  const categories = terms(post, 'category');
  return {
    id: post.id,
    title: get(post, 'title.rendered'),
    url: post.link,
    date: utc(post.date_gmt) ?? post.date,
    updated: utc(post.modified_gmt) ?? post.modified,
    author: get(post, '_embedded.author.0'),
    rubrics: categories.length ? categories : terms(post, 'post_tag'),
    summary: get(post, 'excerpt.rendered'),
    body: get(post, 'content.rendered'),
    image: featuredImage(post) ?? post.jetpack_featured_media_url,
  };
}

/** WordPress REST `wp/v2/posts`, with or without `_embed`; a single post too. */
export const wordpress: Shape = {
  name: 'wordpress',
  detect: isWordPress,
  read: (root) => ({ entries: Array.isArray(root) ? root : [root], draft: draftPost }),
};
