import type { ItemDraft } from '../trusted-item.js';
import type { Shape } from './shape.js';
import { child, children, isXmlDocument, mediaImage, text } from './xml.js';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

function isRss(root: unknown): root is Document {
  if (!isXmlDocument(root) || !root.documentElement) return false;
  const name = root.documentElement.localName;
  return name === 'rss' || name === 'RDF';
}

function draftItem(item: Element, feedLang: string | undefined): ItemDraft {
  const guid = child(item, 'guid');
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : undefined;
  const source = child(item, 'source');
  return {
    id: text(guid) ?? item.getAttribute('rdf:about') ?? undefined,
    title: text(child(item, 'title')),
    url: text(child(item, 'link')) ?? permalink,
    date: text(child(item, 'pubDate')) ?? text(child(item, 'date', DC_NS)),
    lang: text(child(item, 'language', DC_NS)) ?? feedLang,
    author: text(child(item, 'creator', DC_NS)) ?? authorName(text(child(item, 'author'))),
    rubrics: children(item, 'category').map((category) => text(category)),
    summary: text(child(item, 'description')),
    body: text(child(item, 'encoded', CONTENT_NS)),
    image: mediaImage(item),
    // RSS <source> names the feed an item was relayed from: whom it cites.
    cites: source ? { name: text(source), url: source.getAttribute('url') } : undefined,
  };
}

/** RSS's `author` is "email (Name)": the name is what readers want. */
function authorName(value: string | undefined): string | undefined {
  const named = value?.match(/\(([^)]+)\)\s*$/);
  return named ? named[1] : value;
}

/** RSS 2.0 (and RSS 1.0/RDF), parsed from XML text. */
export const rss: Shape = {
  name: 'rss',
  detect: isRss,
  read(root) {
    const document = root as Document;
    const channel = child(document.documentElement, 'channel');
    const feedLang = channel && text(child(channel, 'language'));
    const itemParent = document.documentElement.localName === 'RDF' ? document.documentElement : channel;
    return {
      title: channel && text(child(channel, 'title')),
      homeUrl: channel && text(child(channel, 'link')),
      entries: itemParent ? children(itemParent, 'item') : [],
      draft: (entry) => draftItem(entry as Element, feedLang),
    };
  },
};
