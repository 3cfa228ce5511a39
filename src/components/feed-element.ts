import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ClockController } from '../controllers/clock-controller.js';
import { FeedController, type FeedRequest } from '../controllers/feed-controller.js';
import type { Feed, FieldMap, NewsItem } from '../data/types.js';
import { safeUrl, withParams } from '../data/urls.js';
import { fireItemClick, NewsLoadEvent } from '../events.js';
import type { DateDisplay } from '../i18n/date-display.js';
import { NewsElement } from './news-element.js';
import { readServerFeed } from './server-feed.js';

export type { Theme } from './news-element.js';

/** Part names of an item's headline: `title`, plus `derived-title` when the feed gave none. */
export function titleParts(item: NewsItem): string {
  return item.titleDerived ? 'title derived-title' : 'title';
}

/** Each heading template's strings per level, made once (Lit keys its templates by their strings). */
const HEADINGS = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * `html` for a heading of `level` (1–6; `h2` for anything unreadable), its tag written as `<h …>`
 * and `</h>`: headingHtml(3)`<h part="heading">${text}</h>` renders an `<h3>`. What Lit's
 * `static-html` does for a tag, without its module (a quarter of a KB gzip in every build).
 */
export function headingHtml(level: unknown) {
  const n = Math.min(6, Math.max(1, Math.floor(Number(level)) || 2));
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let byLevel = HEADINGS.get(strings);
    if (!byLevel) HEADINGS.set(strings, (byLevel = []));
    if (!byLevel[n]) {
      const own = strings.map((part) => part.replace(/<(\/?)h\b/g, `<$1h${n}`));
      byLevel[n] = Object.assign(own, { raw: own }) as unknown as TemplateStringsArray;
    }
    return html(byLevel[n], ...values);
  };
}

/**
 * What every feed-reading element adds to `NewsElement`: the data-layer attributes, fetching
 * (through `FeedController`), relative dates, article links and the error state.
 * Subclasses render; they never fetch.
 */
export abstract class FeedElement extends NewsElement {
  static override properties: PropertyDeclarations = {
    src: {},
    itemsPath: { attribute: 'items-path' },
    map: {},
    dateInputFormat: { attribute: 'date-input-format' },
    relativeDates: { attribute: 'relative-dates', type: Boolean },
    relativeMaxAge: { attribute: 'relative-max-age', type: Number },
    loading: {},
    refresh: { type: Number },
    cache: {},
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    timeout: { type: Number },
    linkParams: { attribute: 'link-params' },
  };

  /** Address of the JSON, RSS or Atom endpoint (absolute, or relative to the page). */
  src = '';

  /** Dot path to the items in the response, for shapes that are not detected (e.g. `data.news`). */
  itemsPath = '';

  /** Field → path mapping as JSON, e.g. `{"title":"headline.text"}`; an object when set as a property. */
  map: string | FieldMap = '';

  /** date-fns `parse` pattern for the feed's dates, e.g. `dd/MM/yyyy - HH:mm`. */
  dateInputFormat = '';

  /** Show recent dates as "5 минут назад". */
  relativeDates = false;

  /** With `relative-dates`: age in hours after which dates use `date-format` again. */
  relativeMaxAge = 24;

  /** `lazy`: nothing is fetched until the element nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Seconds between refreshes (at least 10); 0 never refreshes. */
  refresh = 0;

  /** `local`: keep the last good feed in localStorage and show it, marked stale, when the endpoint is down on a later visit. */
  cache: 'none' | 'local' = 'none';

  /** With `cache="local"`: how long, in seconds, a kept feed may be shown (default one day). */
  cacheTtl = 86_400;

  /** Seconds the endpoint has to answer, body included (default 10). */
  timeout = 10;

  /** Query parameters added to article links, e.g. `utm_source=partner&utm_medium=widget`. */
  linkParams = '';

  /**
   * The feed a server rendered this element with: set by `renderWidget` on the server, read in the
   * browser from the `<script type="application/json">` the server put inside the element. The
   * first render shows it without a request (and `news-load` fires); refresh, retry and a new
   * `src` fetch as usual.
   */
  serverFeed?: Feed;

  protected readonly feedController = new FeedController(this);
  protected readonly clock = new ClockController(this);
  /** A server-rendered feed was shown: `news-load` fires once it has rendered. */
  private serverFeedLoadPending = false;

  constructor() {
    super();
    this.addController({
      hostUpdated: () => {
        const feed = this.feedController.feed;
        if (!this.serverFeedLoadPending || !feed) return;
        this.serverFeedLoadPending = false;
        const sources = this.feedController.sources.map(({ src }) => ({ src, shape: feed.shape, count: feed.items.length }));
        this.dispatchEvent(new NewsLoadEvent(feed, sources));
      },
    });
  }

  /** True when items were given as a property: then nothing is fetched. */
  protected abstract get hasOwnItems(): boolean;

  protected override readServerData(): boolean {
    this.serverFeed ??= readServerFeed(this);
    return Boolean(this.serverFeed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.clock.enabled = this.relativeDates;
    if (!this.hasUpdated && this.readServerData()) {
      this.feedController.seed(this.serverFeed!);
      this.serverFeedLoadPending = true;
    }
    this.feedController.configure(this.hasOwnItems ? undefined : this.feedRequest(), {
      loading: this.loading === 'eager' ? 'eager' : 'lazy',
      refresh: Number(this.refresh) || 0,
      persist: this.cache === 'local' ? Math.max(0, Number(this.cacheTtl) || 0) : undefined,
      timeout: Number(this.timeout) > 0 ? Number(this.timeout) : undefined,
    });
  }

  /** Fetches again, skipping the shared cache. */
  retry(): void {
    this.feedController.retry();
  }

  private feedRequest(): FeedRequest | undefined {
    if (!this.src) return undefined;
    const request: FeedRequest = { src: this.src };
    if (this.itemsPath) request.itemsPath = this.itemsPath;
    if (this.map) request.map = this.map;
    if (this.dateInputFormat) request.dateInputFormat = this.dateInputFormat;
    if (this.timeZone) request.timeZone = this.timeZone;
    return request;
  }

  protected override dateDisplay(): DateDisplay {
    return { ...super.dateDisplay(), relative: this.relativeDates && !this.serverRender, relativeMaxAge: Number(this.relativeMaxAge) || 0, now: this.clock.now };
  }

  /**
   * The article URL a reader follows, plus `link-params`. Checked again here: items set as a
   * property never passed through the data layer.
   */
  protected articleHref(item: NewsItem): string | undefined {
    const url = safeUrl(item.url);
    return url && withParams(url, this.linkParams ?? '');
  }

  /** `lang` for an item whose language differs from the UI's. */
  protected itemLang(item: NewsItem): string | typeof nothing {
    return item.lang && item.lang.split('-')[0].toLowerCase() !== this.language.lang ? item.lang : nothing;
  }

  protected handleItemClick(event: MouseEvent, item: NewsItem): void {
    if (!fireItemClick(this, item)) event.preventDefault();
  }

  /** The error state: a human message and a retry button; the technical detail is in `news-error`. */
  protected renderError(): TemplateResult {
    const messages = this.language.messages;
    const kind = this.feedController.error?.kind ?? 'network';
    return html`
      <div part="status" role="status" class="error">
        <strong>${messages.errorTitle}</strong>
        <span class="error-detail">${messages.errors[kind]}</span>
        ${kind === 'config' ? nothing : html`<button class="retry" type="button" @click=${this.retry}>${messages.retry}</button>`}
      </div>
      <slot></slot>
    `;
  }
}
