import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadSanitizer, sanitizeHtml, sanitizerSettled, type SanitizerEngine } from '../../html/sanitize.js';
import type { NewsItem } from '../../data/types.js';
import { safeUrl } from '../../data/urls.js';
import { feedStyles, sharedStyles } from '../../styles/shared.js';
import { FeedElement, headingHtml, titleParts } from '../feed-element.js';
import { articleCardStyles } from './article-card.styles.js';
import { leadStartsBody } from './lead.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/** The story a card shows: by `item-id` when set, else by position. */
function chooseItem(items: readonly NewsItem[], itemId: string, index: number): NewsItem | undefined {
  if (itemId) return items.find((item) => item.id === itemId);
  return items[Math.max(0, Math.floor(Number(index) || 0))];
}

/**
 * One article, fed from a single-article endpoint or one item of any JSON, RSS or Atom feed:
 * image, rubric, headline, lead, author, date, source attribution and, with `show-body`,
 * the sanitized article text.
 *
 * The attribution is a `<news-source-attribution>` fed with the item's own `outlet` and
 * `cites`; when the item names neither, there is no attribution (the feed's title is not
 * borrowed: it names the feed, e.g. "Sarbaz.kz — Последние новости", not who reports the story).
 * Register it too when defining this class yourself; `define.js` does.
 *
 * @summary Article card: image, rubric, headline, lead, byline, attribution, optional body.
 * @element news-article-card
 *
 * @slot - Fallback content, e.g. a plain link to the article: visible before the element
 *   upgrades and without JavaScript, and again beside the error and not-found messages.
 *
 * @fires news-load - The feed arrived and rendered. `detail: { feed, shape }`.
 * @fires news-error - Getting the feed failed. `detail: { error: FeedError, stale }`.
 * @fires news-item-click - A reader activated the headline or the read-more link. `detail: { item }`; cancelable.
 *
 * @csspart card - The `<article>` (and the loading skeleton in its shape).
 * @csspart image - The image box: the image, or a neutral placeholder when there is none or it fails to load.
 * @csspart rubric - The rubric tag.
 * @csspart title - The headline, a heading of `heading-level` (its link inside when the URL is safe).
 * @csspart derived-title - Also on the headline when the feed gave none and it was made from the lead or body (`item.titleDerived`); the lead is then not repeated below it.
 * @csspart summary - The lead (not in the `compact` layout, nor above a shown body that begins with it: a CMS's automatic excerpt).
 * @csspart author - The author.
 * @csspart date - The `<time>`.
 * @csspart attribution - The `<news-source-attribution>`; its parts are exported as `attribution-outlet` and `attribution-cites`.
 * @csspart body - The sanitized article text (`show-body`).
 * @csspart read-more - The link to the article.
 * @csspart status - Loading, not-found, error and not-updated messages.
 *
 * @cssprop --news-font-family - Font; inherits the host page's by default.
 * @cssprop --news-font-size - Base size (default `1em`: the host's).
 * @cssprop --news-line-height - Line height (default 1.45).
 * @cssprop --news-color-text - Text color.
 * @cssprop --news-color-muted - Byline, attribution, captions, messages.
 * @cssprop --news-color-accent - Links in the body, read-more, headline on hover.
 * @cssprop --news-color-background - Background (transparent in the light theme).
 * @cssprop --news-color-border - Rules in the body, button borders.
 * @cssprop --news-color-focus - Focus ring.
 * @cssprop --news-color-skeleton - Loading placeholders and the empty image box.
 * @cssprop --news-rubric-color - Rubric tag text.
 * @cssprop --news-rubric-background - Rubric tag background.
 * @cssprop --news-radius - Corner radius.
 * @cssprop --news-gap - Space between the card's parts.
 * @cssprop --news-padding - Space inside the card (default 0; 1em in the dark theme).
 * @cssprop --news-card-image-ratio - Aspect ratio of the image box (default `16 / 9`).
 * @cssprop --news-card-thumbnail-size - Width of the `compact` layout's thumbnail (default `6.5em`).
 * @cssprop --news-card-title-size - Headline size (default `1.45em`; smaller in `horizontal` and `compact`).
 * @cssprop --news-card-title-weight - Headline weight (default 700).
 * @cssprop --news-body-size - Body text size (default `1.05em`).
 * @cssprop --news-body-max-width - Longest body line (default `70ch`).
 */
export class NewsArticleCard extends FeedElement {
  static override styles = [...sharedStyles, ...feedStyles, articleCardStyles];

  static override properties: PropertyDeclarations = {
    item: { attribute: false },
    itemId: { attribute: 'item-id' },
    index: { type: Number },
    showBody: { attribute: 'show-body', type: Boolean },
    sanitizer: {},
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The story, set directly (no fetch); takes precedence over `src`. */
  item?: NewsItem;

  /** Show the feed item whose `id` is this (the id the feed gives, or its URL). */
  itemId = '';

  /** Without `item-id`: position of the item to show, 0-based. A single-article endpoint is a one-item feed. */
  index = 0;

  /** Render the article text (sanitized: HTML-only, no scripts, styles, forms or frames; http(s) and mailto links only). */
  showBody = false;

  /**
   * What cleans the body: `auto`, the browser's HTML Sanitizer API where it has one and DOMPurify
   * elsewhere; `dompurify`, DOMPurify in every browser (loaded with the body).
   */
  sanitizer: SanitizerEngine = 'auto';

  /** `vertical` (image on top), `horizontal` (image beside the text; stacks when the card is under 34em wide), or `compact` (thumbnail, no lead). */
  layout: CardLayout = 'vertical';

  /** Heading level of the headline, 1–6. */
  headingLevel = 2;

  private story?: NewsItem;
  private bodySource?: string;
  private bodyKey = '';
  private bodyNodes: Node[] = [];
  /** The lead is the body's first words (a CMS's automatic excerpt): not shown above the body. */
  private leadInBody = false;

  protected get hasOwnItems(): boolean {
    return this.item !== undefined && this.item !== null;
  }

  /** With `show-body`, the first update waits for the sanitizer to load. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.showBody ? loadSanitizer(this.sanitizer) : undefined;
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.story = this.item ?? chooseItem(this.feedController.feed?.items ?? [], this.itemId, this.index);
    this.deriveBody();
  }

  /**
   * Sanitizes the body once per body, article URL and link target, not on every render. A server
   * renders no body: the client adds it after hydrating.
   */
  private deriveBody(): void {
    const markup = this.showBody && !this.serverRender ? this.story?.bodyHtml : undefined;
    const baseUrl = safeUrl(this.story?.url);
    const key = `${baseUrl ?? ''}\n${this.linkTarget}\n${this.sanitizer}\n${this.story?.summary ?? ''}`;
    if (markup === this.bodySource && key === this.bodyKey) return;
    if (markup && !sanitizerSettled(this.sanitizer)) return;
    this.bodySource = markup;
    this.bodyKey = key;
    // Kept as nodes, not a fragment: a fragment empties when inserted, nodes can be re-inserted.
    this.bodyNodes = markup ? [...sanitizeHtml(markup, { baseUrl, linkTarget: this.linkTarget || undefined, engine: this.sanitizer }).childNodes] : [];
    this.leadInBody = leadStartsBody(this.story?.summary, this.bodyNodes.map((node) => node.textContent ?? '').join(' '));
  }

  /** The article URL, only when it is http(s) (an `item` set by script has not been through the data layer). */
  private storyHref(story: NewsItem): string | undefined {
    const url = safeUrl(story.url);
    return url && this.articleHref({ ...story, url });
  }

  protected override render(): TemplateResult {
    const status = this.hasOwnItems ? 'ready' : this.feedController.status;
    if (status === 'error') return this.renderError();
    if (status === 'loading') return this.renderSkeleton();
    if (status === 'idle') return html`<slot></slot>`;
    if (!this.story) return html`<p part="status" class="empty">${this.language.messages.articleMissing}</p><slot></slot>`;
    return html`
      ${this.renderCard(this.story)}
      ${this.feedController.stale ? html`<p part="status" class="stale">${this.language.messages.staleStory}</p>` : nothing}
    `;
  }

  private renderSkeleton(): TemplateResult {
    return html`
      <div part="card" class="card skeleton" aria-busy="true">
        <span part="status" class="visually-hidden">${this.language.messages.loading}</span>
        <div class="media" aria-hidden="true"></div>
        <div class="text" aria-hidden="true">
          <span class="skeleton-line rubric-line"></span>
          <span class="skeleton-line title-line"></span>
          <span class="skeleton-line title-line second"></span>
          ${this.layout === 'compact'
            ? nothing
            : html`<span class="skeleton-line summary-line"></span><span class="skeleton-line summary-line second"></span>`}
          <span class="skeleton-line meta-line"></span>
          <span class="skeleton-line attribution-line"></span>
        </div>
      </div>
    `;
  }

  private renderCard(story: NewsItem): TemplateResult {
    const messages = this.language.messages;
    const href = this.storyHref(story);
    const lang = this.itemLang(story);
    const [rubric] = story.rubrics ?? [];
    const onClick = (event: MouseEvent) => this.handleItemClick(event, story);
    const withBody = this.bodyNodes.length > 0;
    const readMore = href
      ? html`<a part="read-more" class="read-more" href=${href} target=${this.linkTargetAttr} rel=${this.linkRelAttr} @click=${onClick}
          >${messages.readMore}<span class="visually-hidden">: ${story.title}</span></a>`
      : nothing;
    // Without a body, read-more ends the text column; with one, it follows the body.
    return html`
      <article part="card" class="card">
        ${this.renderImage(story)}
        <div class="text">
          ${rubric
            ? html`<span part="rubric" class="rubric" lang=${lang}><span class="visually-hidden">${messages.rubric}: </span>${rubric.name}</span>`
            : nothing}
          ${this.renderTitle(story, href, lang, onClick)}
          ${story.summary && !story.titleDerived && !(withBody && this.leadInBody) && this.layout !== 'compact' ? html`<p part="summary" class="summary" lang=${lang}>${story.summary}</p>` : nothing}
          ${story.author || story.date
            ? html`<p class="meta">
                ${story.author
                  ? html`<span part="author" class="author"><span class="visually-hidden">${messages.author}: </span>${story.author.name}</span>`
                  : nothing}
                ${this.renderDate(story.date)}
              </p>`
            : nothing}
          ${story.outlet || story.cites?.length
            ? html`<news-source-attribution part="attribution" class="attribution" exportparts="outlet: attribution-outlet, cites: attribution-cites"
                variant="block" hide-author hide-date lang=${this.language.lang} .item=${story} .theme=${this.theme} .linkTarget=${this.linkTarget}></news-source-attribution>`
            : nothing}
          ${withBody ? nothing : readMore}
        </div>
        ${withBody ? html`<div part="body" class="body" lang=${lang}>${this.bodyNodes}</div>${readMore}` : nothing}
      </article>
    `;
  }

  private renderTitle(story: NewsItem, href: string | undefined, lang: string | typeof nothing, onClick: (event: MouseEvent) => void): TemplateResult {
    const text = href
      ? html`<a href=${href} target=${this.linkTargetAttr} rel=${this.linkRelAttr} @click=${onClick}>${story.title}</a>`
      : story.title;
    return headingHtml(this.headingLevel)`<h part=${titleParts(story)} class="title" lang=${lang}>${text}</h>`;
  }

  private renderImage(story: NewsItem): TemplateResult {
    const image = story.image;
    const src = safeUrl(image?.url);
    // The box keeps its ratio whatever happens; a missing, loading or broken image shows the placeholder beneath.
    return html`
      <div part="image" class="media">
        <svg class="placeholder" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="1.4" />
          <circle cx="8.5" cy="10" r="1.6" fill="currentColor" />
          <path d="M4 17.5l5-5 3.5 3.5 2.5-2.5 5 4" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" />
        </svg>
        ${src
          ? html`<img class="image" src=${src} alt=${image?.alt ?? ''} loading="lazy" decoding="async"
              width=${image?.width ?? nothing} height=${image?.height ?? nothing}
              @load=${(event: Event) => (event.target as HTMLImageElement).classList.remove('failed')}
              @error=${(event: Event) => (event.target as HTMLImageElement).classList.add('failed')} />`
          : nothing}
      </div>
    `;
  }
}
