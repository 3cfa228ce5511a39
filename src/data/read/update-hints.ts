import { isXmlDocument } from './shapes/detect.js';
import { childElements, find, text } from './shapes/xml.js';

// What a feed says of its own update rhythm, for the feed edge's freshness (src/edge/freshness.ts).
// Node only in practice: the browser entries never import it, so the bundles do not grow.

const SY_NS = 'http://purl.org/rss/1.0/modules/syndication/';
const PERIOD_SECONDS: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000 };

function positiveNumber(value: string | undefined): number | undefined {
  const number = value === undefined ? NaN : Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * Seconds a feed says it stays unchanged: RSS 2.0's `<ttl>` (minutes), else the Syndication
 * module's `sy:updatePeriod` (`hourly`, `daily` — its default —, `weekly`, `monthly`, `yearly`)
 * divided by `sy:updateFrequency` (default 1), on the RSS channel or the Atom feed. `undefined`
 * for JSON and for a feed that says nothing.
 */
export function updateSeconds(root: unknown): number | undefined {
  if (!isXmlDocument(root)) return undefined;
  const element = root.documentElement;
  // RSS 2.0 and 0.9x: <rss><channel>; RSS 1.0: <rdf:RDF><channel> in its own namespace; Atom: <feed>.
  const channel = (element.localName === 'rss' || element.localName === 'RDF' ? childElements(element).find((child) => child.localName === 'channel') : undefined) ?? element;
  const ttlMinutes = positiveNumber(text(find(channel, 'ttl', channel.namespaceURI ?? null)));
  if (ttlMinutes !== undefined) return Math.round(ttlMinutes * 60);
  const period = text(find(channel, 'updatePeriod', SY_NS))?.toLowerCase();
  const frequency = text(find(channel, 'updateFrequency', SY_NS));
  if (period === undefined && frequency === undefined) return undefined;
  const seconds = PERIOD_SECONDS[period ?? 'daily'];
  if (seconds === undefined) return undefined;
  return Math.round(seconds / (positiveNumber(frequency) ?? 1));
}
