// What HTTP means for a feed, written once and shared on purpose by the browser's fetchFeed and
// the edge's upstream client: what to ask for, how to decode what comes back, how long an
// endpoint asks to be left alone, and what to tell the person who can fix a failure.
// No DOM, no Node: both sides import it.

// Kept under 128 characters: a longer Accept is not CORS-safelisted and would force a preflight.
export const ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.5';

const SINGLE_BYTE = /^(?:(?:windows-|cp|x-cp)12\d\d|koi8[-_]?[ru]?|iso[-_]?8859[-_]?\d+|latin-?\d|l\d|(?:us-)?ascii|macintosh|x-mac-\w+)$/i;
const UTF8 = /^utf-?8$/i;

function decode(bytes: Uint8Array, label: string, fatal = false): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal });
  }
  return decoder.decode(bytes);
}

/** The text of `bytes` when they are valid UTF-8, else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decode(bytes, 'utf-8', true);
  } catch {
    return undefined;
  }
}

/**
 * A feed body as text, by the usual precedence: a UTF-8 BOM, the Content-Type's charset, the XML
 * declaration's, UTF-8. Where that contradicts the bytes (valid UTF-8 under a single-byte charset,
 * or invalid UTF-8 under a UTF-8 charset while the XML declaration names another), the charset
 * that decodes them cleanly is used, and the text is `recovered`.
 */
export function decodeFeedBody(bytes: Uint8Array, contentType: string | null): { text: string; recovered: boolean } {
  const header = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  const prolog = String.fromCharCode(...bytes.subarray(0, 120));
  const declared = prolog.match(/^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/)?.[1];
  const bom = prolog.startsWith('\xEF\xBB\xBF');
  const chosen = bom ? 'utf-8' : header ?? declared ?? 'utf-8';
  // Only bytes beyond ASCII can contradict a charset; windows-1251 and KOI8-R text is never valid UTF-8.
  if (!bom && bytes.some((byte) => byte > 0x7f)) {
    if (SINGLE_BYTE.test(chosen)) {
      const text = strictUtf8(bytes);
      if (text !== undefined) return { text, recovered: true };
    } else if (UTF8.test(chosen) && declared && !UTF8.test(declared) && strictUtf8(bytes) === undefined) {
      return { text: decode(bytes, declared), recovered: true };
    }
  }
  // TextDecoder drops a leading BOM itself; the replace covers a BOM the charset kept.
  return { text: decode(bytes, chosen).replace(/^\uFEFF/, ''), recovered: false };
}

/** A feed body as text (`decodeFeedBody`'s). */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  return decodeFeedBody(bytes, contentType).text;
}

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
