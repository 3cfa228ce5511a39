import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord, pick } from '../paths.js';
import { draftByFieldNames } from './generic.js';
import { isContentful } from './detect.js';
import type { Shape } from './shape.js';

type Resource = Record<string, unknown>;
type Resolve = (value: unknown) => unknown;

/** `{ sys: { type: "Link", linkType: "Entry" | "Asset", id } }` → `Entry/id` */
function linkKey(value: unknown): string | undefined {
  const sys = get(value, 'sys');
  return isRecord(sys) && sys.type === 'Link' && typeof sys.id === 'string' ? `${String(sys.linkType)}/${sys.id}` : undefined;
}

/** Links in an entry's fields, replaced by the linked entry's or asset's fields; unresolvable links vanish. */
function resolveFields(fields: unknown, resolve: Resolve): Resource {
  if (!isRecord(fields)) return {};
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [
    key,
    Array.isArray(value) ? value.map(resolve).filter((item) => item !== undefined) : resolve(value),
  ]));
}

/** Asset file URLs are protocol-relative (`//images.ctfassets.net/…`): always https. */
function asset(value: unknown): unknown {
  const file = get(value, 'file');
  const url = get(file, 'url');
  if (typeof url !== 'string') return undefined;
  return {
    url: url.startsWith('//') ? `https:${url}` : url,
    alt: pick(value, ['description', 'title']),
    width: get(file, 'details.image.width'),
    height: get(file, 'details.image.height'),
  };
}

/** Rich text is a JSON document and long text is Markdown: only HTML is a body. */
function htmlOnly(value: unknown): unknown {
  return typeof value === 'string' && /<[a-z][^>]*>/i.test(value) ? value : undefined;
}

function draftEntry(entry: unknown, resolve: Resolve): ItemDraft {
  const fields = resolveFields(get(entry, 'fields'), resolve);
  const draft = draftByFieldNames(fields);
  return {
    ...draft,
    id: get(entry, 'sys.id'),
    date: pick(fields, ['publishDate', 'publishedDate', 'date', 'published']) ?? get(entry, 'sys.createdAt'),
    updated: get(entry, 'sys.updatedAt'),
    lang: get(entry, 'sys.locale'),
    image: asset(pick(fields, ['heroImage', 'image', 'featuredImage', 'coverImage', 'thumbnail'])),
    body: htmlOnly(draft.body),
  };
}

/** Contentful Content Delivery API `/entries`, with linked entries and assets from `includes`. */
export const contentful: Shape = {
  name: 'contentful',
  detect: isContentful,
  read(root) {
    const { items, includes } = root as { items: unknown[]; includes?: unknown };
    // Entries already in `items` are not repeated in `includes.Entry`.
    const linked = new Map<string, unknown>();
    const add = (type: string, list: unknown) => {
      for (const resource of Array.isArray(list) ? list : []) {
        const id = get(resource, 'sys.id');
        if (typeof id === 'string') linked.set(`${type}/${id}`, get(resource, 'fields'));
      }
    };
    add('Entry', items);
    add('Entry', get(includes, 'Entry'));
    add('Asset', get(includes, 'Asset'));
    const resolve: Resolve = (value) => {
      const key = linkKey(value);
      return key === undefined ? value : linked.get(key);
    };
    return { entries: items, draft: (entry) => draftEntry(entry, resolve) };
  },
};
