// What HTTP means for a feed, written once and shared on purpose by the browser's fetchFeed and
// the edge's upstream client: what to ask for, how to decode what comes back, how long an
// endpoint asks to be left alone, and what to tell the person who can fix a failure.
// No DOM, no Node: both sides import it.

// Kept under 128 characters: a longer Accept is not CORS-safelisted and would force a preflight.
export const ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.5';

/** The body's charset: the Content-Type header's, else an XML declaration's, else UTF-8. */
function charset(contentType: string | null, bytes: Uint8Array): string {
  const header = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (header) return header;
  const prolog = String.fromCharCode(...bytes.subarray(0, 120));
  return prolog.match(/^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding=["']([\w.:-]+)["']/)?.[1] ?? 'utf-8';
}

/** A feed body as text, by its Content-Type's charset or its XML declaration's. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset(contentType, bytes));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // TextDecoder drops a leading BOM itself; the replace covers a BOM the charset kept.
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * `Retry-After` (delay seconds, or an HTTP date read against `now`, ms since the epoch) as whole
 * seconds, rounded up so a wait is never cut short; undefined when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Who reads the advice: a partner whose page names the endpoint, or the outlet running the edge. */
export type Reader = 'page' | 'edge';

export type StatusClass = 'not-found' | 'refused' | 'rate-limited' | 'failed';

const FIX: Record<'not-found' | 'refused', Record<Reader, string>> = {
  'not-found': {
    page: 'check the src address.',
    edge: 'check the address the edge reads.',
  },
  refused: {
    page: 'if it needs an API key, read it through a server-side proxy such as the feed edge (news-widgets-edge --config): a key must never be written into a page.',
    edge: 'check the key or headers the edge sends it.',
  },
};

export function statusClass(status: number): StatusClass {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'refused';
  return status === 429 ? 'rate-limited' : 'failed';
}

/** What went wrong with an answer of `status` from `label` (a URL, or `feeds/<name>`), and what to do. */
export function statusAdvice(status: number, label: string, retryAfter: number | undefined, reader: Reader): string {
  switch (statusClass(status)) {
    case 'not-found':
      return `No feed at ${label} (HTTP ${status}): ${FIX['not-found'][reader]}`;
    case 'refused':
      return `${label} refused access (HTTP ${status}): ${FIX.refused[reader]}`;
    case 'rate-limited':
      return `${label} is limiting requests (HTTP 429)${retryAfter === undefined ? '' : `; it asks to wait ${retryAfter} s`}.`;
    default:
      return `${label} answered HTTP ${status}${status >= 500 ? `: the ${reader === 'page' ? 'endpoint' : 'upstream'} failed; this is usually temporary` : ''}.`;
  }
}
