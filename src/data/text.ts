import { canParseInert, parseInert } from './trusted-types.js';

const MAX_TEXT_LENGTH = 20_000;
const BLOCK_TAGS = 'p,div,br,li,ul,ol,h1,h2,h3,h4,h5,h6,blockquote,tr,td,th,figure,figcaption,section,article,header,footer';
const BASIC_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bdquo: '„',
};

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Decodes entities without a DOM: numeric ones and the common named ones. */
function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : '\ufffd';
    }
    const name = code.toLowerCase();
    return Object.hasOwn(BASIC_ENTITIES, name) ? BASIC_ENTITIES[name] : whole;
  });
}

/** Text of an HTML fragment: tags dropped, entities decoded once, whitespace collapsed. */
function htmlToText(markup: string): string {
  if (!canParseInert()) return collapse(decodeBasicEntities(markup.replace(/<[^>]*>/g, ' ')));
  const { body } = parseInert(markup);
  for (const hidden of body.querySelectorAll('script,style,template,noscript,iframe,object')) hidden.remove();
  for (const block of body.querySelectorAll(BLOCK_TAGS)) block.append(' ');
  return collapse(body.textContent ?? '');
}

/**
 * A feed string as plain text: entities decoded exactly once, markup removed, whitespace
 * collapsed, length capped. Anything that is not a non-empty string (numbers count) gives undefined.
 */
export function toText(value: unknown, maxLength = MAX_TEXT_LENGTH): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  // Parse at most a bounded prefix: a 5 MB string must not cost a 5 MB parse.
  const bounded = value.length > maxLength * 4 ? value.slice(0, maxLength * 4) : value;
  let text: string;
  if (bounded.includes('<')) text = htmlToText(bounded);
  else if (bounded.includes('&')) text = collapse(decodeEntities(bounded));
  else text = collapse(bounded);
  return capped(text, maxLength);
}

/** A string that is already plain text (never decoded again): whitespace collapsed, length capped. */
export function plainText(value: unknown, maxLength = MAX_TEXT_LENGTH): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return capped(collapse(value.length > maxLength * 4 ? value.slice(0, maxLength * 4) : value), maxLength);
}

function capped(text: string, maxLength: number): string | undefined {
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1).trimEnd()}…`;
  return text || undefined;
}

function decodeEntities(text: string): string {
  const names = text.match(/&[a-z][a-z0-9]*;/gi) ?? [];
  const needsFullTable = names.some((entity) => !Object.hasOwn(BASIC_ENTITIES, entity.slice(1, -1).toLowerCase()));
  // A named entity outside our short table (e.g. &eacute;) is left to the browser's full one.
  return needsFullTable && canParseInert() ? parseInert(text).body.textContent ?? text : decodeBasicEntities(text);
}
