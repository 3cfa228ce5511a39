import { canParseInert, parseInert } from '../../html/trusted-types.js';

/** The namespace-aware DOM subset the XML readers use: the browser's DOM and @xmldom/xmldom both provide it. */
export interface XmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
}

export interface XmlElement extends XmlNode {
  readonly localName: string;
  readonly namespaceURI: string | null;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string | null, localName: string): string | null;
}

export interface XmlDocument {
  readonly documentElement: XmlElement | null;
}

/** What reading feeds needs from a platform: the browser's DOM, or Node's xmldom and parse5 (src/node/parsers.ts). */
export interface FeedParsers {
  /** XML text → document, or undefined when it does not parse (well-formedness error). */
  parseXml(text: string): XmlDocument | undefined;
  /**
   * Plain text of an HTML fragment: tags dropped, script/style/template/noscript/iframe/object
   * contents dropped, block elements separated by spaces, entities decoded exactly once
   * (whitespace collapsing is the caller's).
   */
  htmlToText(markup: string): string;
  /** Markup of an element's child nodes (Atom type="xhtml" content, XHTML bodies). */
  serializeChildren(element: XmlElement): string;
}

/** Elements whose contents are never text a reader sees. */
export const HIDDEN_TAGS = ['script', 'style', 'template', 'noscript', 'iframe', 'object'] as const;
/** Elements after which text is separated by a space, so "<p>a</p><p>b</p>" reads "a b". */
export const BLOCK_TAGS = [
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th',
  'figure', 'figcaption', 'section', 'article', 'header', 'footer',
] as const;

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
// A serializer repeats the default namespace (XHTML's, or Atom 0.3's around un-namespaced
// inline markup) on every top-level child: noise once the markup is read as HTML.
const DEFAULT_NS_DECLARATION = /^(<[\w:.-]+(?:\s+[\w:.-]+="[^"]*")*?)\s+xmlns="[^"]*"/;

/** One serialized child node, without the default namespace declaration a serializer adds to it. */
export function withoutNamespaceDeclaration(markup: string): string {
  return markup.replace(DEFAULT_NS_DECLARATION, '$1');
}

const BASIC_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bdquo: '„',
};

/** Whether `decodeBasicEntities` knows the named entity `name` (without `&` and `;`). */
export function isBasicEntity(name: string): boolean {
  return Object.hasOwn(BASIC_ENTITIES, name.toLowerCase());
}

/** Decodes numeric entities and the common named ones without a parser. */
export function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : '\ufffd';
    }
    return isBasicEntity(code) ? BASIC_ENTITIES[code.toLowerCase()] : whole;
  });
}

/** Last resort where no inert parser may run (a host CSP refusing our Trusted Types policy). */
function htmlToTextWithoutParser(markup: string): string {
  const text = markup
    .replace(new RegExp(`<(${HIDDEN_TAGS.join('|')})\\b[\\s\\S]*?(?:</\\1\\s*>|$)`, 'gi'), ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decodeBasicEntities(text);
}

/** The browser's parsers, through our Trusted Types policy's inert parsing (src/html/trusted-types.ts): the default. */
export const browserParsers: FeedParsers = {
  parseXml(text) {
    const document = parseInert(text, 'application/xml');
    // Chromium puts a <parsererror> inside what it could read, Firefox replaces the document with one.
    return document.getElementsByTagName('parsererror').length ? undefined : (document as XmlDocument);
  },
  htmlToText(markup) {
    if (!canParseInert()) return htmlToTextWithoutParser(markup);
    const { body } = parseInert(markup);
    for (const hidden of body.querySelectorAll(HIDDEN_TAGS.join(','))) hidden.remove();
    for (const block of body.querySelectorAll(BLOCK_TAGS.join(','))) block.append(' ');
    return body.textContent ?? '';
  },
  serializeChildren(element) {
    const serializer = new XMLSerializer();
    return Array.from(element.childNodes, (node) => withoutNamespaceDeclaration(serializer.serializeToString(node as unknown as Node))).join('');
  },
};
