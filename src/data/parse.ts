import { FeedError } from './errors.js';
import { parseInert } from './trusted-types.js';

/** Text the endpoint sent, as JSON or as an XML document. */
export function parseText(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new FeedError('parse', 'The endpoint answered with an empty body instead of a feed.');
  if (body.startsWith('<')) {
    if (/^<(!doctype html|html)\b/i.test(body)) {
      throw new FeedError('parse', 'The endpoint answered with an HTML page (a login or error page?) instead of a JSON or RSS/Atom feed.');
    }
    const document = parseInert(body, 'application/xml');
    if (document.getElementsByTagName('parsererror').length) throw new FeedError('parse', 'The endpoint answered with XML that does not parse.');
    return document;
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw new FeedError('parse', 'The endpoint answered with something that is not JSON, RSS or Atom.', { cause });
  }
}
