import type { FeedParsers, XmlElement } from '../parsers.js';
import { personName } from '../people.js';
import type { ItemDraft } from '../trusted-item.js';
import { isRss } from './detect.js';
import type { Shape } from './shape.js';
import {
  ATOM_NS, CONTENT_NS, DC_NS, DCTERMS_NS, ITUNES_NS, XHTML_NS,
  attribute, baseOf, find, findAll, firstText, language, markupOf, mediaCategories,
  mediaDescription, mediaImage, mediaTitle, resolve, text, textAsHtml, type Namespace,
} from './xml.js';

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** RSS 1.0's and RSS 0.90's namespaces; a careless RDF feed may leave its items in none. */
const RDF_ITEM_NS = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/', null] as const;
const WEB_URL = /^https?:\/\//i;

interface Channel {
  base: string | undefined;
  lang: string | undefined;
  parsers: FeedParsers;
}

/** The page an item links to: `link`, else an `atom:link`, else a permalink `guid`, else RDF's `rdf:about`. */
function itemUrl(item: XmlElement, core: Namespace, guid: XmlElement | undefined): string | undefined {
  const linkElement = find(item, 'link', core);
  const link = text(linkElement) ?? attribute(linkElement, 'href');
  if (link) return link;
  const atomLink = findAll(item, 'link', ATOM_NS).find((element) => (attribute(element, 'rel') ?? 'alternate') === 'alternate');
  if (atomLink) return attribute(atomLink, 'href');
  // A guid is a permalink unless isPermaLink="false"; many feeds forget the attribute on ids that are no URL.
  const id = text(guid);
  if (id && WEB_URL.test(id) && attribute(guid, 'isPermaLink')?.toLowerCase() !== 'false') return id;
  const about = item.getAttributeNS(RDF_NS, 'about')?.trim();
  return about && WEB_URL.test(about) ? about : undefined;
}

/** The first author field that names a person: "email (Name)" names one, a bare email does not. */
function author(item: XmlElement, core: Namespace): string | undefined {
  const candidates: [string, Namespace][] = [['author', core], ['creator', DC_NS], ['author', ITUNES_NS], ['author', DC_NS], ['contributor', DC_NS]];
  for (const [localName, namespace] of candidates) {
    for (const element of findAll(item, localName, namespace)) {
      const value = text(element);
      if (value && personName(value)) return value;
    }
  }
  return undefined;
}

function draftItem(item: XmlElement, channel: Channel): ItemDraft {
  // Core elements are in the item's own namespace: none in RSS 0.9x/2.0, RSS 1.0's in RDF.
  const core = item.namespaceURI ?? null;
  const base = baseOf(item, channel.base);
  const { parsers } = channel;
  const guid = find(item, 'guid', core);
  const source = find(item, 'source', core);
  const xhtmlBody = find(item, 'body', XHTML_NS);
  return {
    id: text(guid) ?? (item.getAttributeNS(RDF_NS, 'about')?.trim() || undefined),
    title: markupOf(find(item, 'title', core), parsers) ?? text(find(item, 'title', DC_NS)) ?? mediaTitle(item),
    url: resolve(itemUrl(item, core, guid), base),
    date: firstText(item, [['pubDate', core], ['date', DC_NS], ['issued', DCTERMS_NS], ['created', DCTERMS_NS], ['published', ATOM_NS]]),
    updated: firstText(item, [['modified', DCTERMS_NS], ['updated', ATOM_NS]]),
    lang: text(find(item, 'language', DC_NS)) ?? language(item) ?? channel.lang,
    author: author(item, core),
    rubrics: [
      ...findAll(item, 'category', core).map(text),
      ...findAll(item, 'subject', DC_NS).map(text),
      ...mediaCategories(item),
    ],
    summary: markupOf(find(item, 'description', core), parsers)
      ?? markupOf(find(item, 'description', DC_NS), parsers)
      ?? textAsHtml(firstText(item, [['summary', ITUNES_NS], ['subtitle', ITUNES_NS]]))
      ?? mediaDescription(item),
    body: markupOf(find(item, 'encoded', CONTENT_NS), parsers) ?? (xhtmlBody && parsers.serializeChildren(xhtmlBody).trim()) ?? undefined,
    image: mediaImage(item, base),
    // RSS <source> names the feed an item was relayed from: whom it cites.
    cites: source ? { name: text(source), url: resolve(attribute(source, 'url'), base) } : undefined,
  };
}

/** RSS 0.9x, 2.0 and 1.0 (RDF), parsed from XML text. */
export const rss: Shape = {
  name: 'rss',
  detect: isRss,
  read(root, { parsers, baseUrl }) {
    const document = root as { documentElement: XmlElement };
    const rootElement = document.documentElement;
    const rdf = rootElement.localName === 'RDF';
    const itemNs: Namespace = rdf ? RDF_ITEM_NS : rootElement.namespaceURI ?? null;
    const channelElement = find(rootElement, 'channel', itemNs);
    // Items belong in <channel> (beside it in RDF); lenient readers also take them straight under <rss>.
    const parents = rdf ? [rootElement, channelElement] : [channelElement, rootElement];
    const entries = parents.map((parent) => (parent ? findAll(parent, 'item', itemNs) : [])).find((items) => items.length) ?? [];
    const rootBase = baseOf(rootElement, baseUrl);
    const channel: Channel = {
      base: channelElement ? baseOf(channelElement, rootBase) : rootBase,
      lang: (channelElement && (text(find(channelElement, 'language', channelElement.namespaceURI ?? null)) ?? text(find(channelElement, 'language', DC_NS)) ?? language(channelElement))) ?? language(rootElement),
      parsers,
    };
    const channelLink = channelElement && text(find(channelElement, 'link', channelElement.namespaceURI ?? null));
    return {
      title: channelElement && (markupOf(find(channelElement, 'title', channelElement.namespaceURI ?? null), parsers) ?? text(find(channelElement, 'title', DC_NS))),
      homeUrl: resolve(channelLink, channel.base),
      entries,
      draft: (entry) => draftItem(entry as XmlElement, channel),
    };
  },
};
