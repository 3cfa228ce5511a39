// The script-tag entry of dist/news-widgets.js (an ES module): registers each element when the
// page first uses it, so a page with one list loads no card, attribution or sanitizer code.
// Elements already in the page, and any added later to the document, are found; registration
// is guarded, so this module beside the IIFE builds (or twice) is harmless.

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
 * Registers one element now, e.g. for an element inside another component's shadow root,
 * where the page-wide watch cannot see it. Resolves once it is defined.
 */
export function load(tag: string): Promise<unknown> {
  let pending = loading.get(tag);
  if (!pending) {
    const define = DEFINITIONS[tag];
    pending = customElements.get(tag) || !Object.hasOwn(DEFINITIONS, tag) ? Promise.resolve() : hydration ? hydration.then(define) : define();
    loading.set(tag, pending);
    if (loading.size === Object.keys(DEFINITIONS).length) observer?.disconnect();
  }
  return pending;
}

/** Registers the elements used in `root` (an element, a document or a shadow root). */
function discover(root: Element | Document | DocumentFragment): void {
  for (const tag of Object.keys(DEFINITIONS)) {
    if (loading.has(tag)) continue;
    // querySelector stops at the first match.
    if ((root as Element).localName === tag || root.querySelector(tag)) void load(tag);
  }
}

discover(document);
if (loading.size < Object.keys(DEFINITIONS).length) {
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
  });
  observer.observe(document, { childList: true, subtree: true });
}
