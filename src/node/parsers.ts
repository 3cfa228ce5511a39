/// <reference types="node" />
// Node only: the feed edge reads feeds with these. Browser code never imports this module.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { defaultTreeAdapter, html, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { BLOCK_TAGS, HIDDEN_TAGS, withoutNamespaceDeclaration, type FeedParsers, type XmlDocument, type XmlElement } from '../data/read/parsers.js';

type Parse5Node = DefaultTreeAdapterMap['node'];

const HIDDEN: ReadonlySet<string> = new Set(HIDDEN_TAGS);
const BLOCK: ReadonlySet<string> = new Set(BLOCK_TAGS);

class NotWellFormed extends Error {}

const FORBIDDEN_CHARACTERS = /[\0-\x08\x0B\x0C\x0E-\x1F]/;

/** The text a browser's `body.textContent` would give once hidden elements are gone and blocks end in a space. */
function collectText(node: Parse5Node, out: string[]): void {
  if (node.nodeName === '#text') {
    out.push((node as DefaultTreeAdapterMap['textNode']).value);
    return;
  }
  if (!('childNodes' in node) || HIDDEN.has(node.nodeName)) return;
  for (const child of node.childNodes) collectText(child, out);
  if (BLOCK.has(node.nodeName)) out.push(' ');
}

// Fragments are parsed as a browser parses a document's body, so both read markup alike.
const bodyContext = defaultTreeAdapter.createElement('body', html.NS.HTML, []);

/** Parsers for Node: @xmldom/xmldom for XML (namespace-correct), parse5 for HTML (the full entity table). */
export const nodeParsers: FeedParsers = {
  parseXml(text) {
    // Browsers refuse characters XML 1.0 forbids, which xmldom lets through: the edge refuses them too.
    if (FORBIDDEN_CHARACTERS.test(text)) return undefined;
    const parser = new DOMParser({
      // Browsers refuse what is not well-formed (an undefined entity too); so does the edge.
      onError: (level, message) => {
        if (level !== 'warning') throw new NotWellFormed(message);
      },
    });
    try {
      const document = parser.parseFromString(text, 'application/xml');
      return document.documentElement ? (document as unknown as XmlDocument) : undefined;
    } catch {
      return undefined;
    }
  },
  htmlToText(markup) {
    const out: string[] = [];
    collectText(parseFragment(bodyContext, markup, {}), out);
    return out.join('');
  },
  serializeChildren(element: XmlElement) {
    const serializer = new XMLSerializer();
    return Array.from(element.childNodes, (node) => withoutNamespaceDeclaration(serializer.serializeToString(node as never))).join('');
  },
};
