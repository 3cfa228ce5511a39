const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

function defaultBase(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

/**
 * The one gate every URL passes: resolves `value` against `base` and returns it
 * only when it is `http:` or `https:`. The URL parser strips the tabs, newlines and
 * control characters that obfuscated `java\tscript:` relies on, so the protocol
 * check sees what a browser would follow.
 */
export function safeUrl(value: unknown, base: string | undefined = defaultBase()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > 4096) return undefined;
  let parsed: URL;
  try {
    parsed = base ? new URL(text, base) : new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

/** Adds `params` (a query string such as `utm_source=partner`) to a safe URL. */
export function withParams(url: string, params: string | undefined): string {
  if (!params) return url;
  const target = new URL(url);
  for (const [key, value] of new URLSearchParams(params)) target.searchParams.set(key, value);
  return target.href;
}

// Targets that stay in the same browsing context (or its ancestors): no new window to guard.
const SAME_CONTEXT_TARGETS = new Set(['', '_self', '_parent', '_top']);

/**
 * The one link policy, for titles, "read more", attribution and article-body links: `noopener`
 * wherever a link opens another browsing context (the opened page gets no handle on the host's
 * window); otherwise no `rel`. `noreferrer` is never added: outlets count partner traffic by
 * the Referer, and the host page's own Referrer-Policy still applies.
 */
export function linkRel(target: string | undefined): string | undefined {
  return SAME_CONTEXT_TARGETS.has((target ?? '').trim().toLowerCase()) ? undefined : 'noopener';
}
