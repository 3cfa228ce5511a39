// What HTTP means for a feed, written once and shared on purpose by the browser's fetchFeed and
// the edge's upstream client: what to ask for and how to decode what comes back. What a failure
// means is in ./http-failure.ts, apart, so that pages load it only when an endpoint fails.
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
