/**
 * The library's one Trusted Types policy, `news-widgets`. It only ever feeds HTML to
 * inert parsers (DOMParser documents run no scripts and load nothing); anything that
 * reaches the page goes through DOMPurify first. Pages without Trusted Types get strings.
 * Its one script URL is a `blob:` address the library made itself (the Intl warm-up worker).
 */
interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;

function getPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    policy = factory ? factory.createPolicy('news-widgets', { createHTML: (input) => input, createScriptURL: (input) => (input.startsWith('blob:') ? input : '') }) : null;
  } catch {
    // The host's CSP does not allow our policy name: inert parsing is then unavailable.
    policy = null;
  }
  return policy;
}

/** Whether `parseInert` can run on this page. */
export function canParseInert(): boolean {
  return typeof DOMParser !== 'undefined' && (getPolicy() !== null || !(globalThis as { trustedTypes?: unknown }).trustedTypes);
}

/** Parses markup into a document that executes and loads nothing. */
export function parseInert(markup: string, type: DOMParserSupportedType = 'text/html'): Document {
  const trusted = getPolicy()?.createHTML(markup) ?? markup;
  return new DOMParser().parseFromString(trusted as string, type);
}

/** A `blob:` address this library made, as a worker's script URL under Trusted Types. */
export function trustedBlobUrl(url: string): string {
  return (getPolicy()?.createScriptURL(url) ?? url) as string;
}
