import { adoptStyles, html, nothing, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ImpressionController } from '../../controllers/impression-controller.js';
import { NewStoriesController } from '../../controllers/new-stories-controller.js';
import type { FeedSource } from '../../controllers/feed-controller.js';
import { sourceLabel } from '../../data/feeds/sources.js';
import type { NewsItem } from '../../data/types.js';
import { safeUrl } from '../../data/urls.js';
import { fireImpression, fireItemClick, type ItemContext } from '../../events.js';
import { joinNames } from '../../i18n/localize.js';
import { feedStyles, sharedStyles } from '../../styles/shared.js';
import { FeedElement, headingHtml, titleParts } from '../feed-element.js';
import type { LayoutKit } from './layout.js';
import { LayoutLoader } from './layout-loader.js';
import { pageVisibility } from '../../time/page-visibility.js';
import { latestListStyles } from './latest-list.styles.js';

export type ListLayout = 'list' | 'compact' | 'grid' | 'ticker' | 'carousel';

const SKELETON_MAX = 20;

/** Lower-cased rubric names from a comma-separated attribute. */
function rubricFilter(value: string | null | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((name) => name.trim().toLocaleLowerCase()).filter(Boolean));
}

/** A failed source's name for the notice: its feed's title when it ever loaded, else its host. */
function sourceName({ src, feed }: FeedSource): string {
  if (feed?.title) return feed.title;
  try {
    return new URL(src, location.href).hostname.replace(/^www\./, '');
  } catch {
    return src;
  }
}

/**
 * A rubric-tagged "latest news" list, fed from any JSON, RSS or Atom endpoint — or from several
 * at once, merged — shown as a list, a grid, a one-line ticker or a carousel.
 *
 * @summary Latest news: rubric tag, headline link, date-time and author per item.
 * @element news-latest-list
 *
 * @slot - Fallback content, e.g. a link to the outlet's news page: visible before the element
 *   upgrades and without JavaScript, and again beside the error message.
 *
 * @fires news-load - The feed arrived and rendered. `detail: { feed, shape, sources }`; with several sources `feed` is the merged feed (`shape: 'merged'`) and `sources` lists each source's `src`, `shape`, `count` or `error`.
 * @fires news-error - Getting a feed failed. `detail: { error: FeedError, stale, partial, src }`; `stale` when earlier items stay shown, `partial` when other sources of the list rendered.
 * @fires news-item-click - A reader activated an item's link. `detail: { item, position, rubric, source, layout }`; cancelable.
 * @fires news-impression - An item was at least half visible for a second without a break while the page was visible; once per item id per element. `detail: { item, position, rubric, source, layout }`.
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` (the row of cards in the `carousel` layout).
 * @csspart item - Each `<li>` (each slide in the `ticker` and `carousel` layouts).
 * @csspart rubric - An item's rubric tag.
 * @csspart title - An item's headline (a link when its URL is safe).
 * @csspart derived-title - Also on a headline the feed did not give, made from the item's lead or body (`item.titleDerived`), e.g. a microblog post.
 * @csspart date - An item's `<time>`.
 * @csspart author - An item's author.
 * @csspart source - An item's source label, in a list fed with several sources (`hide-source` hides it).
 * @csspart image - An item's thumbnail (`show-images`, or the `grid` and `carousel` layouts).
 * @csspart status - Loading, empty, error and not-updated messages.
 * @csspart notice - The line that says a source of a list fed with several is unavailable.
 * @csspart more - The "show more" button.
 * @csspart new-items - The "3 new stories" button a refresh shows, instead of moving the list, while the reader is in it.
 * @csspart controls - The `ticker` and `carousel` buttons' row.
 * @csspart pause - The button that stops and starts automatic rotation (`ticker`; `carousel` with `interval`).
 * @csspart prev - The previous-story button.
 * @csspart next - The next-story button.
 *
 * @cssprop --news-font-family - Font; inherits the host page's by default.
 * @cssprop --news-font-size - Base size (default `1em`: the host's).
 * @cssprop --news-line-height - Line height (default 1.45).
 * @cssprop --news-color-text - Text color.
 * @cssprop --news-color-muted - Dates, authors, messages.
 * @cssprop --news-color-accent - Links on hover, buttons.
 * @cssprop --news-color-background - Background (transparent in the light theme).
 * @cssprop --news-color-border - Separators and button borders.
 * @cssprop --news-color-focus - Focus ring.
 * @cssprop --news-color-skeleton - Loading placeholders.
 * @cssprop --news-rubric-color - Rubric tag text.
 * @cssprop --news-rubric-background - Rubric tag background.
 * @cssprop --news-radius - Corner radius.
 * @cssprop --news-padding - Space inside the list (default 0; 1em in the dark theme).
 * @cssprop --news-heading-size - The heading's size (default `1.35em`).
 * @cssprop --news-gap - Space between items.
 * @cssprop --news-title-size - Headline size (default `1.05em`).
 * @cssprop --news-title-weight - Headline weight (default 600).
 * @cssprop --news-title-lines - Lines a headline takes at most in the `list`, `compact` and `grid` layouts (default 2); every row is that tall, so an embed can reserve the list's box (`src/embed/reserve.ts`).
 * @cssprop --news-grid-min - Narrowest grid column (default `14em`).
 * @cssprop --news-new-highlight - Background that marks items a refresh brought.
 * @cssprop --news-card-width - Width of a `carousel` card (default `min(80%, 16em)`).
 */
export class NewsLatestList extends FeedElement {
  static override styles = [...sharedStyles, ...feedStyles, latestListStyles];

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    limit: { type: Number },
    rubric: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    hideAuthor: { attribute: 'hide-author', type: Boolean },
    hideSource: { attribute: 'hide-source', type: Boolean },
    showImages: { attribute: 'show-images', type: Boolean },
    layout: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    interval: { type: Number },
    shownCount: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    failedImages: { state: true, attribute: false },
  };

  /** Items set directly (no fetch); takes precedence over `src`. */
  items?: NewsItem[];

  /** Most items shown in all. */
  limit = 10;

  /** Comma-separated rubric names (case-insensitive); an item matches when any of its rubrics does. */
  rubric: string | null = '';

  /** Heading text; the localized "Последние новости" when absent; an empty value hides it. */
  heading: string | null = null;

  /** Heading level, 1–6. */
  headingLevel = 2;

  /** Hide authors. */
  hideAuthor = false;

  /** Hide the source labels a list fed with several sources shows. */
  hideSource = false;

  /** Show thumbnails in the `list` and `compact` layouts (`grid` and `carousel` always show them). */
  showImages = false;

  /**
   * `list`, `compact`, `grid` (cards with thumbnails), `ticker` (one headline at a time, in one
   * line) or `carousel` (a scrolling row of cards). `ticker` and `carousel` load the first time
   * a page uses them.
   */
  layout: ListLayout = 'list';

  /** Items shown at first and per "show more"; 0 shows all (up to `limit`). `list`, `compact` and `grid` only. */
  pageSize = 0;

  /**
   * Seconds between headlines in the `ticker` (default 6, at least 2). The `carousel` moves by
   * itself only when this is set.
   */
  interval = 0;

  private shownCount = 0;
  private announcement = '';
  /** Thumbnails that failed to load: shown as the neutral placeholder instead. */
  private failedImages = new Set<string>();

  private matching: NewsItem[] = [];
  private visible: NewsItem[] = [];
  private focusIndex?: number;
  private focusFresh = false;
  private showSources = false;
  private unavailableNames: string[] = [];
  private readonly adoptedLayoutStyles: CSSResultOrNative[] = [];
  private readonly newStories = new NewStoriesController({
    requestUpdate: () => this.requestUpdate(),
    select: (items) => this.select(items),
    // The ticker shows one headline at a time: nothing to hold still. Items set by script are the host's to place.
    mayHoldBack: () => !this.hasOwnItems && this.layout !== 'ticker' && this.readerInside(),
    announce: (text) => (this.announcement = text),
    newItemsText: (count) => this.language.messages.newItems(count),
    newStoriesText: (count) => this.language.messages.newStories(count),
  });
  private readonly impressions = new ImpressionController(this, (element) => {
    const shown = this.shownBy(element);
    return shown && { key: shown.item.id, report: () => fireImpression(this, shown.item, this.itemContext(shown.item, shown.index)) };
  });

  protected get hasOwnItems(): boolean {
    return Array.isArray(this.items);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.layouts.sync(this.layout);
    if (changed.has('src') || changed.has('items')) this.newStories.reset();
    this.newStories.receive(this.items ?? this.feedController.feed?.items ?? []);
    const shown = this.newStories.shown;
    this.matching = this.select(shown);
    const limit = this.matching.length;
    const pageSize = this.paged ? Math.max(0, Math.floor(Number(this.pageSize) || 0)) : 0;
    if (changed.has('pageSize') || changed.has('src') || changed.has('rubric') || !this.shownCount) this.shownCount = pageSize || this.limitValue;
    this.visible = this.matching.slice(0, pageSize ? this.shownCount : limit);
    this.showSources = !this.hideSource && (this.hasOwnItems ? new Set(shown.map((item) => item.source)).size > 1 : this.feedController.merged);
    this.unavailableNames = this.feedController.unavailable.map(sourceName);
    this.layouts.view?.update(this.visible);
  }

  protected override updated(): void {
    if (this.focusFresh) {
      this.focusFresh = false;
      const index = this.visible.findIndex((item) => this.newStories.fresh.has(item.id));
      if (index >= 0) this.focusIndex = index;
    }
    this.impressions.track(this.renderRoot.querySelectorAll('[data-index]'));
    if (this.focusIndex === undefined) return;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[data-index]')[this.focusIndex];
    this.focusIndex = undefined;
    (target?.querySelector<HTMLElement>('a[part~="title"]') ?? target)?.focus();
  }

  /** Resolves once a `ticker` or `carousel` module the element waits for has loaded and rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.layouts.loading) {
      await this.layouts.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** One click listener for every headline, in every layout, instead of one per headline. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Capturing: a click dispatched without bubbling still follows the link, so it still counts.
    root.addEventListener('click', (event) => this.onTitleClick(event as MouseEvent), { capture: true });
    return root;
  }

  private get limitValue(): number {
    return Math.max(0, Math.floor(Number(this.limit) || 0)) || 10;
  }

  /** `page-size` and "show more" apply to the layouts that list items one under another. */
  private get paged(): boolean {
    return this.layout !== 'ticker' && this.layout !== 'carousel';
  }

  /** The items of `source` that match `rubric`, cut by `limit`. */
  private select(source: readonly NewsItem[]): NewsItem[] {
    const wanted = rubricFilter(this.rubric);
    const filtered = wanted.size
      ? source.filter((item) => (item.rubrics ?? []).some((rubric) => wanted.has(rubric.name.toLocaleLowerCase())))
      : source;
    return filtered.slice(0, this.limitValue);
  }

  /**
   * Focus or pointer within the list, or its top scrolled above the viewport. The pointer is
   * asked of `:hover` when new items arrive: pointer listeners on every list would cost each one
   * at connect (the browser registers input handlers) for a question asked only on a reload.
   */
  private readerInside(): boolean {
    const focused = Boolean(this.shadowRoot?.activeElement) || this.contains(document.activeElement);
    return focused || this.matches(':hover') || this.getBoundingClientRect().top < 0;
  }

  /** The "N new stories" button: inserts the held items and moves focus to the first new one. */
  private showNewStories(): void {
    if (this.newStories.release()) this.focusFresh = true;
  }

  private showMore(): void {
    this.focusIndex = this.visible.length;
    this.shownCount += Math.max(1, Math.floor(Number(this.pageSize)) || 1);
  }

  /** An item's source label: set by the merge, else as the merge would name it. */
  private sourceOf(item: NewsItem): string | undefined {
    if (this.hasOwnItems) return item.source ?? item.outlet?.name;
    return sourceLabel(item, this.feedController.feed, this.feedController.sources[0]?.src ?? this.src);
  }

  private itemContext(item: NewsItem, index: number): ItemContext {
    return { position: index + 1, rubric: item.rubrics?.[0]?.name, source: this.sourceOf(item), layout: this.layout };
  }

  /** The item an element shows, by the `data-index` every layout puts on the element of each item. */
  private shownBy(holder: Element | null | undefined): { item: NewsItem; index: number } | undefined {
    const index = Number(holder?.getAttribute('data-index') ?? NaN);
    const item = this.visible[index];
    return item && { item, index };
  }

  private onTitleClick(event: MouseEvent): void {
    const title = (event.target as Element).closest?.('a[part~="title"]');
    const shown = this.shownBy(title?.closest('[data-index]'));
    if (shown && !fireItemClick(this, shown.item, this.itemContext(shown.item, shown.index))) event.preventDefault();
  }

  private readonly layoutKit: LayoutKit = {
    host: this,
    messages: () => this.language.messages,
    interval: () => Number(this.interval) || 0,
    label: () => this.heading || this.language.messages.latestNews,
    rubric: (item) => this.renderRubric(item),
    title: (item) => this.renderTitle(item),
    meta: (item) => this.renderMeta(item),
    image: (item) => this.renderImage(item),
    itemLang: (item) => this.itemLang(item),
    announce: (text) => (this.announcement = text),
    pageVisibility,
  };

  private readonly layouts = new LayoutLoader(this, this.layoutKit, (styles) => {
    if (this.adoptedLayoutStyles.includes(styles[styles.length - 1])) return;
    this.adoptedLayoutStyles.push(...styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof NewsLatestList).elementStyles, ...this.adoptedLayoutStyles]);
  });

  protected override render(): TemplateResult {
    const status = this.hasOwnItems ? 'ready' : this.feedController.status;
    return html`
      ${status === 'ready' && this.newStories.waiting ? this.renderNewItems() : nothing}
      ${this.renderHeading()}
      ${status === 'error' ? this.renderError() : nothing}
      ${status === 'loading' ? this.renderSkeleton() : nothing}
      ${status === 'idle' ? html`<slot></slot>` : nothing}
      ${status === 'ready' ? this.renderItems() : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  /** "3 new stories": first, so that it floats at the end of the heading's line, over nothing the reader reads. */
  private renderNewItems(): TemplateResult {
    return html`<div class="new-items-bar">
      <button part="new-items" class="new-items" type="button" @click=${this.showNewStories}>
        <span aria-hidden="true">↑</span> ${this.language.messages.newStories(this.newStories.waiting)}
      </button>
    </div>`;
  }

  private renderHeading(): TemplateResult | typeof nothing {
    const text = this.heading ?? this.language.messages.latestNews;
    if (!text) return nothing;
    return headingHtml(this.headingLevel)`<h part="heading" class="heading">${text}</h>`;
  }

  private renderSkeleton(): TemplateResult {
    const rows = this.layout === 'ticker' ? 1 : this.layout === 'carousel' ? 3 : Number(this.pageSize) || Number(this.limit) || 10;
    return html`
      <ul part="list" class="skeleton" aria-busy="true" aria-label=${this.language.messages.loading}>
        ${Array.from({ length: Math.min(SKELETON_MAX, rows) }, () => html`
          <li part="item" class="item">
            <span class="skeleton-line rubric-line"></span>
            <span class="skeleton-line title-line"></span>
            <span class="skeleton-line meta-line"></span>
          </li>`)}
      </ul>
    `;
  }

  private renderItems(): TemplateResult {
    const messages = this.language.messages;
    if (!this.matching.length) return html`<p part="status" class="empty">${messages.empty}</p>`;
    const remaining = this.paged ? this.matching.length - this.visible.length : 0;
    return html`
      ${this.feedController.stale ? html`<p part="status" class="stale">${messages.stale}</p>` : nothing}
      ${this.renderLayout()}
      ${remaining > 0
        ? html`<button part="more" class="more" type="button" @click=${this.showMore}>
              ${messages.showMore}<span class="visually-hidden">, ${messages.remaining(remaining)}</span>
            </button>`
        : nothing}
      ${this.unavailableNames.length
        ? // Last, so that a source failing at a refresh moves nothing the reader is looking at.
          html`<p part="notice" class="notice">${messages.sourcesUnavailable(joinNames(this.unavailableNames, messages.and), this.unavailableNames.length)}</p>`
        : nothing}
    `;
  }

  private renderLayout(): TemplateResult {
    const { view } = this.layouts;
    if (view) return view.render();
    // The layout's module is on its way: its place is held, as while loading.
    if (this.layouts.waiting) return this.renderSkeleton();
    return html`
      <ul part="list" class="list">
        ${this.visible.map((item, index) => this.renderItem(item, index))}
      </ul>
    `;
  }

  /**
   * An item of the `list`, `compact` and `grid` layouts. A complete item — rubric, link and date,
   * as most feeds give them — is one template: each nested template costs a clone and an
   * insertion per item, which a long list feels. Other items are put together from the pieces the
   * `ticker` and `carousel` use, to the same markup. No white space between the tags: every child
   * here is a flex item, where it would show nothing and still be a node per item.
   */
  private renderItem(item: NewsItem, index: number): TemplateResult {
    const messages = this.language.messages;
    const image = this.layout === 'grid' || this.showImages ? this.renderImage(item) : nothing;
    const fresh = this.newStories.fresh.has(item.id) ? 'fresh' : '';
    const lang = this.itemLang(item);
    const author = item.author && !this.hideAuthor
      ? html`<span part="author" class="author"><span class="visually-hidden">${messages.author}: </span>${item.author.name}</span>`
      : nothing;
    const [rubric] = item.rubrics ?? [];
    const href = this.articleHref(item);
    const { date } = item;
    // Lines break inside tags (before `>`), never between them, so they add no text nodes.
    if (rubric && href && date) {
      return html`<li part="item" class="item ${fresh}" lang=${lang} data-index=${index}
        >${image}<div class="text"
          ><span part="rubric" class="rubric"><span class="visually-hidden">${messages.rubric}: </span>${rubric.name}</span
          ><a part=${titleParts(item)} class="title" href=${href} target=${this.linkTargetAttr} rel=${this.linkRelAttr}>${item.title}</a
          ><span class="meta"
            ><time part="date" datetime=${date.toISOString()}>${this.formatDate(date)}</time>${author}${this.renderSource(item)}</span
        ></div
      ></li>`;
    }
    return html`<li part="item" class="item ${fresh}" lang=${lang} data-index=${index}
      >${image}<div class="text"
        >${this.renderRubric(item)}${this.renderTitle(item, href)}<span class="meta"
          >${this.renderDate(date)}${author}${this.renderSource(item)}</span
      ></div
    ></li>`;
  }

  private renderRubric(item: NewsItem): TemplateResult | typeof nothing {
    const [rubric] = item.rubrics ?? [];
    return rubric
      ? html`<span part="rubric" class="rubric"><span class="visually-hidden">${this.language.messages.rubric}: </span>${rubric.name}</span>`
      : nothing;
  }

  /** The headline; its clicks reach `onTitleClick`. */
  private renderTitle(item: NewsItem, href = this.articleHref(item)): TemplateResult {
    return href
      ? html`<a part=${titleParts(item)} class="title" href=${href} target=${this.linkTargetAttr} rel=${this.linkRelAttr}>${item.title}</a>`
      : html`<span part=${titleParts(item)} class="title">${item.title}</span>`;
  }

  private renderSource(item: NewsItem): TemplateResult | typeof nothing {
    const source = this.showSources ? item.source : undefined;
    return source
      ? html`<span part="source" class="source"><span class="visually-hidden">${this.language.messages.source}: </span>${source}</span>`
      : nothing;
  }

  private renderMeta(item: NewsItem): TemplateResult {
    return html`<span class="meta">${this.renderDate(item.date)}${this.renderSource(item)}</span>`;
  }

  private renderImage(item: NewsItem): TemplateResult {
    // Decorative beside its headline: the link text already says what the story is.
    // Checked again: items set as a property never passed through the data layer.
    const url = safeUrl(item.image?.url);
    return url && !this.failedImages.has(url)
      ? html`<img part="image" class="image" src=${url} alt="" loading="lazy" decoding="async"
          width=${item.image?.width ?? nothing} height=${item.image?.height ?? nothing}
          @error=${() => (this.failedImages = new Set(this.failedImages).add(url))} />`
      : html`<span part="image" class="image placeholder"></span>`;
  }
}
