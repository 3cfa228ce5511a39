import { FeedError } from '../errors.js';
import { browserParsers, type FeedParsers, type XmlDocument } from './parsers.js';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * The two faults that make most broken feeds not well-formed, repaired as feed readers do:
 * HTML named entities XML does not define (`&eacute;`, `&nbsp;`), written as character
 * references, and bare ampersands (`AT&T`, unescaped query strings), escaped. CDATA sections
 * and comments are left as they are. Entities the document declares in its internal DTD
 * subset are expanded (browsers do; xmldom does not); external ones never are.
 */
function repairXml(text: string, parsers: FeedParsers): string {
  const decoded = new Map<string, string | undefined>();
  for (const [, name, double, single] of text.matchAll(/<!ENTITY\s+([a-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/gi)) {
    if (!decoded.has(name)) decoded.set(name, double ?? single);
  }
  return text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?:(#x[0-9a-f]+|#\d+)|([a-z][a-z0-9]*));|&/gi, (whole, reference: string | undefined, name: string | undefined) => {
    if (whole[0] === '<' || reference || (name && XML_ENTITIES.has(name))) return whole;
    if (!name) return '&amp;';
    if (!decoded.has(name)) {
      const character = parsers.htmlToText(whole);
      decoded.set(name, character && character !== whole ? [...character].map((c) => `&#${c.codePointAt(0)};`).join('') : undefined);
    }
    return decoded.get(name) ?? `&amp;${name};`;
  });
}

/** Text the endpoint sent, as JSON or as an XML document. */
export function parseText(text: string, parsers: FeedParsers = browserParsers): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new FeedError('parse', 'The endpoint answered with an empty body instead of a feed.');
  if (body.startsWith('<')) {
    if (/^<(!doctype html|html)\b/i.test(body)) {
      throw new FeedError('parse', 'The endpoint answered with an HTML page (a login or error page?) instead of a JSON or RSS/Atom feed.');
    }
    let document: XmlDocument | undefined = parsers.parseXml(body);
    if (!document && body.includes('&')) {
      const repaired = repairXml(body, parsers);
      if (repaired !== body) document = parsers.parseXml(repaired);
    }
    if (!document) throw new FeedError('parse', 'The endpoint answered with XML that does not parse.');
    return document;
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw new FeedError('parse', 'The endpoint answered with something that is not JSON, RSS or Atom.', { cause });
  }
}
