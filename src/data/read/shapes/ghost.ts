import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import { isGhost } from './detect.js';
import type { Shape } from './shape.js';

type Post = Record<string, unknown>;

/** Internal tags ("#hero", visibility "internal") steer themes; readers never see them. */
function isPublicTag(tag: unknown): boolean {
  return isRecord(tag) && tag.visibility !== 'internal' && typeof tag.name === 'string' && !tag.name.startsWith('#');
}

function tags(post: Post): unknown[] {
  const all = [post.primary_tag, ...(Array.isArray(post.tags) ? post.tags : [])];
  return all.filter(isPublicTag);
}

function draftPost(entry: unknown): ItemDraft {
  const post = isRecord(entry) ? entry : {};
  return {
    id: post.id,
    title: post.title,
    url: post.url,
    date: post.published_at,
    updated: post.updated_at,
    author: post.primary_author ?? post.authors,
    rubrics: tags(post),
    summary: pick(post, ['custom_excerpt', 'excerpt']),
    body: post.html,
    image: post.feature_image && { url: post.feature_image, alt: post.feature_image_alt },
  };
}

/** Ghost Content API `/ghost/api/content/posts/`, best with `include=tags,authors`. */
export const ghost: Shape = {
  name: 'ghost',
  detect: isGhost,
  read: (root) => ({ entries: (root as { posts: unknown[] }).posts, draft: draftPost }),
};
