import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { NewsItem } from '../../data/types.js';
import { safeUrl } from '../../data/urls.js';
import { feedStyles, sharedStyles } from '../../styles/shared.js';
import { FeedElement, titleParts } from '../feed-element.js';
import { latestListStyles } from './latest-list.styles.js';

export type ListLayout = 'list' | 'compact' | 'grid';

const SKELETON_MAX = 20;

/** Lower-cased rubric names from a comma-separated attribute. */
function rubricFilter(value: string | null | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((name) => name.trim().toLocaleLowerCase()).filter(Boolean));
}

/**
 * A rubric-tagged "latest news" list, fed from any JSON, RSS or Atom endpoint.
 *
 * @summary Latest news: rubric tag, headline link, date-time and author per item.
 * @element news-latest-list
 *
 * @slot - Fallback content, e.g. a link to the outlet's news page: visible before the element
 *   upgrades and without JavaScript, and again beside the error message.
 *
 * @fires news-load - The feed arrived and rendered. `detail: { feed, shape }`.
 * @fires news-error - Getting the feed failed. `detail: { error: FeedError, stale }`; `stale` when earlier items stay shown.
 * @fires news-item-click - A reader activated an item's link. `detail: { item }`; cancelable.
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart rubric - An item's rubric tag.
 * @csspart title - An item's headline (a link when its URL is safe).
 * @csspart derived-title - Also on a headline the feed did not give, made from the item's lead or body (`item.titleDerived`), e.g. a microblog post.
 * @csspart date - An item's `<time>`.
 * @csspart author - An item's author.
 * @csspart image - An item's thumbnail (`show-images`, or the `grid` layout).
 * @csspart status - Loading, empty, error and not-updated messages.
 * @csspart more - The "show more" button.
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
 * @cssprop --news-grid-min - Narrowest grid column (default `14em`).
 * @cssprop --news-new-highlight - Background that marks items a refresh brought.
 */
export class NewsLatestList extends FeedElement {
  static override styles = [...sharedStyles, ...feedStyles, latestListStyles];

  /** Items set directly (no fetch); takes precedence over `src`. */
  @property({ attribute: false }) items?: NewsItem[];

  /** Most items shown in all. */
  @property({ type: Number }) limit = 10;

  /** Comma-separated rubric names (case-insensitive); an item matches when any of its rubrics does. */
  @property() rubric: string | null = '';

  /** Heading text; the localized "Последние новости" when absent; an empty value hides it. */
  @property() heading: string | null = null;

  /** Heading level, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hide authors. */
  @property({ attribute: 'hide-author', type: Boolean }) hideAuthor = false;

  /** Show thumbnails in the `list` and `compact` layouts (`grid` always shows them). */
  @property({ attribute: 'show-images', type: Boolean }) showImages = false;

  /** `list`, `compact`, or `grid` (cards with thumbnails). */
  @property({ reflect: true }) layout: ListLayout = 'list';

  /** Items shown at first and per "show more"; 0 shows all (up to `limit`). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 0;

  @state() private shownCount = 0;
  @state() private announcement = '';
  /** Ids of items the last load brought, highlighted until the next successful load. */
  @state() private freshIds = new Set<string>();
  /** Thumbnails that failed to load: shown as the neutral placeholder instead. */
  @state() private failedImages = new Set<string>();

  private matching: NewsItem[] = [];
  private visible: NewsItem[] = [];
  private knownIds?: Set<string>;
  /** The items `noteNewItems` last compared: a re-render of the same load changes nothing. */
  private comparedItems?: readonly NewsItem[];
  private focusIndex?: number;

  protected get hasOwnItems(): boolean {
    return Array.isArray(this.items);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('items')) this.knownIds = undefined;
    const source = this.items ?? this.feedState.feed?.items ?? [];
    const wanted = rubricFilter(this.rubric);
    const filtered = wanted.size
      ? source.filter((item) => (item.rubrics ?? []).some((rubric) => wanted.has(rubric.name.toLocaleLowerCase())))
      : source;
    const limit = Math.max(0, Math.floor(Number(this.limit) || 0)) || 10;
    this.matching = filtered.slice(0, limit);
    const pageSize = Math.max(0, Math.floor(Number(this.pageSize) || 0));
    if (changed.has('pageSize') || changed.has('src') || changed.has('rubric') || !this.shownCount) this.shownCount = pageSize || limit;
    this.visible = this.matching.slice(0, pageSize ? this.shownCount : limit);
    this.noteNewItems(source);
  }

  protected override updated(): void {
    if (this.focusIndex === undefined) return;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[this.focusIndex];
    this.focusIndex = undefined;
    (target?.querySelector<HTMLElement>('a[part~="title"]') ?? target)?.focus();
  }

  /** On each new load: which items are new since the last one (highlighted, announced politely). */
  private noteNewItems(source: NewsItem[]): void {
    if (source === this.comparedItems || !source.length) return;
    this.comparedItems = source;
    const known = this.knownIds;
    this.knownIds = new Set(source.map((item) => item.id));
    if (!known) return;
    const fresh = source.filter((item) => !known.has(item.id)).map((item) => item.id);
    this.freshIds = new Set(fresh);
    if (fresh.length) this.announcement = this.localize.messages.newItems(fresh.length);
  }

  private showMore(): void {
    this.focusIndex = this.visible.length;
    this.shownCount += Math.max(1, Math.floor(Number(this.pageSize)) || 1);
  }

  protected override render(): TemplateResult {
    const status = this.hasOwnItems ? 'ready' : this.feedState.status;
    return html`
      ${this.renderHeading()}
      ${status === 'error' ? this.renderError() : nothing}
      ${status === 'loading' ? this.renderSkeleton() : nothing}
      ${status === 'idle' ? html`<slot></slot>` : nothing}
      ${status === 'ready' ? this.renderItems() : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderHeading(): TemplateResult | typeof nothing {
    const text = this.heading ?? this.localize.messages.latestNews;
    if (!text) return nothing;
    const tag = this.headingTag(this.headingLevel);
    return staticHtml`<${tag} part="heading" class="heading">${text}</${tag}>`;
  }

  private renderSkeleton(): TemplateResult {
    const count = Math.min(SKELETON_MAX, Number(this.pageSize) || Number(this.limit) || 10);
    return html`
      <ul part="list" class="skeleton" aria-busy="true" aria-label=${this.localize.messages.loading}>
        ${Array.from({ length: count }, () => html`
          <li part="item" class="item">
            <span class="skeleton-line rubric-line"></span>
            <span class="skeleton-line title-line"></span>
            <span class="skeleton-line meta-line"></span>
          </li>`)}
      </ul>
    `;
  }

  private renderItems(): TemplateResult {
    const messages = this.localize.messages;
    if (!this.matching.length) return html`<p part="status" class="empty">${messages.empty}</p>`;
    const remaining = this.matching.length - this.visible.length;
    return html`
      ${this.feedState.stale ? html`<p part="status" class="stale">${messages.stale}</p>` : nothing}
      <ul part="list" class="list">
        ${this.visible.map((item) => this.renderItem(item))}
      </ul>
      ${remaining > 0
        ? html`<button part="more" class="more" type="button" @click=${this.showMore}>
              ${messages.showMore}<span class="visually-hidden">, ${messages.remaining(remaining)}</span>
            </button>`
        : nothing}
    `;
  }

  private renderItem(item: NewsItem): TemplateResult {
    const messages = this.localize.messages;
    const href = this.articleHref(item);
    const [rubric] = item.rubrics ?? [];
    const withImage = this.layout === 'grid' || this.showImages;
    return html`
      <li part="item" class="item ${this.freshIds.has(item.id) ? 'fresh' : ''}" lang=${this.itemLang(item)}>
        ${withImage ? this.renderImage(item) : nothing}
        <div class="text">
          ${rubric ? html`<span part="rubric" class="rubric"><span class="visually-hidden">${messages.rubric}: </span>${rubric.name}</span>` : nothing}
          ${href
            ? html`<a part=${titleParts(item)} class="title" href=${href} target=${this.linkTargetAttr} rel=${this.linkRelAttr}
                @click=${(event: MouseEvent) => this.handleItemClick(event, item)}>${item.title}</a>`
            : html`<span part=${titleParts(item)} class="title">${item.title}</span>`}
          <span class="meta">
            ${this.renderDate(item.date)}
            ${item.author && !this.hideAuthor
              ? html`<span part="author" class="author"><span class="visually-hidden">${messages.author}: </span>${item.author.name}</span>`
              : nothing}
          </span>
        </div>
      </li>
    `;
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
