import { browserParsers, decodeBasicEntities, isBasicEntity, type FeedParsers } from './parsers.js';

const MAX_TEXT_LENGTH = 20_000;

// Control characters are never text a reader sees (a reference such as &#x1F; decodes to one).
function collapse(text: string): string {
  return text.replace(/[\0-\x08\x0E-\x1F\x7F]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Entities decoded once; a named one outside our short table (e.g. &eacute;) is left to the HTML parser's full table. */
function decodeEntities(text: string, parsers: FeedParsers): string {
  const names = text.match(/&[a-z][a-z0-9]*;/gi) ?? [];
  const needsFullTable = names.some((entity) => !isBasicEntity(entity.slice(1, -1)));
  return needsFullTable ? parsers.htmlToText(text) : decodeBasicEntities(text);
}

/** Plain text of an HTML fragment, whitespace collapsed (uncapped). */
export function htmlText(markup: string, parsers: FeedParsers = browserParsers): string {
  return collapse(parsers.htmlToText(markup));
}

/**
 * A feed string as plain text: entities decoded exactly once, markup removed, whitespace
 * collapsed, length capped. Anything that is not a non-empty string (numbers count) gives undefined.
 */
export function toText(value: unknown, maxLength = MAX_TEXT_LENGTH, parsers: FeedParsers = browserParsers): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  // Parse at most a bounded prefix: a 5 MB string must not cost a 5 MB parse.
  const bounded = value.length > maxLength * 4 ? value.slice(0, maxLength * 4) : value;
  let text: string;
  if (bounded.includes('<')) text = collapse(parsers.htmlToText(bounded));
  else if (bounded.includes('&')) text = collapse(decodeEntities(bounded, parsers));
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

/** Plain text made safe to read back as HTML: `&` and `<` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text as an HTML body: escaped, one paragraph per blank-line-separated block. */
export function textToHtml(text: string): string {
  return text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
}

const DERIVED_TITLE_LENGTH = 100;

/** A title for an item that has none: its text cut at a word boundary near 100 characters, with "…". */
export function deriveTitle(text: string): string {
  if (text.length <= DERIVED_TITLE_LENGTH) return text;
  const cut = text.slice(0, DERIVED_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  const words = space >= DERIVED_TITLE_LENGTH * 0.6 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.!?\-–—(]+$/u, '')}…`;
}
