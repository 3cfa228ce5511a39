import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import { isHackerNews } from './detect.js';
import type { Shape } from './shape.js';

const HN = 'https://news.ycombinator.com/';
const KINDS: Record<string, string> = { ask_hn: 'Ask HN', show_hn: 'Show HN', poll: 'Poll', job: 'Jobs' };

function draftHit(entry: unknown): ItemDraft {
  const hit = isRecord(entry) ? entry : {};
  // Comments match searches too: they are no stories, so nothing is read of them.
  if (typeof hit.title !== 'string' || !hit.title.trim()) return {};
  const id = typeof hit.objectID === 'string' ? encodeURIComponent(hit.objectID) : undefined;
  const tags = Array.isArray(hit._tags) ? hit._tags : [];
  const author = typeof hit.author === 'string' ? hit.author : undefined;
  return {
    id: hit.objectID,
    title: hit.title,
    // Ask HN and text posts link nowhere but to their discussion.
    url: pick(hit, ['url']) ?? (id && `${HN}item?id=${id}`),
    date: hit.created_at_i ?? hit.created_at,
    author: author && { name: author, url: `${HN}user?id=${encodeURIComponent(author)}` },
    rubrics: tags.map((tag) => (typeof tag === 'string' && Object.hasOwn(KINDS, tag) ? KINDS[tag] : undefined)),
    body: hit.story_text,
  };
}

/** Hacker News search by Algolia: `hn.algolia.com/api/v1/search` and `search_by_date`. */
export const hackerNews: Shape = {
  name: 'hackernews',
  detect: isHackerNews,
  read: (root) => ({ entries: (root as { hits: unknown[] }).hits, draft: draftHit }),
};
