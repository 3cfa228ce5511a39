import type { FeedParsers, XmlElement } from '../parsers.js';
import { personName } from '../people.js';
import type { ItemDraft } from '../trusted-item.js';
import { isAtom } from './detect.js';
import type { Shape } from './shape.js';
import {
  ATOM_NS, DC_NS, DCTERMS_NS,
  attribute, baseOf, childElements, decodeBase64Text, find, findAll, firstText, language, markupOf,
  mediaCategories, mediaDescription, mediaImage, resolve, text, textAsHtml, xhtmlOf,
} from './xml.js';

const WEB_URL = /^https?:\/\//i;

interface FeedContext {
  /** The namespace of this feed's Atom elements. */
  ns: string | null;
  legacy: boolean;
  parsers: FeedParsers;
  base: string | undefined;
  lang: string | undefined;
  author: Person | undefined;
}

interface Person {
  name?: string;
  url?: string;
}

/** Atom 1.0 `type`: text, html, xhtml or a MIME type (text/*, XML, or anything else as base64). */
function atom10Text(element: XmlElement, parsers: FeedParsers): string | undefined {
  const type = (attribute(element, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') return xhtmlOf(element, parsers);
  if (type === 'html' || type === 'text/html') return markupOf(element, parsers);
  if (type === 'text' || type.startsWith('text/') || /[/+]xml$/.test(type)) return textAsHtml(text(element));
  return textAsHtml(decodeBase64Text(text(element), type));
}

/** Atom 0.3 `type` (a MIME type, text/plain by default) and `mode` (xml by default, escaped or base64). */
function atom03Text(element: XmlElement, parsers: FeedParsers): string | undefined {
  const type = (attribute(element, 'type') ?? 'text/plain').toLowerCase();
  if (type === 'multipart/alternative') {
    const parts = findAll(element, element.localName, element.namespaceURI ?? null);
    const part = parts.find((candidate) => /html/.test(attribute(candidate, 'type') ?? '')) ?? parts[0];
    return part && atom03Text(part, parsers);
  }
  const mode = (attribute(element, 'mode') ?? 'xml').toLowerCase();
  const html = /html/.test(type);
  if (mode === 'base64') {
    const decoded = decodeBase64Text(text(element), type);
    return html ? decoded : textAsHtml(decoded);
  }
  // Inline markup is markup whatever type it claims.
  if (mode === 'xml' && childElements(element).length) return xhtmlOf(element, parsers);
  return html ? text(element) : textAsHtml(text(element));
}

/** A text construct (title, summary, content…) as HTML, read once. Out-of-line content (`src`) has none. */
function textConstruct(element: XmlElement | undefined, feed: FeedContext): string | undefined {
  if (!element || element.getAttribute('src')) return undefined;
  return feed.legacy ? atom03Text(element, feed.parsers) : atom10Text(element, feed.parsers);
}

/** A link's URL: its `href`, or (lenient, as feed readers are) its text. */
function href(link: XmlElement): string | undefined {
  return attribute(link, 'href') ?? text(link);
}

/**
 * The page a feed or entry points readers to: the `alternate` link (a link without `rel` is
 * one), HTML first. Lenient, as feed readers are, with a link that has its URL as text.
 */
function alternate(parent: XmlElement, feed: FeedContext, base: string | undefined): string | undefined {
  const links = findAll(parent, 'link', feed.ns).filter((link) => {
    const rel = (attribute(link, 'rel') ?? 'alternate').toLowerCase();
    return (rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate') && href(link);
  });
  const link = links.find((candidate) => /html/.test(attribute(candidate, 'type') ?? 'text/html')) ?? links[0];
  return link && resolve(href(link), baseOf(link, base));
}

function person(parent: XmlElement | undefined, feed: FeedContext, base: string | undefined): Person | undefined {
  if (!parent) return undefined;
  for (const author of findAll(parent, 'author', feed.ns)) {
    const name = text(find(author, 'name', feed.ns));
    // Atom 1.0 has <uri>; Atom 0.3 had <url>.
    const url = text(find(author, 'uri', feed.ns)) ?? text(find(author, 'url', feed.ns));
    // An author known only by an email address is not shown: the next one, or the feed's, is.
    if (name && personName(name)) return { name, url: resolve(url, baseOf(author, base)) };
  }
  const creator = text(find(parent, 'creator', DC_NS));
  return creator && personName(creator) ? { name: creator } : undefined;
}

function categories(parent: XmlElement, feed: FeedContext): (string | undefined)[] {
  return [
    ...findAll(parent, 'category', feed.ns).map((category) => attribute(category, 'label') ?? attribute(category, 'term') ?? text(category)),
    ...findAll(parent, 'subject', DC_NS).map(text),
    ...mediaCategories(parent),
  ];
}

function draftEntry(entry: XmlElement, feed: FeedContext): ItemDraft {
  const { ns } = feed;
  const base = baseOf(entry, feed.base);
  const source = find(entry, 'source', ns);
  const id = text(find(entry, 'id', ns));
  return {
    id,
    title: textConstruct(find(entry, 'title', ns), feed) ?? text(find(entry, 'title', DC_NS)),
    // An entry without a link is often its own permalink as id.
    url: alternate(entry, feed, base) ?? (id && WEB_URL.test(id) ? id : undefined),
    // Atom 1.0 has published/updated; Atom 0.3 had issued/created/modified.
    date: firstText(entry, [['published', ns], ['issued', ns], ['created', ns], ['date', DC_NS], ['issued', DCTERMS_NS], ['created', DCTERMS_NS]]),
    updated: firstText(entry, [['updated', ns], ['modified', ns], ['modified', DCTERMS_NS]]),
    lang: language(entry) ?? feed.lang,
    author: person(entry, feed, base) ?? person(source, feed, base) ?? feed.author,
    rubrics: categories(entry, feed),
    summary: textConstruct(find(entry, 'summary', ns), feed) ?? mediaDescription(entry),
    body: textConstruct(find(entry, 'content', ns), feed),
    image: mediaImage(entry, base),
    cites: source && { name: textConstruct(find(source, 'title', ns), feed), url: alternate(source, feed, baseOf(source, base)) },
  };
}

/** Atom 1.0 and 0.3 feeds (and a lone Atom entry), parsed from XML text. */
export const atom: Shape = {
  name: 'atom',
  detect: isAtom,
  read(root, { parsers, baseUrl }) {
    const element = (root as { documentElement: XmlElement }).documentElement;
    const ns = element.namespaceURI ?? null;
    const base = baseOf(element, baseUrl);
    const feed: FeedContext = { ns, legacy: ns !== ATOM_NS, parsers, base, lang: language(element), author: undefined };
    if (element.localName === 'entry') return { entries: [element], draft: (entry) => draftEntry(entry as XmlElement, feed) };
    feed.author = person(element, feed, base);
    return {
      title: textConstruct(find(element, 'title', ns), feed),
      homeUrl: alternate(element, feed, base),
      entries: findAll(element, 'entry', ns),
      draft: (entry) => draftEntry(entry as XmlElement, feed),
    };
  },
};
