import type { Config, DOMPurify as Purifier } from 'dompurify';
import {
  ALLOWED_URI_REGEXP, DROPPED_WITH_CONTENT, FORBID_ATTR, FORBID_TAGS, SANITIZER_CONFIG, URL_ATTRIBUTES,
  applyPolicy, finishElement, gateUrl, type PolicyOptions,
} from './sanitize-policy.js';
import { canParseInert, parseInert } from './trusted-types.js';
import { FirstUse } from '../first-use.js';

/**
 * Which engine cleans article bodies: `auto` (the default) uses the browser's HTML Sanitizer API
 * (`Element.setHTML`) where it exists and DOMPurify elsewhere; `dompurify` always uses DOMPurify
 * (the same policy, and the same DOM, in every browser: test/data/sanitize-engines.test.ts).
 */
export type SanitizerEngine = 'auto' | 'dompurify';

export interface SanitizeOptions extends PolicyOptions {
  engine?: SanitizerEngine;
}

/** The policy (src/html/sanitize-policy.ts) in DOMPurify's terms, over its HTML profile. */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP,
  IN_PLACE: true,
  // DOMPurify only walks a tree we parsed: it needs no Trusted Types policy, so it must not create one
  // (a host CSP allowing only `news-widgets` would report it).
  TRUSTED_TYPES_POLICY: null,
};

type ApiElement = Element & { setHTML(markup: string, options: { sanitizer: unknown }): void };

/** Whether this browser has the HTML Sanitizer API. */
export function hasSanitizerApi(): boolean {
  return typeof Element !== 'undefined' && typeof (Element.prototype as Partial<ApiElement>).setHTML === 'function';
}

const usesApi = (engine: SanitizerEngine | undefined) => engine !== 'dompurify' && hasSanitizerApi();

// `document.body` read through the prototype: the body's own markup could clobber the property
// (`<form name="body">` does in Firefox) and hand DOMPurify the wrong root.
const bodyOf = (document: Document) => Object.getOwnPropertyDescriptor(Document.prototype, 'body')!.get!.call(document) as HTMLElement;

let current: PolicyOptions = {};

/** Our own DOMPurify instance, so our hooks never touch a host page's DOMPurify. */
function createPurifier(DOMPurify: Purifier): Purifier {
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    const url = gateUrl(data.attrName, data.attrValue, current);
    if (url === undefined) data.keepAttr = false;
    else data.attrValue = url;
  });
  instance.addHook('afterSanitizeAttributes', (node) => finishElement(node, current));
  return instance;
}

/**
 * DOMPurify, loaded on first use where the browser has no Sanitizer API (or `sanitizer="dompurify"`
 * asks for it): only pages that show a body there pay for it. Fallback when it fails to load:
 * bodies are left out (the read-more link remains), never a broken card.
 */
const purifier = new FirstUse<Purifier>(() => import('dompurify').then((module) => createPurifier(module.default)));

/** Makes `sanitizeHtml` ready for `engine`: undefined once ready, else a promise that settles when it is. */
export function loadSanitizer(engine?: SanitizerEngine): Promise<void> | undefined {
  return usesApi(engine) ? undefined : purifier.load();
}

/** Whether `sanitizeHtml` can clean now with `engine` (or knows for good that it cannot). */
export function sanitizerSettled(engine?: SanitizerEngine): boolean {
  return usesApi(engine) || purifier.value !== undefined || purifier.failed;
}

type ApiDocument = typeof Document & { parseHTML?(markup: string, options: { sanitizer: unknown }): Document };

/**
 * The body cleaned by the Sanitizer API into a new inert document: `Document.parseHTML`, which
 * parses as DOMParser does (scripting off, so `<noscript>` holds markup, as on the DOMPurify
 * path), else `setHTML` on an element of a detached document.
 */
function cleanWithApi(markup: string): Element {
  const { parseHTML } = Document as ApiDocument;
  // `<body>` first, as on the DOMPurify path: leading <template>, <meta> or <style> stay in the body.
  if (parseHTML) return bodyOf(parseHTML.call(Document, `<!doctype html><body>${markup}`, { sanitizer: SANITIZER_CONFIG }));
  const root = document.implementation.createHTMLDocument('').createElement('div') as unknown as ApiElement;
  root.setHTML(markup, { sanitizer: SANITIZER_CONFIG });
  return root;
}

/** The body parsed inertly through our Trusted Types policy and cleaned in place by DOMPurify. */
function cleanWithPurifier(markup: string, options: PolicyOptions): Element | undefined {
  const purify = purifier.value;
  if (!purify || typeof DOMParser === 'undefined' || !canParseInert()) return undefined;
  // `<body>` first, so leading <meta>, <base> or <style> stay in the body, where DOMPurify sees them.
  const root = bodyOf(parseInert(`<!doctype html><body>${markup}`));
  current = options;
  try {
    purify.sanitize(root, CONFIG);
    return root;
  } catch {
    // DOMPurify refuses trees it cannot clean with certainty: show nothing rather than something doubtful.
    return undefined;
  } finally {
    current = {};
  }
}

/**
 * Sanitizes an article body (untrusted HTML) into a `DocumentFragment` to insert as nodes,
 * never as a string. Nothing in the body loads or runs before it is clean: the Sanitizer API
 * parses into a detached inert document (it is no Trusted Types sink, so it needs no policy);
 * DOMPurify cleans a tree parsed inertly through the library's Trusted Types policy. Either way
 * the one policy then applies (src/html/sanitize-policy.ts). Where DOMPurify is the engine and
 * has not settled, or no inert parser is allowed (a host CSP refusing the `news-widgets`
 * policy), the body is left out: an empty fragment.
 */
export function sanitizeHtml(markup: string, options: SanitizeOptions = {}): DocumentFragment {
  const { engine, ...policy } = options;
  const root = !markup ? undefined : usesApi(engine) ? cleanWithApi(markup) : cleanWithPurifier(markup, policy);
  if (!root) return document.createDocumentFragment();
  applyPolicy(root, policy);
  // Unwrapped elements leave neighbouring text nodes: merged, so both engines give the same DOM.
  root.normalize();
  const fragment = root.ownerDocument.createDocumentFragment();
  fragment.append(...root.childNodes);
  return fragment;
}
