import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type CacheResult = 'hit' | 'miss' | 'stale';
export type UpstreamResult = 'ok' | 'not_modified' | 'failed' | 'refused';

/**
 * The edge's Prometheus metrics, in a registry of its own (two edges in one process, as in
 * tests, never share counters). Labels are route names, statuses and upstream origins: never
 * a full URL, which could hold a key.
 */
export function createMetrics(options: { processMetrics: boolean; cacheEntries: () => number; backingOff: () => number }) {
  const registry = new Registry();
  const registers = [registry];
  const metrics = {
    registry,
    requests: new Counter({ name: 'news_edge_requests_total', help: 'Requests answered, by route and status.', labelNames: ['route', 'status'] as const, registers }),
    upstreamFetches: new Counter({
      name: 'news_edge_upstream_fetches_total',
      help: 'Upstream requests by origin and result (ok, not_modified, failed; refused: held back by the rate limit).',
      labelNames: ['upstream', 'result'] as const,
      registers,
    }),
    upstreamSeconds: new Histogram({
      name: 'news_edge_upstream_duration_seconds',
      help: 'Time for an upstream answer, body and redirects included.',
      labelNames: ['upstream'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    recoveredReads: new Counter({
      name: 'news_edge_recovered_reads_total',
      help: 'Upstream answers that were not well-formed (or whose charset contradicted their bytes), read as feed readers read them, by feed: feeds/<name>, or the origin of a proxied URL.',
      labelNames: ['feed'] as const,
      registers,
    }),
    cache: new Counter({ name: 'news_edge_cache_total', help: 'Feed requests by cache result: hit (fresh), miss (asked upstream), stale (last good copy served).', labelNames: ['result'] as const, registers }),
    notModified: new Counter({ name: 'news_edge_not_modified_total', help: '304 answers to If-None-Match.', registers }),
    notModifiedBytes: new Counter({ name: 'news_edge_not_modified_bytes_total', help: 'Body bytes 304 answers did not send.', registers }),
    upstreamSkipped: new Counter({
      name: 'news_edge_upstream_skipped_total',
      help: 'Upstream requests not made, by origin and reason: retry_after (the upstream asked to wait), backoff (the feed failed recently).',
      labelNames: ['upstream', 'reason'] as const,
      registers,
    }),
    feedTtl: new Gauge({
      name: 'news_edge_feed_ttl_seconds',
      help: 'Effective TTL of each named feed: the upstream\'s freshness within the edge\'s ttl and max-ttl.',
      labelNames: ['feed'] as const,
      registers,
    }),
    feedFailures: new Gauge({
      name: 'news_edge_feed_failures',
      help: 'Consecutive upstream failures of each named feed (0 once it succeeds); each one doubles the wait, up to max-backoff.',
      labelNames: ['feed'] as const,
      registers,
    }),
    feedBackoff: new Gauge({
      name: 'news_edge_feed_backoff_seconds',
      help: 'The wait, in seconds, that the last failure of each named feed set before its upstream is asked again (0 after a success).',
      labelNames: ['feed'] as const,
      registers,
    }),
    backingOff: new Gauge({
      name: 'news_edge_backoff_feeds',
      help: 'Feeds the edge is not asking their upstream for now, after failures or a Retry-After.',
      registers,
      collect() {
        this.set(options.backingOff());
      },
    }),
    entries: new Gauge({
      name: 'news_edge_cache_entries',
      help: 'Feeds in the cache.',
      registers,
      collect() {
        this.set(options.cacheEntries());
      },
    }),
  };
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return metrics;
}

export type EdgeMetrics = ReturnType<typeof createMetrics>;
