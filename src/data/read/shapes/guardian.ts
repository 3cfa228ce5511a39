import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord, pick } from '../paths.js';
import { safeUrl } from '../../urls.js';
import { isGuardian } from './detect.js';
import type { Shape } from './shape.js';

type Result = Record<string, unknown>;

/** A section's front page lives at the site root plus its id, e.g. /world. */
function section(result: Result): unknown {
  const { sectionName: name, sectionId: id, webUrl } = result;
  return { name, url: typeof id === 'string' && typeof webUrl === 'string' ? safeUrl(`/${id}`, webUrl) : undefined };
}

/** `show-tags=contributor` gives linked authors; `byline` is the printed line. */
function author(result: Result): unknown {
  const tags = Array.isArray(result.tags) ? result.tags : [];
  const contributor = tags.find((tag) => isRecord(tag) && tag.type === 'contributor');
  if (isRecord(contributor)) return { name: contributor.webTitle, url: contributor.webUrl };
  return get(result, 'fields.byline');
}

function draftResult(entry: unknown): ItemDraft {
  const result = isRecord(entry) ? entry : {};
  // `fields` exist only when asked for with show-fields; webTitle and webUrl are always there.
  const fields = isRecord(result.fields) ? result.fields : {};
  return {
    id: result.id,
    title: pick(fields, ['headline']) ?? result.webTitle,
    url: result.webUrl,
    date: result.webPublicationDate,
    updated: fields.lastModified,
    lang: fields.lang,
    author: author(result),
    rubrics: section(result),
    summary: pick(fields, ['trailText', 'standfirst']),
    body: fields.body,
    image: fields.thumbnail,
  };
}

/** The Guardian content API: `/search` (and tag or section lists), with or without show-fields. */
export const guardian: Shape = {
  name: 'guardian',
  detect: isGuardian,
  read: (root) => ({ entries: get(root, 'response.results') as unknown[], draft: draftResult }),
};
