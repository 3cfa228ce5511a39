/**
 * Reading what feed readers read: a feed that is not well-formed, rewritten as the well-formed
 * text its author meant and handed to the same strict parser, so the browser (DOMParser) and the
 * edge (@xmldom/xmldom) read the same recovered document. Loaded only when strict parsing has
 * failed (a chunk of its own in the ES module build). See the README's Endpoints section.
 */
import { markRecovered } from './parse.js';
import type { FeedParsers } from './parsers.js';

/** Prefixes feed templates use without declaring them, bound to their usual namespaces. */
const KNOWN_PREFIXES: Record<string, string> = {
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  atom: 'http://www.w3.org/2005/Atom',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  yandex: 'http://news.yandex.ru',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};
/** An unknown prefix is bound here: its elements exist, and no reader asks for them. */
const UNKNOWN_PREFIX = 'urn:x-news-widgets:undeclared:';

/** Characters XML 1.0 forbids (tab, line feed and carriage return allowed), and lone surrogates. */
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
const FEED_ROOT = /<(?:[A-Za-z_][\w.-]*:)?(?:rss|RDF|feed)[\s>/]/;
const QNAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const NAME_START = /[A-Za-z_]/;
/** Elements whose content, when it holds raw tags, is taken as HTML. */
const TEXT_ELEMENTS = new Set(['title', 'description', 'summary', 'content', 'content:encoded', 'dc:description', 'itunes:summary']);
/** Deeper elements are dropped: nesting, and the work it costs, stays bounded. */
const MAX_DEPTH = 64;
/** At most this many JSON starts are tried after junk. */
const MAX_JSON_STARTS = 8;

interface Frame {
  name: string;
  /** Prefixes declared on this element. */
  prefixes: Set<string>;
  /** Where the element starts in the output, to cut it when the body ends inside it. */
  mark: number;
}

const ENTITIES_XML_DEFINES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Entities the document declares in its internal DTD subset, by name (the first declaration wins). */
function declaredEntities(text: string): Map<string, string | undefined> {
  const declared = new Map<string, string | undefined>();
  for (const [, name, double, single] of text.matchAll(/<!ENTITY\s+([a-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/gi)) {
    if (!declared.has(name)) declared.set(name, double ?? single);
  }
  return declared;
}

/** `text` as numeric character references, which every XML parser reads. */
const references = (text: string) => text.replace(/[^]/gu, (c) => `&#${c.codePointAt(0)};`);

/**
 * The two faults that make most broken feeds not well-formed, repaired as feed readers do:
 * HTML named entities XML does not define (`&eacute;`, `&nbsp;`), written as character
 * references, and bare ampersands (`AT&T`, unescaped query strings), escaped. CDATA sections
 * and comments are left as they are. Entities the document declares in its internal DTD
 * subset are expanded (browsers do; xmldom does not); external ones never are.
 */
function repairEntities(text: string, parsers: FeedParsers): string {
  const decoded = declaredEntities(text);
  return text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?:(#x[0-9a-f]+|#\d+)|([a-z][a-z0-9]*));|&/gi, (whole, reference: string | undefined, name: string | undefined) => {
    if (whole[0] === '<' || reference || (name && ENTITIES_XML_DEFINES.has(name))) return whole;
    if (!name) return '&amp;';
    if (!decoded.has(name)) {
      const character = parsers.htmlToText(whole);
      decoded.set(name, character && character !== whole ? references(character) : undefined);
    }
    return decoded.get(name) ?? `&amp;${name};`;
  });
}

/**
 * What strict parsing refused, read as feed readers read it: a root marked recovered, or
 * undefined when what remains is not a feed. XML whose only fault is entities is read as it
 * always was, unmarked.
 */
export function recoverText(text: string, parsers: FeedParsers): unknown {
  if (isBinary(text)) return undefined;
  let body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('<') && body.includes('&')) {
    const repaired = repairEntities(body, parsers);
    const document = repaired !== body ? parsers.parseXml(repaired) : undefined;
    if (document) return document;
  }
  body = body.replace(FORBIDDEN, '');
  const root = FEED_ROOT.exec(body);
  if (root) {
    // A page (junk, then an HTML document) is never taken for the feed it might mention.
    if (/<(?:!doctype\s+html|html|body)\b/i.test(body.slice(0, root.index))) return undefined;
    const document = parsers.parseXml(repairXml(body, root.index, parsers));
    return document?.documentElement ? markRecovered(document) : undefined;
  }
  const json = recoverJson(body);
  return json === undefined ? undefined : markRecovered(json);
}

/** Bytes that are no text (an image, an archive): NULs, undecodable bytes and controls throughout its start. */
function isBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  const junk = head.match(/[\0-\x08\x0E-\x1F\uFFFD]/g)?.length ?? 0;
  return junk > 4 && junk * 20 > head.length;
}

// ---- XML --------------------------------------------------------------------------------

function isPrefixDeclared(prefix: string, stack: readonly Frame[], own: Set<string>): boolean {
  return prefix === 'xml' || prefix === 'xmlns' || own.has(prefix) || stack.some((frame) => frame.prefixes.has(prefix));
}

/** Where in `stack` an end tag's element is open, by name, else by name in any case; -1 if nowhere. */
function openIndex(stack: readonly Frame[], name: string): number {
  for (let index = stack.length - 1; index >= 0; index--) if (stack[index].name === name) return index;
  const lower = name.toLowerCase();
  for (let index = stack.length - 1; index >= 0; index--) if (stack[index].name.toLowerCase() === lower) return index;
  return -1;
}

function prefixOf(name: string): string | undefined {
  const colon = name.indexOf(':');
  return colon > 0 ? name.slice(0, colon) : undefined;
}

/** A tag's attributes, read as an HTML parser reads them; `end` is past the tag's `>` (undefined: cut off). */
function readAttributes(body: string, from: number): { attributes: [string, string][]; selfClosing: boolean; end: number | undefined } {
  const attributes: [string, string][] = [];
  const pattern = /\s*(?:(\/?>)|([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?|[^>])/y;
  pattern.lastIndex = from;
  for (;;) {
    const start = pattern.lastIndex;
    const match = pattern.exec(body);
    if (!match || pattern.lastIndex === start) return { attributes, selfClosing: false, end: undefined };
    if (match[1]) return { attributes, selfClosing: match[1] === '/>', end: pattern.lastIndex };
    if (match[2]) {
      let value = match[3] ?? match[4] ?? match[5];
      // An unquoted value may run into the tag's own "/>".
      if (match[5] !== undefined && body[pattern.lastIndex] === '>' && value?.endsWith('/')) {
        value = value.slice(0, -1);
        pattern.lastIndex--;
      }
      attributes.push([match[2], value ?? match[2]]);
    }
  }
}

/**
 * `body` from `start` (its root element) as well-formed XML: see the README for each repair.
 * Linear in the body's length: every search moves forward, and nesting is capped.
 */
export function repairXml(body: string, start: number, parsers: FeedParsers): string {
  const declared = declaredEntities(body);
  const entities = new Map<string, string>();
  const entity = (name: string): string => {
    let reference = entities.get(name);
    if (reference === undefined) {
      const value = declared.get(name) ?? parsers.htmlToText(`&${name};`);
      reference = value && value !== `&${name};` ? references(value.replace(FORBIDDEN, '')) : `&amp;${name};`;
      entities.set(name, reference);
    }
    return reference;
  };
  /** Text as XML character data: references kept when valid, HTML entities as characters, bare `&` and `<` escaped. */
  const escapeText = (text: string): string =>
    text
      .replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z][a-z0-9]{0,31}));|[&<]|]]>/gi, (whole, hex?: string, decimal?: string, name?: string) => {
        if (hex || decimal) {
          const point = hex ? parseInt(hex, 16) : Number(decimal);
          const character = point > 0x10ffff ? '' : String.fromCodePoint(point);
          return character && character.replace(FORBIDDEN, '') === character ? whole : '';
        }
        if (name) return ENTITIES_XML_DEFINES.has(name) ? whole : entity(name);
        return whole === '&' ? '&amp;' : whole === '<' ? '&lt;' : ']]&gt;';
      });
  const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;').replace(/>/g, '&gt;');
  const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

  const out: string[] = [];
  const stack: Frame[] = [];
  let position = start;
  let cdataMiss = Infinity;

  const closeTag = (name: string, from: number): RegExpExecArray | null => {
    const pattern = new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*(?:>|$)`, 'gi');
    pattern.lastIndex = from;
    return pattern.exec(body);
  };

  /** A start tag, its element's name checked and its prefixes bound. */
  const startTag = (name: string, attributes: [string, string][], selfClosing: boolean): string => {
    const own = new Set<string>();
    const seen = new Set<string>();
    const kept: [string, string][] = [];
    for (const [attribute, value] of attributes) {
      if (!QNAME.test(attribute) || seen.has(attribute) || (attribute.startsWith('xmlns:') && !value.trim())) continue;
      seen.add(attribute);
      if (attribute.startsWith('xmlns:')) own.add(attribute.slice(6));
      kept.push([attribute, value]);
    }
    const prefixes = [prefixOf(name), ...kept.map(([attribute]) => prefixOf(attribute))];
    for (const prefix of prefixes) {
      if (!prefix || isPrefixDeclared(prefix, stack, own)) continue;
      own.add(prefix);
      kept.push([`xmlns:${prefix}`, KNOWN_PREFIXES[prefix] ?? UNKNOWN_PREFIX + prefix]);
    }
    if (!selfClosing) stack.push({ name, prefixes: own, mark: out.length });
    return `<${name}${kept.map(([attribute, value]) => ` ${attribute}="${escapeAttribute(value)}"`).join('')}${selfClosing ? '/>' : '>'}`;
  };

  const endTag = (index: number) => {
    while (stack.length > index) out.push(`</${stack.pop()!.name}>`);
  };

  let complete = false;
  while (position < body.length) {
    const lt = body.indexOf('<', position);
    if (lt < 0) {
      if (stack.length) out.push(escapeText(body.slice(position)));
      break;
    }
    if (lt > position && stack.length) out.push(escapeText(body.slice(position, lt)));
    position = lt;
    if (body.startsWith('<!--', lt)) {
      const end = body.indexOf('-->', lt + 4);
      if (end < 0) break;
      position = end + 3;
    } else if (body.startsWith('<![CDATA[', lt)) {
      // One search for "]]>" past the last miss: unclosed sections never cost a rescan each.
      const end = lt + 9 >= cdataMiss ? -1 : body.indexOf(']]>', lt + 9);
      if (end < 0) cdataMiss = Math.min(cdataMiss, lt + 9);
      const frame = stack[stack.length - 1];
      if (end >= 0) {
        if (frame) out.push(cdata(body.slice(lt + 9, end)));
        position = end + 3;
      } else {
        // Never closed: it ends where its element does, or the body is cut inside it.
        const close = frame && closeTag(frame.name, lt + 9);
        if (!close) break;
        out.push(cdata(body.slice(lt + 9, close.index)));
        position = close.index;
      }
    } else if (body.startsWith('<?', lt) || body.startsWith('<!', lt)) {
      // Declarations, processing instructions, a doctype (with its internal subset): not content.
      let end = body.indexOf('>', lt);
      const subset = body.indexOf('[', lt);
      if (subset >= 0 && subset < end && /^<!doctype/i.test(body.slice(lt, lt + 9))) {
        const close = body.indexOf(']', subset);
        end = close < 0 ? -1 : body.indexOf('>', close);
      }
      if (end < 0) break;
      position = end + 1;
    } else if (body[lt + 1] === '/') {
      const match = /<\/([^\s>]*)\s*(?:>|$)/y;
      match.lastIndex = lt;
      const found = match.exec(body);
      if (!found) {
        if (stack.length) out.push('&lt;');
        position = lt + 1;
        continue;
      }
      position = match.lastIndex;
      const name = found[1];
      const index = openIndex(stack, name);
      if (index < 0) continue;
      endTag(index);
      if (!stack.length) {
        complete = true;
        break;
      }
    } else if (NAME_START.test(body[lt + 1] ?? '')) {
      const name = /[^\s/>]+/y;
      name.lastIndex = lt + 1;
      const tagName = name.exec(body)![0];
      const { attributes, selfClosing, end } = readAttributes(body, name.lastIndex);
      if (end === undefined) break;
      position = end;
      if (!QNAME.test(tagName)) {
        if (stack.length) out.push(escapeText(body.slice(lt, end)));
        continue;
      }
      if (stack.length >= MAX_DEPTH) continue;
      const text = !selfClosing && stack.length > 0 && TEXT_ELEMENTS.has(tagName) && attributes.every(([attribute, value]) => attribute !== 'type' || value !== 'xhtml');
      if (text) {
        const close = closeTag(tagName, end);
        const content = close ? body.slice(end, close.index) : '';
        if (close && /<[A-Za-z/!]/.test(content.replace(/<!\[CDATA\[[\s\S]*?]]>/g, ''))) {
          // Markup in a text element: its content is HTML (CDATA sections in it are HTML already).
          const html = content.replace(/<!\[CDATA\[([\s\S]*?)(?:]]>|$)/g, '$1');
          const typed = attributes.filter(([attribute]) => attribute !== 'type');
          if (!tagName.includes(':') && (tagName !== 'description' || attributes.some(([attribute]) => attribute === 'type'))) typed.push(['type', 'html']);
          out.push(startTag(tagName, typed, false), cdata(html.replace(FORBIDDEN, '')));
          endTag(stack.length - 1);
          position = close.index + close[0].length;
          continue;
        }
      }
      out.push(startTag(tagName, attributes, selfClosing));
    } else {
      if (stack.length) out.push('&lt;');
      position = lt + 1;
    }
  }
  if (!complete && stack.length) {
    // Cut off: the feed (its channel stays open) keeps what was complete, not the item (or title) it was cut in.
    const cut = stack.findIndex((frame, index) => index > 0 && frame.name.toLowerCase() !== 'channel');
    if (cut > 0) {
      out.length = stack[cut].mark;
      stack.length = cut;
    }
    endTag(0);
  }
  return out.join('');
}

// ---- JSON -------------------------------------------------------------------------------

/**
 * The JSON value `body` holds from `start`, with the line breaks and tabs inside its strings
 * escaped as JSON.parse needs them: up to its matching bracket (what follows is junk), or, cut
 * off, up to the last complete element of its outermost open array, closed.
 */
function scanJson(body: string, start: number): string | undefined {
  const stack: { kind: string; mark: number; last: number }[] = [];
  // The text so far, escaped up to `segment`; `at(i)` is where body[i] lands in it.
  let escaped = '';
  let segment = start;
  const at = (i: number) => escaped.length + i - segment;
  let inString = false;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        const top = stack[stack.length - 1];
        if (top?.kind === '[') top.last = at(i + 1);
      } else if (c === '\n' || c === '\r' || c === '\t') {
        escaped += body.slice(segment, i) + (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t');
        segment = i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (stack.length >= MAX_DEPTH) return undefined;
      stack.push({ kind: c, mark: at(i), last: -1 });
    } else if (c === '}' || c === ']') {
      if (stack.pop()?.kind !== (c === '}' ? '{' : '[')) return undefined;
      const top = stack[stack.length - 1];
      if (!top) return escaped + body.slice(segment, i + 1);
      if (top.kind === '[') top.last = at(i + 1);
    }
  }
  let outer = 0;
  while (outer < stack.length && stack[outer].kind !== '[') outer++;
  if (outer === stack.length) return undefined;
  // Cut inside the items: keep those complete, close the rest.
  const { mark, last } = stack[outer];
  const closers = stack.slice(0, outer + 1).reverse().map((frame) => (frame.kind === '{' ? '}' : ']')).join('');
  return (escaped + body.slice(segment)).slice(0, last < 0 ? mark + 1 : last) + closers;
}

/** A JSON feed behind junk (a PHP notice), before junk, or cut off. */
function recoverJson(body: string): object | undefined {
  const starts = /(?:^|[>\n])\s*([[{])/g;
  for (let tries = 0; tries < MAX_JSON_STARTS; tries++) {
    const match = starts.exec(body);
    if (!match) return undefined;
    const start = match.index + match[0].length - 1;
    if (/<(?:!doctype\s+html|html|body|script)\b/i.test(body.slice(0, start))) return undefined;
    const json = scanJson(body, start);
    if (!json) continue;
    try {
      const value: unknown = JSON.parse(json);
      if (value !== null && typeof value === 'object') return value;
    } catch {
      // Not JSON from here: try the next start.
    }
  }
  return undefined;
}
