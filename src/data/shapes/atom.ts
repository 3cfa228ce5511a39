import type { ItemDraft } from '../trusted-item.js';
import type { Shape } from './shape.js';
import { child, children, isXmlDocument, mediaImage, text } from './xml.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The page a feed or entry points readers to: `link rel="alternate"` or a link without `rel`. */
function alternate(parent: Element): string | undefined {
  const link = children(parent, 'link', ATOM_NS).find((element) => (element.getAttribute('rel') ?? 'alternate') === 'alternate');
  return link?.getAttribute('href') ?? undefined;
}

/** Atom text constructs: `xhtml` keeps its markup, `html` and `text` are already strings. */
function markup(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  if (element.getAttribute('type') === 'xhtml') {
    const div = element.firstElementChild;
    return div ? div.innerHTML : undefined;
  }
  if (element.getAttribute('type') === 'text' || !element.getAttribute('type')) {
    const value = text(element);
    return value?.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  }
  return text(element);
}

function language(element: Element): string | undefined {
  return element.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? undefined;
}

function draftEntry(entry: Element, feedLang: string | undefined): ItemDraft {
  const author = child(entry, 'author', ATOM_NS);
  const source = child(entry, 'source', ATOM_NS);
  return {
    id: text(child(entry, 'id', ATOM_NS)),
    title: markup(child(entry, 'title', ATOM_NS)),
    url: alternate(entry),
    date: text(child(entry, 'published', ATOM_NS)) ?? text(child(entry, 'updated', ATOM_NS)),
    updated: text(child(entry, 'updated', ATOM_NS)),
    lang: language(entry) ?? feedLang,
    author: author && { name: text(child(author, 'name', ATOM_NS)), url: text(child(author, 'uri', ATOM_NS)) },
    rubrics: children(entry, 'category', ATOM_NS).map((category) => category.getAttribute('label') || category.getAttribute('term')),
    summary: markup(child(entry, 'summary', ATOM_NS)),
    body: markup(child(entry, 'content', ATOM_NS)),
    image: mediaImage(entry),
    cites: source && { name: text(child(source, 'title', ATOM_NS)), url: alternate(source) },
  };
}

/** Atom 1.0, parsed from XML text. */
export const atom: Shape = {
  name: 'atom',
  detect: (root) => isXmlDocument(root) && root.documentElement?.localName === 'feed' && root.documentElement.namespaceURI === ATOM_NS,
  read(root) {
    const feed = (root as Document).documentElement;
    const feedLang = language(feed);
    return {
      title: markup(child(feed, 'title', ATOM_NS)),
      homeUrl: alternate(feed),
      entries: children(feed, 'entry', ATOM_NS),
      draft: (entry) => draftEntry(entry as Element, feedLang),
    };
  },
};
