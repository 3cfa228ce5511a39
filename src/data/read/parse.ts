import { FeedError } from '../errors.js';
import { browserParsers, type FeedParsers } from './parsers.js';

const recoveredRoots = new WeakSet<object>();
const recoverable = new WeakSet<FeedError>();

/** Marks a root read through recovery (./recover.ts): its feed says `recovered: true`. */
export function markRecovered<T extends object>(root: T): T {
  recoveredRoots.add(root);
  return root;
}

export function isRecovered(root: unknown): boolean {
  return typeof root === 'object' && root !== null && recoveredRoots.has(root);
}

/** Whether recovery may read what `parseText` refused: not an empty body nor an HTML page. */
export function mayRecover(error: unknown): boolean {
  return error instanceof FeedError && recoverable.has(error);
}

/** Reads a body strict parsing refused, or undefined when what remains is no feed (./recover.ts). */
export type Recovery = (text: string, parsers: FeedParsers) => unknown;

function refused(message: string, text: string, parsers: FeedParsers, recover: Recovery | undefined, cause?: unknown): unknown {
  const recovered = recover?.(text, parsers);
  if (recovered !== undefined) return recovered;
  const error = new FeedError('parse', message, cause === undefined ? {} : { cause });
  recoverable.add(error);
  throw error;
}

/**
 * Text the endpoint sent, as JSON or as an XML document: strictly, and only when that fails
 * through `recover` if one is given.
 */
export function parseText(text: string, parsers: FeedParsers = browserParsers, recover?: Recovery): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new FeedError('parse', 'The endpoint answered with an empty body instead of a feed.');
  if (body.startsWith('<')) {
    if (/^<(!doctype html|html)\b/i.test(body)) {
      throw new FeedError('parse', 'The endpoint answered with an HTML page (a login or error page?) instead of a JSON or RSS/Atom feed.');
    }
    return parsers.parseXml(body) ?? refused('The endpoint answered with XML that does not parse.', body, parsers, recover);
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    return refused('The endpoint answered with something that is not JSON, RSS or Atom.', body, parsers, recover, cause);
  }
}
