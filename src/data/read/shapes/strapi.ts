import type { ItemDraft } from '../trusted-item.js';
import { isRecord, pick } from '../paths.js';
import { draftByFieldNames } from './generic.js';
import { isStrapi } from './detect.js';
import type { Shape } from './shape.js';

type Entry = Record<string, unknown>;

// populate=* goes one level deep, populate[x][populate]=* two; nothing real needs more.
const MAX_DEPTH = 3;

/** v5 entries carry a `documentId`; v4 entries are `{ id, attributes }` (Drupal's have a `type` too). */
/**
 * v4 → v5: `{ id, attributes }` becomes `{ id, ...attributes }` and relations
 * `{ data: … }` become the related entry (or list); v5 entries pass unchanged.
 */
function flatten(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => flatten(item, depth + 1));
  if (!isRecord(value)) return value;
  if (Object.hasOwn(value, 'data') && Object.keys(value).length <= 2 && (value.data === null || typeof value.data === 'object')) {
    return value.data === null ? undefined : flatten(value.data, depth + 1);
  }
  const fields = isRecord(value.attributes) && typeof value.id === 'number' ? { id: value.id, ...value.attributes } : value;
  // fromEntries defines keys, so a "__proto__" key stays a plain (ignored) property.
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, typeof field === 'object' ? flatten(field, depth + 1) : field]));
}

/** Media: a relative `/uploads/…` URL (local provider) and `alternativeText`; a multiple-media field is a list. */
function media(value: unknown): unknown {
  const file = Array.isArray(value) ? value[0] : value;
  if (!isRecord(file)) return undefined;
  return { url: file.url, alt: pick(file, ['alternativeText', 'caption']), width: file.width, height: file.height };
}

/** Rich text is Markdown or a blocks array, not HTML; only HTML (a CKEditor field) is a body. */
function htmlOnly(value: unknown): unknown {
  return typeof value === 'string' && /<[a-z][^>]*>/i.test(value) ? value : undefined;
}

function draftEntry(entry: unknown): ItemDraft {
  const flat = flatten(entry) as Entry;
  const draft = draftByFieldNames(flat);
  return {
    ...draft,
    id: flat.documentId ?? flat.id,
    // An editorial date field wins over the system's publishedAt (`published_at` in v3).
    date: pick(flat, ['date', 'publishDate', 'publishedAt', 'published_at', 'createdAt']),
    image: media(pick(flat, ['cover', 'image', 'featuredImage', 'thumbnail', 'media'])),
    body: htmlOnly(draft.body),
  };
}

/**
 * Strapi REST (`/api/articles?populate=*`), v4 and v5 in one module: v4 entries are
 * flattened into v5's form. Content types are user-defined, so fields are read by common names.
 */
export const strapi: Shape = {
  name: 'strapi',
  detect: isStrapi,
  read(root) {
    const data = (root as Entry).data;
    return { entries: Array.isArray(data) ? data : [data], draft: draftEntry };
  },
};
