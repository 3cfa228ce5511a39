/// <reference types="node" />
import { html as serverHtml, LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// Each element's own registration, never src/define.ts: that one carries Lit's hydration
// support, which must not patch LitElement on the server.
import '../components/latest-list/define.js';
import '../components/article-card/define.js';
import '../components/source-attribution/define.js';
import { sourceAddresses } from '../data/feeds/sources.js';
import { readJsonFeed } from '../data/feeds/read-json-feed.js';
import type { Feed, NewsItem } from '../data/types.js';
import { toJsonFeed } from '../data/feeds/json-feed.js';
// Every language at hand: a server renderer calls no scheduleUpdate, so none could load on demand.
import '../i18n/all-languages.js';
import { nodeParsers } from '../node/parsers.js';

export const WIDGET_TAGS = ['news-latest-list', 'news-article-card', 'news-source-attribution'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** An attribute's value: a string or number as written; `true` a boolean attribute; `false`, `null`, `undefined` none. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderWidgetOptions {
  /** The items to show, e.g. from `normalizeFeed`; they pass the same gate as in a browser. */
  items?: readonly NewsItem[];
  /** A feed (e.g. from `fetchFeed` or `normalizeFeed`): its items are shown. */
  feed?: Feed;
  /**
   * The element's attributes, as in HTML (`time-zone`, `date-format`, `layout`, …). `lang` is
   * required: a server cannot see the page's language. `src` (one address) is where the element
   * fetches from on refresh and retry; without it the element only ever shows these items.
   */
  attributes: { lang: string } & Record<string, AttributeValue>;
}


/** The list's layouts rendered by the list itself (the others load a module of their own in the browser). */
const SERVER_LIST_LAYOUTS = ['list', 'compact', 'grid'];

/** Attributes every element takes besides its own: `lang`, and what a page may hang on any element. */
const GLOBAL_ATTRIBUTE = /^(lang|id|class|hidden|data-[a-z0-9-]+)$/;

function elementClass(tag: WidgetTag) {
  return customElements.get(tag) as unknown as { observedAttributes: string[] };
}

/** `[name, value]` pairs as the element will carry them; throws `TypeError` for anything it would not understand. */
export function widgetAttributes(tag: WidgetTag, attributes: RenderWidgetOptions['attributes']): [string, string][] {
  if (typeof attributes?.lang !== 'string' || !attributes.lang.trim()) {
    throw new TypeError(`renderWidget needs attributes.lang (ru, kk or en): a server cannot see the page's language.`);
  }
  const known = new Set(elementClass(tag).observedAttributes.filter((name) => name !== 'defer-hydration'));
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (!known.has(name) && !GLOBAL_ATTRIBUTE.test(name)) {
      throw new TypeError(`<${tag}> has no attribute "${name}"; it has lang, ${[...known].sort().join(', ')} (and id, class, hidden, data-*).`);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && value !== true) throw new TypeError(`attributes["${name}"] must be a string, number or boolean.`);
    pairs.push([name, value === true ? '' : String(value)]);
  }
  // The ticker and carousel layouts live in modules the browser loads when used: not rendered here.
  const layout = pairs.find(([name]) => name === 'layout')?.[1];
  if (tag === 'news-latest-list' && layout !== undefined && !SERVER_LIST_LAYOUTS.includes(layout)) {
    throw new TypeError(`renderWidget renders the list's ${SERVER_LIST_LAYOUTS.join(', ')} layouts; ${layout} is rendered in the browser.`);
  }
  const src = pairs.find(([name]) => name === 'src')?.[1];
  if (src !== undefined && sourceAddresses(src).length > 1) throw new TypeError('renderWidget renders one source: give src a single address.');
  return pairs;
}

/**
 * What the element will know of its items: only what it renders (the list shows no lead or
 * body; the card's body only with `show-body`; the attribution one story), as the edge's JSON
 * Feed, after the data layer's gate. The browser reads the same JSON back to the same items.
 */
function serverData(tag: WidgetTag, source: Feed, attributes: [string, string][]): { feed: Feed; json: Record<string, unknown> } {
  const has = (name: string) => attributes.some(([key]) => key === name);
  const keep = (item: NewsItem): NewsItem => {
    const { bodyHtml, summary, ...rest } = item;
    if (tag === 'news-article-card') return has('show-body') ? item : { ...rest, summary };
    return rest;
  };
  const items = (tag === 'news-source-attribution' ? source.items.slice(0, 1) : source.items).map(keep);
  // Twice through the gate, with the browser's reader: the second reading is of exactly the JSON the browser will read.
  const json = toJsonFeed(readJsonFeed(toJsonFeed({ ...source, items }, ''), { parsers: nodeParsers }), '');
  return { feed: readJsonFeed(json, { parsers: nodeParsers }), json };
}

/** JSON inside `<script>`: no `<`, `>` or `&` that could end it or start a comment; U+2028/9 escaped too. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The outermost element of one render gets the attributes and the data; elements it renders
 * inside its own shadow root (the card's attribution) are Lit's to set up.
 */
function rendererFor(attributes: [string, string][], feed: Feed) {
  let outermost = true;
  return class WidgetRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      if (!outermost) return;
      outermost = false;
      for (const [name, value] of attributes) this.setAttribute(name, value);
      const element = this.element as unknown as Record<string, unknown>;
      if (tagName === 'news-source-attribution') element.item = feed.items[0];
      else element.serverFeed = feed;
    }
  };
}

function template(tag: WidgetTag, script: string) {
  const data = unsafeHTML(`<script type="application/json">${script}</script>`);
  // One literal template per element: Lit caches templates by their strings.
  switch (tag) {
    case 'news-latest-list':
      return serverHtml`<news-latest-list>${data}</news-latest-list>`;
    case 'news-article-card':
      return serverHtml`<news-article-card>${data}</news-article-card>`;
    case 'news-source-attribution':
      return serverHtml`<news-source-attribution>${data}</news-source-attribution>`;
  }
}

/**
 * The HTML of one widget with its items rendered into a declarative shadow root, as the browser
 * would render it, plus those items as data in an inert `<script type="application/json">` child,
 * from which the element hydrates without fetching again. Dates are in the element's `time-zone`
 * (UTC when unset) and never relative; the article body is left to the browser. The same input
 * gives byte-identical HTML. Throws `TypeError` for an unknown tag or attribute, or without
 * `attributes.lang`; a `FeedError` when the items cannot be read.
 */
export async function renderWidget(tag: WidgetTag, options: RenderWidgetOptions): Promise<string> {
  if (!(WIDGET_TAGS as readonly string[]).includes(tag)) throw new TypeError(`renderWidget renders ${WIDGET_TAGS.join(', ')}, not ${String(tag)}.`);
  const attributes = widgetAttributes(tag, options.attributes);
  const source: Feed = options.feed ?? { shape: 'items', items: [...(options.items ?? [])] };
  if (!Array.isArray(source.items)) throw new TypeError('renderWidget needs items (an array of NewsItem) or a feed.');
  const { feed, json } = serverData(tag, source, attributes);
  return collectResultSync(render(template(tag, scriptJson(json)), { elementRenderers: [rendererFor(attributes, feed)] }));
}
