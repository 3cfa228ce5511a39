import type { Config, DOMPurify as Purifier } from 'dompurify';
import { canParseInert, parseInert } from './trusted-types.js';
import { linkRel, safeUrl } from './urls.js';

export interface SanitizeOptions {
  /** The article's own URL: relative links and images in the body resolve against it. */
  baseUrl?: string;
  /** `target` for the body's links, e.g. `_blank`; none when unset. */
  linkTarget?: string;
}

// Attributes a browser follows or fetches: each must pass `safeUrl` (or be a mailto: link).
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster', 'background', 'action', 'formaction', 'xlink:href', 'longdesc']);

/**
 * HTML only. Beyond the forbidden tags: no inline styles or classes (the body must not
 * restyle or reach outside the card), no `part`/`slot`/`exportparts` (they would pose as
 * the card's own parts), no popovers, no autoplay, no srcset (its URLs would escape the gate).
 */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['script', 'noscript', 'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame',
    'frameset', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'template', 'slot', 'dialog'],
  FORBID_ATTR: ['style', 'class', 'part', 'exportparts', 'slot', 'srcset', 'sizes', 'autoplay', 'popover', 'popovertarget',
    'popovertargetaction', 'command', 'commandfor', 'tabindex', 'nonce', 'integrity', 'crossorigin', 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  IN_PLACE: true,
  // DOMPurify only walks a tree we parsed: it needs no Trusted Types policy, so it must not create one
  // (a host CSP allowing only `news-widgets` would report it).
  TRUSTED_TYPES_POLICY: null,
};

// `document.body` read through the prototype: the body's own markup could clobber the property
// (`<form name="body">` does in Firefox) and hand DOMPurify the wrong root.
const bodyOf = (document: Document) => Object.getOwnPropertyDescriptor(Document.prototype, 'body')!.get!.call(document) as HTMLElement;

// undefined until loaded; null when DOMPurify's chunk failed to load (bodies are then left out).
let purifier: Purifier | null | undefined;
let purifierLoad: Promise<void> | undefined;
let current: SanitizeOptions = {};

function gateUrl(name: string, value: string): string | undefined {
  if (name === 'href' && /^\s*mailto:/i.test(value)) return value.trim();
  return safeUrl(value, current.baseUrl);
}

/** Our own DOMPurify instance, so our hooks never touch a host page's DOMPurify. */
function createPurifier(DOMPurify: Purifier): Purifier {
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    const url = gateUrl(data.attrName, data.attrValue);
    if (url === undefined) data.keepAttr = false;
    else data.attrValue = url;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.localName === 'a' || node.localName === 'area') {
      if (!node.hasAttribute('href')) return;
      const rel = linkRel(current.linkTarget);
      if (rel) node.setAttribute('rel', rel);
      if (current.linkTarget) node.setAttribute('target', current.linkTarget);
    } else if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return instance;
}

/**
 * Loads DOMPurify (its own chunk in the script-tag ES module: only cards that show a body
 * pay for it). Undefined once loaded, else a promise that settles when it is; a chunk that
 * fails to load leaves bodies out (the read-more link remains), never a broken card.
 */
export function loadSanitizer(): Promise<void> | undefined {
  if (purifier !== undefined) return undefined;
  purifierLoad ??= import('dompurify').then(
    (module) => void (purifier = createPurifier(module.default)),
    () => void (purifier = null),
  );
  return purifierLoad;
}

/** Whether `sanitizeHtml` can clean now (or knows for good that it cannot). */
export function sanitizerSettled(): boolean {
  return purifier !== undefined;
}

/**
 * Sanitizes an article body (untrusted HTML) into a `DocumentFragment` to insert as nodes,
 * never as a string. The markup is parsed inertly through the library's Trusted Types policy
 * and DOMPurify cleans that tree in place, so DOMPurify never needs a policy of its own and
 * nothing in the body loads or runs before it is clean. Where no inert parser is allowed
 * (a host CSP refusing the `news-widgets` policy), or before `loadSanitizer` has settled,
 * the body is left out: an empty fragment.
 */
export function sanitizeHtml(markup: string, options: SanitizeOptions = {}): DocumentFragment {
  if (!markup || !purifier || typeof DOMParser === 'undefined' || !canParseInert()) return document.createDocumentFragment();
  // `<body>` first, so leading <meta>, <base> or <style> stay in the body, where DOMPurify sees them.
  const inert = parseInert(`<!doctype html><body>${markup}`);
  const root = bodyOf(inert);
  current = options;
  try {
    purifier.sanitize(root, CONFIG);
  } catch {
    // DOMPurify refuses trees it cannot clean with certainty: show nothing rather than something doubtful.
    return document.createDocumentFragment();
  } finally {
    current = {};
  }
  const fragment = inert.createDocumentFragment();
  fragment.append(...root.childNodes);
  return fragment;
}
