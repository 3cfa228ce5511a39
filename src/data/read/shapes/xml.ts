/**
 * Reading XML feeds by namespace, over the DOM subset in src/data/read/parsers.ts that the
 * browser and @xmldom/xmldom share: an extension element (`media:title`, `x:description`)
 * is never mistaken for a core one of the same local name.
 */
import { XHTML_NS, type FeedParsers, type XmlElement, type XmlNode } from '../parsers.js';
import { textToHtml } from '../text.js';
import { ATOM_NS } from './detect.js';

export { ATOM_NS, isXmlDocument } from './detect.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const DCTERMS_NS = 'http://purl.org/dc/terms/';
export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
export const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
/** Media RSS, also as often written without its trailing slash. */
export const MEDIA_NS = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'] as const;
export { XHTML_NS };

/** One namespace URI (`null`: none), or any of several. */
export type Namespace = string | null | readonly (string | null)[];

const ELEMENT_NODE = 1;

function inNamespace(element: XmlElement, namespace: Namespace): boolean {
  const uri = element.namespaceURI ?? null;
  return Array.isArray(namespace) ? namespace.includes(uri) : uri === namespace;
}

export function isElement(node: XmlNode): node is XmlElement {
  return node.nodeType === ELEMENT_NODE;
}

export function childElements(parent: XmlElement): XmlElement[] {
  return Array.from(parent.childNodes).filter(isElement);
}

export function findAll(parent: XmlElement, localName: string, namespace: Namespace): XmlElement[] {
  return childElements(parent).filter((element) => element.localName === localName && inNamespace(element, namespace));
}

export function find(parent: XmlElement | undefined, localName: string, namespace: Namespace): XmlElement | undefined {
  return parent && findAll(parent, localName, namespace)[0];
}

/** Trimmed text content, or undefined when empty. */
export function text(element: XmlElement | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value || undefined;
}

/** The text of the first of these children that has any. */
export function firstText(parent: XmlElement, candidates: readonly [string, Namespace][]): string | undefined {
  for (const [localName, namespace] of candidates) {
    for (const element of findAll(parent, localName, namespace)) {
      const value = text(element);
      if (value) return value;
    }
  }
  return undefined;
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name)?.trim();
  return value || undefined;
}

export function language(element: XmlElement): string | undefined {
  return element.getAttributeNS(XML_NS, 'lang')?.trim() || undefined;
}

/** `base` moved by the element's `xml:base`, when there is an absolute base to move. */
export function baseOf(element: XmlElement, base: string | undefined): string | undefined {
  const own = element.getAttributeNS(XML_NS, 'base')?.trim();
  if (!own) return base;
  try {
    return new URL(own, base).href;
  } catch {
    return base;
  }
}

/** A reference resolved against `base` when there is one; otherwise left for the feed's URL to resolve. */
export function resolve(reference: string | undefined, base: string | undefined): string | undefined {
  if (!reference || !base) return reference;
  try {
    return new URL(reference, base).href;
  } catch {
    return reference;
  }
}

/**
 * An element's content as HTML: its markup when it holds elements (unescaped "naked" markup,
 * or XHTML), else its text, which in RSS is already HTML.
 */
export function markupOf(element: XmlElement | undefined, parsers: FeedParsers): string | undefined {
  if (!element) return undefined;
  const html = childElements(element).length ? parsers.serializeChildren(element).trim() : text(element);
  return html || undefined;
}

/** The markup of XHTML content: the children of its wrapping XHTML `div` (Atom's rule), else its own, serialized once. */
export function xhtmlOf(element: XmlElement, parsers: FeedParsers): string | undefined {
  const inner = childElements(element);
  const wrapped = inner.length === 1 && inner[0].localName === 'div' && inner[0].namespaceURI === XHTML_NS
    && Array.from(element.childNodes).every((node) => isElement(node) || !node.textContent?.trim());
  return parsers.serializeChildren(wrapped ? inner[0] : element).trim() || undefined;
}

/** Plain text as HTML (escaped paragraphs), so that reading it back as HTML gives the same text. */
export function textAsHtml(value: string | undefined): string | undefined {
  return value === undefined ? undefined : textToHtml(value) || undefined;
}

const TEXTUAL_TYPE = /^(text\/|application\/(?:[\w.+-]+\+)?(?:xml|json|javascript|ecmascript)\b|[\w.+-]+\/[\w.+-]*\+(?:xml|json)\b)/i;

/**
 * Base64 content decoded as UTF-8 text, when its type is textual or the bytes are text all
 * the same; undefined for images, audio and anything that is not text.
 */
export function decodeBase64Text(value: string | undefined, type: string | undefined): string | undefined {
  if (!value) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(value.replace(/\s+/g, '')), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
  if (type && /^(image|audio|video|font)\//i.test(type)) return undefined;
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // Control characters other than whitespace mean binary that happened to be valid UTF-8.
  if (!(type && TEXTUAL_TYPE.test(type)) && /[\u0000-\u0008\u000e-\u001f]/.test(decoded)) return undefined;
  return decoded.trim() || undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function mediaUrl(element: XmlElement | undefined, base: string | undefined): unknown {
  return element && resolve(attribute(element, 'url'), base);
}

function isImage(element: XmlElement): boolean {
  const medium = attribute(element, 'medium');
  const type = attribute(element, 'type');
  if (medium) return medium === 'image';
  return !type || type.startsWith('image/');
}

/**
 * An image for an item: Media RSS `content`/`thumbnail` (also inside `media:group` and on a
 * video's `media:content`), an image `enclosure` or `link rel="enclosure"`, or `itunes:image`.
 */
export function mediaImage(entry: XmlElement, base: string | undefined): unknown {
  const groups = [entry, ...findAll(entry, 'group', MEDIA_NS)];
  const contents = groups.flatMap((group) => findAll(group, 'content', MEDIA_NS));
  const image = contents.find(isImage);
  if (image) {
    return {
      url: mediaUrl(image, base),
      width: attribute(image, 'width'),
      height: attribute(image, 'height'),
      alt: text(find(image, 'description', MEDIA_NS)) ?? text(find(image, 'title', MEDIA_NS)),
    };
  }
  const thumbnail = [...groups, ...contents].flatMap((parent) => findAll(parent, 'thumbnail', MEDIA_NS)).find((element) => attribute(element, 'url'));
  if (thumbnail) return { url: mediaUrl(thumbnail, base), width: attribute(thumbnail, 'width'), height: attribute(thumbnail, 'height') };
  const own = entry.namespaceURI ?? null;
  const enclosure = [...findAll(entry, 'enclosure', own), ...findAll(entry, 'link', [ATOM_NS, own]).filter((link) => attribute(link, 'rel') === 'enclosure')].find(
    (element) => {
      const type = attribute(element, 'type');
      return type ? type.startsWith('image/') : IMAGE_FILE.test(attribute(element, 'url') ?? attribute(element, 'href') ?? '');
    },
  );
  if (enclosure) return resolve(attribute(enclosure, 'url') ?? attribute(enclosure, 'href'), base);
  return resolve(attribute(find(entry, 'image', ITUNES_NS), 'href'), base);
}

/** `media:title` (in `media:group` or `media:content` too): the title of an item that has only media. */
export function mediaTitle(entry: XmlElement): string | undefined {
  const groups = [entry, ...findAll(entry, 'group', MEDIA_NS)];
  const parents = [...groups, ...groups.flatMap((group) => findAll(group, 'content', MEDIA_NS))];
  return parents.map((parent) => text(find(parent, 'title', MEDIA_NS))).find(Boolean);
}

/** Media RSS categories, by their label when they have one. */
export function mediaCategories(entry: XmlElement): (string | undefined)[] {
  return [entry, ...findAll(entry, 'group', MEDIA_NS)]
    .flatMap((parent) => findAll(parent, 'category', MEDIA_NS))
    .map((category) => attribute(category, 'label') ?? text(category));
}

/** `media:description` (in `media:group` too), as HTML: Media RSS says it is plain text unless `type="html"`. */
export function mediaDescription(entry: XmlElement): string | undefined {
  const description = [entry, ...findAll(entry, 'group', MEDIA_NS)].flatMap((parent) => findAll(parent, 'description', MEDIA_NS)).find((element) => text(element));
  if (!description) return undefined;
  return attribute(description, 'type') === 'html' ? text(description) : textAsHtml(text(description));
}
