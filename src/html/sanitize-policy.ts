import { linkRel, safeUrl } from '../data/urls.js';

// The one policy for article bodies, for both engines that apply it: DOMPurify (src/html/sanitize.ts,
// every browser) and the browser's own HTML Sanitizer API (`Element.setHTML`, where it exists).
// DOMPurify is configured with FORBID_TAGS/FORBID_ATTR over its HTML profile; the lists below are
// what that leaves (test/data/sanitize-engines.test.ts holds them to DOMPurify's own), and
// `applyPolicy` does to a tree the Sanitizer API has cleaned what DOMPurify does to its own: so
// both give the same DOM, which that test checks over a corpus of bodies.

export const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** Elements an article body never keeps (their text stays, unless `DROPPED_WITH_CONTENT` says otherwise). */
export const FORBID_TAGS = ['script', 'noscript', 'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'template', 'slot', 'dialog'];

/**
 * Beyond the forbidden tags: no inline styles or classes (the body must not restyle or reach
 * outside the card), no `part`/`slot`/`exportparts` (they would pose as the card's own parts), no
 * popovers, no autoplay, no srcset (its URLs would escape the gate); `target` and `rel` are ours.
 */
export const FORBID_ATTR = ['style', 'class', 'part', 'exportparts', 'slot', 'srcset', 'sizes', 'autoplay', 'popover', 'popovertarget',
  'popovertargetaction', 'command', 'commandfor', 'tabindex', 'nonce', 'integrity', 'crossorigin', 'target', 'rel'];

/** DOMPurify's HTML elements, less FORBID_TAGS. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set(['a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo',
  'big', 'blink', 'blockquote', 'body', 'br', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'content', 'data', 'datalist',
  'dd', 'decorator', 'del', 'details', 'dfn', 'dir', 'div', 'dl', 'dt', 'element', 'em', 'fieldset', 'figcaption', 'figure', 'font', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i', 'img', 'ins', 'kbd', 'label', 'legend', 'li', 'main', 'map',
  'mark', 'marquee', 'menu', 'menuitem', 'meter', 'nav', 'nobr', 'ol', 'optgroup', 'output', 'p', 'picture', 'pre', 'progress', 'q', 'rp', 'rt',
  'ruby', 's', 'samp', 'search', 'section', 'shadow', 'small', 'source', 'spacer', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr']);

/** DOMPurify's HTML attributes, less FORBID_ATTR (and any `aria-*`, which DOMPurify allows too). */
export const ALLOWED_ATTR: ReadonlySet<string> = new Set(['accept', 'action', 'align', 'alt', 'autocapitalize', 'autocomplete', 'autopictureinpicture',
  'background', 'bgcolor', 'border', 'capture', 'cellpadding', 'cellspacing', 'checked', 'cite', 'clear', 'color', 'cols', 'colspan', 'controls',
  'controlslist', 'coords', 'datetime', 'decoding', 'default', 'dir', 'disabled', 'disablepictureinpicture', 'disableremoteplayback', 'download',
  'draggable', 'enctype', 'enterkeyhint', 'face', 'for', 'headers', 'height', 'hidden', 'high', 'href', 'hreflang', 'id', 'inert', 'inputmode',
  'ismap', 'kind', 'label', 'lang', 'list', 'loading', 'loop', 'low', 'max', 'maxlength', 'media', 'method', 'min', 'minlength', 'multiple',
  'muted', 'name', 'noshade', 'novalidate', 'nowrap', 'open', 'optimum', 'pattern', 'placeholder', 'playsinline', 'poster', 'preload', 'pubdate',
  'radiogroup', 'readonly', 'required', 'rev', 'reversed', 'role', 'rows', 'rowspan', 'spellcheck', 'scope', 'selected', 'shape', 'size', 'span',
  'srclang', 'start', 'src', 'step', 'summary', 'title', 'translate', 'type', 'usemap', 'valign', 'value', 'width', 'wrap', 'xmlns']);

/**
 * Elements removed with everything inside: DOMPurify's FORBID_CONTENTS, and `object`, whose
 * fallback content the Sanitizer API always drops with it (so DOMPurify is told to as well).
 */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(['annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe',
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'selectedcontent', 'style', 'svg', 'template',
  'thead', 'title', 'video', 'xmp', 'object']);

/** Allowed attributes whose value is never a URL (DOMPurify's URI_SAFE_ATTRIBUTES). */
const URI_SAFE_ATTR = new Set(['alt', 'class', 'for', 'id', 'label', 'name', 'pattern', 'placeholder', 'role', 'summary', 'title', 'value', 'style', 'xmlns']);

/** Any other allowed attribute whose value starts like a scheme must be http(s) or mailto. */
export const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// DOMPurify's own patterns for the checks it makes on every attribute value.
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const ATTR_VALUE_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const SELF_CLOSING_TAG = /\/>/i;
const ARIA_ATTR = /^aria-[\-\w]+$/;

/** Attributes a browser follows or fetches: each must pass `safeUrl` (or be a mailto: link). */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite', 'poster', 'background', 'action', 'formaction', 'xlink:href', 'longdesc']);

export interface PolicyOptions {
  /** The article's own URL: relative links and images in the body resolve against it. */
  baseUrl?: string;
  /** `target` for the body's links, e.g. `_blank`; none when unset. */
  linkTarget?: string;
}

/** A URL attribute's value through the one gate, or undefined when it must go. */
export function gateUrl(name: string, value: string, options: PolicyOptions): string | undefined {
  if (name === 'href' && /^\s*mailto:/i.test(value)) return value.trim();
  return safeUrl(value, options.baseUrl);
}

/** Our link policy and lazy images, on an element the policy keeps (both engines). */
export function finishElement(element: Element, options: PolicyOptions): void {
  if (element.localName === 'a' || element.localName === 'area') {
    if (!element.hasAttribute('href')) return;
    const rel = linkRel(options.linkTarget);
    if (rel) element.setAttribute('rel', rel);
    if (options.linkTarget) element.setAttribute('target', options.linkTarget);
  } else if (element.localName === 'img') {
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
}

const FORM_PARTS = new Set(['form', 'input', 'button', 'textarea', 'select']);

/**
 * The Sanitizer API configuration: what DOMPurify removes with its content, unwraps, and the
 * attributes it refuses by name. The API also applies its built-in safe baseline (no scripts,
 * frames, plugins or event handlers, no `javascript:` URLs). It cannot express "unwrap every
 * element not in this list" (an element missing from an allowlist goes with its text) nor URL
 * rules, so `applyPolicy` completes the policy on the tree it returns.
 */
export const SANITIZER_CONFIG = {
  removeElements: [
    ...[...DROPPED_WITH_CONTENT].filter((name) => !ALLOWED_TAGS.has(name)).map((name) => ({ name, namespace: HTML_NS })),
    { name: 'svg', namespace: SVG_NS },
    { name: 'math', namespace: MATHML_NS },
  ],
  // Forms and their controls are left to `applyPolicy`, which must see a form with its controls to
  // tell, as DOMPurify does, whether they clobber it (a clobbered form goes with its content).
  replaceWithChildrenElements: FORBID_TAGS.filter((name) => !DROPPED_WITH_CONTENT.has(name) && !FORM_PARTS.has(name)).map((name) => ({ name, namespace: HTML_NS })),
  removeAttributes: FORBID_ATTR,
  comments: false,
};

// Read through the prototypes: a body's named form controls must not answer for a form's own
// properties (DOMPurify's `_isClobbered` guards the same way). Taken on first use: this module
// is also loaded where there is no DOM (a server rendering the card).
interface Dom {
  firstChild(this: Node): Node | null;
  nextSibling(this: Node): Node | null;
  parentNode(this: Node): Node | null;
  attributes(this: Element): NamedNodeMap;
  insertBefore: Node['insertBefore'];
  removeChild: Node['removeChild'];
  removeAttribute: Element['removeAttribute'];
  setAttribute: Element['setAttribute'];
}
let domMethods: Dom | undefined;
function dom(): Dom {
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get! as never;
  return (domMethods ??= {
    firstChild: getter(Node.prototype, 'firstChild'),
    nextSibling: getter(Node.prototype, 'nextSibling'),
    parentNode: getter(Node.prototype, 'parentNode'),
    attributes: getter(Element.prototype, 'attributes'),
    insertBefore: Node.prototype.insertBefore,
    removeChild: Node.prototype.removeChild,
    removeAttribute: Element.prototype.removeAttribute,
    setAttribute: Element.prototype.setAttribute,
  });
}

function remove(node: Node): void {
  const parent = dom().parentNode.call(node);
  if (parent) dom().removeChild.call(parent, node);
}

/** A form whose named controls shadow the DOM methods a sanitizer relies on: DOMPurify removes it whole. */
function isClobbered(element: Element): boolean {
  if (element.localName !== 'form') return false;
  const form = element as unknown as Record<string, unknown>;
  return typeof form.nodeName !== 'string' || typeof form.textContent !== 'string' || typeof form.removeChild !== 'function'
    || form.attributes !== dom().attributes.call(element) || typeof form.removeAttribute !== 'function' || typeof form.removeAttributeNode !== 'function'
    || typeof form.getAttributeNode !== 'function' || typeof form.setAttribute !== 'function' || typeof form.namespaceURI !== 'string'
    || typeof form.insertBefore !== 'function' || typeof form.hasChildNodes !== 'function';
}

let formForNames: HTMLFormElement | undefined;

/** DOMPurify's `_isValidAttribute` for our configuration. */
function validAttribute(tag: string, name: string, value: string): boolean {
  if (FORBID_ATTR.includes(name) || name === 'patchsrc' || (name === 'for' && tag !== 'label' && tag !== 'output')) return false;
  // An id or name that would shadow a document or form property (DOM clobbering).
  formForNames ??= document.createElement('form');
  if ((name === 'id' || name === 'name') && (value in document || value in formForNames)) return false;
  if (ARIA_ATTR.test(name)) return true;
  if (!ALLOWED_ATTR.has(name)) return false;
  if (URI_SAFE_ATTR.has(name)) return true;
  return ALLOWED_URI_REGEXP.test(value.replace(ATTR_WHITESPACE, '')) || !value;
}

function cleanAttributes(element: Element, options: PolicyOptions): void {
  const tag = element.localName;
  const { attributes: attributesOf, removeAttribute, setAttribute } = dom();
  const attributes = attributesOf.call(element);
  for (let index = attributes.length - 1; index >= 0; index--) {
    const attribute = attributes[index];
    const { name } = attribute;
    let value = name === 'value' ? attribute.value : attribute.value.trim();
    let keep = !attribute.namespaceURI;
    if (keep && URL_ATTRIBUTES.has(name)) {
      const url = gateUrl(name, value, options);
      if (url === undefined) keep = false;
      else value = url;
    }
    keep &&= !ATTR_VALUE_BREAKOUT.test(value) && !SELF_CLOSING_TAG.test(value) && validAttribute(tag, name, value);
    if (!keep) removeAttribute.call(element, name);
    else if (value !== attribute.value) setAttribute.call(element, name, value);
  }
}

/**
 * Applies the policy to the children of `root` (an element of an inert document the Sanitizer
 * API has cleaned): elements outside the allowlist unwrapped (their content kept and checked) or
 * removed with their content, comments removed, attributes by DOMPurify's rules, URLs through
 * the one gate, then our link policy and lazy images.
 */
export function applyPolicy(root: Node, options: PolicyOptions): void {
  const { firstChild: firstChildOf, nextSibling: nextSiblingOf, parentNode: parentOf, insertBefore } = dom();
  let node = firstChildOf.call(root);
  while (node) {
    let next = nextSiblingOf.call(node);
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.localName;
      if (element.namespaceURI !== HTML_NS || isClobbered(element) || DROPPED_WITH_CONTENT.has(tag) && !ALLOWED_TAGS.has(tag)) {
        remove(element);
      } else if (!ALLOWED_TAGS.has(tag)) {
        // Unwrapped: its children take its place and are checked in turn.
        const first = firstChildOf.call(element);
        for (let child = first; child; child = firstChildOf.call(element)) insertBefore.call(parentOf.call(element)!, child, element);
        remove(element);
        if (first) next = first;
      } else {
        cleanAttributes(element, options);
        finishElement(element, options);
        applyPolicy(element, options);
      }
    } else if (node.nodeType !== Node.TEXT_NODE) {
      remove(node);
    }
    node = next;
  }
}
