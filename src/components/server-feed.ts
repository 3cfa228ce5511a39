import { isServer } from 'lit';
import { readJsonFeed } from '../data/feeds/read-json-feed.js';
import type { Feed } from '../data/types.js';

/**
 * The feed a server left inside an element (`news-widgets/ssr`): an inert
 * `<script type="application/json">` child holding JSON Feed as the edge writes it, read at once
 * (no reader to load) through the same gate as any fetched feed. Undefined when there is none,
 * or it cannot be read.
 */
export function readServerFeed(host: HTMLElement): Feed | undefined {
  if (isServer) return undefined;
  const script = [...host.children].find((child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json');
  if (!script?.text) return undefined;
  try {
    return readJsonFeed(JSON.parse(script.text));
  } catch {
    return undefined;
  }
}
