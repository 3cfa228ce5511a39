// The script-tag entry of dist/news-widgets.js (an ES module): registers each element when the
// page first uses it, so a page with one list loads no card, attribution or sanitizer code.
// Elements already in the page, and any added later to the document, are found; registration
// is guarded, so this module beside the IIFE builds (or twice) is harmless.

import { FeedError } from './data/errors.js';
import { NewsErrorEvent } from './events.js';

// The one error type every `news-error` carries, for pages that check it (`isFeedError`).
export { FeedError, isFeedError } from './data/errors.js';

const DEFINITIONS: Record<string, () => Promise<unknown>> = {
  'news-latest-list': () => import('./components/latest-list/define.js'),
  'news-article-card': () => import('./components/article-card/define.js'),
  'news-source-attribution': () => import('./components/source-attribution/define.js'),
};

// Server-rendered widgets (news-widgets/ssr) arrive with a declarative shadow root. Only then is
// Lit's hydration support loaded, before any element class is defined, so that they hydrate in
// place; a page without them does not pay for it. (A server-rendered widget added after that
// renders afresh, as it does wherever hydration support is missing.)
const serverRendered = [...document.querySelectorAll(Object.keys(DEFINITIONS).join(','))].some((element) => element.shadowRoot);
const hydration = serverRendered ? import('@lit-labs/ssr-client/lit-element-hydrate-support.js') : undefined;

const loading = new Map<string, Promise<unknown>>();
let observer: MutationObserver | undefined;

/**
 * An element's code that could not be fetched (offline, or a chunk an import map's integrity
 * hash refused): each element of that tag in the document fires `news-error` and keeps its
 * fallback content, and the next element of the tag added tries again.
 */
function failed(tag: string, cause: unknown): void {
  loading.delete(tag);
  watch();
  const error = new FeedError('network', `news-widgets: the code of <${tag}> could not be loaded`, { cause });
  for (const element of document.querySelectorAll(tag)) element.dispatchEvent(new NewsErrorEvent(error, false));
}

/**
 * Registers one element now, e.g. for an element inside another component's shadow root,
 * where the page-wide watch cannot see it. Resolves once it is defined; rejects when its code
 * could not be loaded.
 */
export function load(tag: string): Promise<unknown> {
  let pending = loading.get(tag);
  if (!pending) {
    const define = DEFINITIONS[tag];
    pending = customElements.get(tag) || !Object.hasOwn(DEFINITIONS, tag) ? Promise.resolve() : hydration ? hydration.then(define) : define();
    loading.set(tag, pending);
    pending.catch((cause: unknown) => failed(tag, cause));
    if (loading.size === Object.keys(DEFINITIONS).length) observer?.disconnect();
  }
  return pending;
}

/** Registers the elements used in `root` (an element, a document or a shadow root). */
function discover(root: Element | Document | DocumentFragment): void {
  for (const tag of Object.keys(DEFINITIONS)) {
    if (loading.has(tag)) continue;
    // querySelector stops at the first match; a failure is reported by `failed`, not left unhandled.
    if ((root as Element).localName === tag || root.querySelector(tag)) load(tag).catch(() => {});
  }
}

/** Watches the document for elements added later (again, after a failure). */
function watch(): void {
  observer ??= new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
  });
  observer.observe(document, { childList: true, subtree: true });
}

discover(document);
if (loading.size < Object.keys(DEFINITIONS).length) watch();
