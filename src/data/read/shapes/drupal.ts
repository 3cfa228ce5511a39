import type { ItemDraft } from '../trusted-item.js';
import { get, isRecord } from '../paths.js';
import { isDrupal, isDrupalResource as isResource } from './detect.js';
import type { Shape } from './shape.js';

type Resource = Record<string, unknown>;
type Lookup = (identifier: unknown) => Resource | undefined;

/** JSON:API resources are `{ type: "entity--bundle", id, attributes }`; Drupal names types with "--". */
/** Relationship identifiers (`{ type, id, meta }`) of one relationship, single or many. */
function identifiers(relationship: unknown): Resource[] {
  const data = get(relationship, 'data');
  return (Array.isArray(data) ? data : [data]).filter(isRecord);
}

function allIdentifiers(node: Resource): Resource[] {
  const relationships = get(node, 'relationships');
  return isRecord(relationships) ? Object.values(relationships).flatMap(identifiers) : [];
}

function author(node: Resource, lookup: Lookup): unknown {
  const user = lookup(identifiers(get(node, 'relationships.uid'))[0]);
  return get(user, 'attributes.display_name') ?? get(user, 'attributes.name');
}

function terms(node: Resource, lookup: Lookup): unknown[] {
  return allIdentifiers(node)
    .filter((identifier) => String(identifier.type).startsWith('taxonomy_term--'))
    .map((identifier) => {
      const term = lookup(identifier);
      return term && { name: get(term, 'attributes.name'), url: get(term, 'attributes.path.alias') };
    });
}

/** An image field: a file--file whose alt, width and height sit in the relationship's `meta`. */
function image(node: Resource, lookup: Lookup): unknown {
  for (const identifier of allIdentifiers(node)) {
    const meta = identifier.meta;
    if (identifier.type !== 'file--file' || !isRecord(meta) || meta.alt === undefined) continue;
    const file = lookup(identifier);
    // Drupal 8.7+ gives `uri.url`; older JSON:API a top-level `url`. Both are relative to the site.
    const url = get(file, 'attributes.uri.url') ?? get(file, 'attributes.url');
    if (typeof url === 'string') return { url, alt: meta.alt, width: meta.width, height: meta.height };
  }
  return undefined;
}

function draftNode(node: Resource, lookup: Lookup): ItemDraft {
  const attributes = node.attributes as Resource;
  const nid = attributes.drupal_internal__nid ?? attributes.nid;
  return {
    id: node.id,
    title: attributes.title,
    url: get(attributes, 'path.alias') ?? (nid === undefined ? undefined : `/node/${nid}`),
    // ISO 8601 in JSON:API 2.x; unix seconds as a string in 1.x.
    date: attributes.created,
    updated: attributes.changed,
    lang: attributes.langcode,
    author: author(node, lookup),
    rubrics: terms(node, lookup),
    summary: get(attributes, 'body.summary'),
    // `processed` is the body filtered by its text format; `value` is raw input and never shown.
    body: get(attributes, 'body.processed'),
    image: image(node, lookup),
  };
}

/** Drupal core JSON:API (`/jsonapi/node/article?include=uid,field_tags,field_image`), a list or one node. */
export const drupal: Shape = {
  name: 'drupal',
  detect: isDrupal,
  read(root) {
    const { data, included } = root as Resource;
    const byKey = new Map<string, Resource>();
    for (const resource of Array.isArray(included) ? included : []) {
      if (isResource(resource)) byKey.set(`${resource.type}/${resource.id}`, resource);
    }
    const lookup: Lookup = (identifier) => (isRecord(identifier) ? byKey.get(`${identifier.type}/${identifier.id}`) : undefined);
    return {
      entries: Array.isArray(data) ? data : [data],
      draft: (entry) => (isResource(entry) ? draftNode(entry, lookup) : {}),
    };
  },
};
