import type { ItemDraft } from '../trusted-item.js';
import { isRecord } from '../paths.js';
import { isNyt } from './detect.js';
import type { Shape } from './shape.js';

type Story = Record<string, unknown>;

// Sharp in a card at 2x without fetching Super Jumbo's 2048px when a 600px rendition exists.
const MIN_IMAGE_WIDTH = 600;

const width = (media: Story): number => Number(media.width) || 0;

/** `multimedia` is null or a list of renditions: the narrowest at least MIN_IMAGE_WIDTH wide, else the widest. */
function image(story: Story): unknown {
  const renditions = (Array.isArray(story.multimedia) ? story.multimedia : [])
    .filter((media): media is Story => isRecord(media) && (media.type ?? 'image') === 'image' && typeof media.url === 'string')
    .sort((a, b) => width(a) - width(b));
  const chosen = renditions.find((media) => width(media) >= MIN_IMAGE_WIDTH) ?? renditions.at(-1);
  return chosen && { url: chosen.url, alt: chosen.caption, width: chosen.width, height: chosen.height };
}

/** "By Jane Doe and Nurlan Abenov" → "Jane Doe and Nurlan Abenov". */
function byline(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^\s*by\s+/i, '') : undefined;
}

function draftStory(entry: unknown): ItemDraft {
  const story = isRecord(entry) ? entry : {};
  return {
    id: story.uri,
    // Top Stories pads its list with placeholders whose fields are all "": no title drops them.
    title: story.title,
    url: story.url,
    date: story.published_date,
    updated: story.updated_date,
    author: byline(story.byline),
    rubrics: [story.section, story.subsection],
    summary: story.abstract,
    image: image(story),
  };
}

/** NYT Top Stories v2: `/svc/topstories/v2/{section}.json`. */
export const nyt: Shape = {
  name: 'nyt',
  detect: isNyt,
  read: (root) => ({ entries: (root as { results: unknown[] }).results, draft: draftStory }),
};
