// What an HTTP failure means for a feed, written once for the browser's fetchFeed (which loads it
// only when an endpoint fails, through ./http-error.ts) and the edge's upstream client: how long
// an endpoint asks to be left alone, and what to tell the person who can fix it. No DOM, no Node.

/**
 * `Retry-After` (delay seconds, or an HTTP date read against `now`, ms since the epoch) as whole
 * seconds, rounded up so a wait is never cut short; undefined when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  // An HTTP date has a day or month name; "-5" or "1e3" is no wait at all, not a year.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export type StatusClass = 'not-found' | 'refused' | 'rate-limited' | 'failed';

/** What the reader of the advice can do about a missing feed, a refusal and a server failure. */
export type StatusFix = Record<'not-found' | 'refused' | 'failed', string>;

/** The advice for a partner whose page names the endpoint; the edge passes its own (src/edge/upstream.ts). */
const PAGE_FIX: StatusFix = {
  'not-found': 'check the src address.',
  refused: 'if it needs an API key, read it through a server-side proxy such as the feed edge (news-widgets-edge --config): a key must never be written into a page.',
  failed: 'the endpoint failed; this is usually temporary',
};

export function statusClass(status: number): StatusClass {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'refused';
  return status === 429 ? 'rate-limited' : 'failed';
}

/** What went wrong with an answer of `status` from `label` (a URL, or `feeds/<name>`), and what to do. */
export function statusAdvice(status: number, label: string, retryAfter: number | undefined, fix = PAGE_FIX): string {
  switch (statusClass(status)) {
    case 'not-found':
      return `No feed at ${label} (HTTP ${status}): ${fix['not-found']}`;
    case 'refused':
      return `${label} refused access (HTTP ${status}): ${fix.refused}`;
    case 'rate-limited':
      return `${label} is limiting requests (HTTP 429)${retryAfter === undefined ? '' : `; it asks to wait ${retryAfter} s`}.`;
    default:
      return `${label} answered HTTP ${status}${status >= 500 ? `: ${fix.failed}` : ''}.`;
  }
}
