import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { parseDate } from '../../data/dates/dates.js';
import type { Link, NewsItem } from '../../data/types.js';
import { safeUrl } from '../../data/urls.js';
import { joinNames } from '../../i18n/localize.js';
import type { Messages } from '../../i18n/messages.js';
import { sharedStyles } from '../../styles/shared.js';
import { NewsElement } from '../news-element.js';
import { readServerFeed } from '../server-feed.js';
import { sourceAttributionStyles } from './source-attribution.styles.js';

export type AttributionWording = 'short' | 'full';
export type AttributionVariant = 'inline' | 'block';

// Names go into the locale's sentence as placeholder tokens, so word order stays in the locale files.
const TOKEN = /\uE000(\d+)\uE001/;
const token = (index: number) => `\uE000${index}\uE001`;

/**
 * The attribution sentence as text pieces and slots: `0` is the outlet, `n` the n-th cited source.
 * Outlet and sources: the short or full sentence; only one of them: the sentence for that one.
 */
export function attributionPieces(messages: Messages, wording: AttributionWording, hasOutlet: boolean, citeCount: number): (string | number)[] {
  const outlet = token(0);
  const cites = joinNames(Array.from({ length: citeCount }, (_, index) => token(index + 1)), messages.and);
  let sentence = '';
  if (hasOutlet && citeCount) sentence = wording === 'full' ? messages.reports(outlet, cites) : messages.citing(outlet, cites);
  else if (hasOutlet) sentence = messages.reportsOnly(outlet);
  else if (citeCount) sentence = messages.citingOnly(cites);
  return sentence
    .split(TOKEN)
    .map((piece, index) => (index % 2 ? Number(piece) : piece))
    .filter((piece) => piece !== '');
}

/** An attribute's text; a removed attribute (null) reads as empty. */
function textOf(value: string | null | undefined): string {
  return value?.trim() ?? '';
}

/** Items of a comma-separated attribute, trimmed, keeping empty places so lists stay aligned. */
function listOf(value: string | null | undefined): string[] {
  const text = textOf(value);
  return text ? text.split(',').map((entry) => entry.trim()) : [];
}

/** A link whose name is non-empty and whose URL, if any, passed `safeUrl` just now. */
function checked(link: Link | undefined): Link | undefined {
  const name = link?.name?.trim();
  if (!link || !name) return undefined;
  const url = safeUrl(link.url);
  return url ? { name, url } : { name };
}

/**
 * Says who reports a story and whom it cites, with links, in the reader's language:
 * "Sarbaz.kz со ссылкой на Jerusalem Post и Reuters". Optionally adds the author and the
 * publication date. Carries schema.org microdata (`NewsArticle` with `sourceOrganization`,
 * `isBasedOn`, `author`, `datePublished`). Renders nothing, and takes no space, when it has
 * neither outlet, cited sources, author nor date.
 *
 * `variant="inline"` continues the sentence around it, so it starts in lower case
 * ("…, reported by Sarbaz.kz"); `variant="block"` starts its own sentence with a capital, in a
 * tinted box. For a plain line, flatten the box: `--news-attribution-background: none;
 * --news-attribution-rule: none; --news-attribution-padding: 0` (the article card does).
 *
 * Data comes from attributes, or from a `NewsItem` set as the `item` property. When both are
 * given, each attribute that is set replaces that part of the item: `outlet` (with `outlet-url`)
 * replaces `item.outlet`, `cites` (with `cites-url`) replaces `item.cites`, `author` (with
 * `author-url`) replaces `item.author`, `published` replaces `item.date`. A `*-url` attribute
 * alone changes nothing.
 *
 * @summary Source attribution: "Sarbaz.kz со ссылкой на Jerusalem Post".
 * @element news-source-attribution
 *
 * @csspart outlet - The reporting outlet (a link when its URL is safe).
 * @csspart cites - Each cited source (a link when its URL is safe).
 * @csspart author - The author.
 * @csspart date - The publication date, a `<time>`.
 *
 * @cssprop --news-font-family - Font; inherits the host page's by default.
 * @cssprop --news-font-size - Base size (default `1em`: the host's).
 * @cssprop --news-line-height - Line height (default 1.45).
 * @cssprop --news-color-focus - Focus ring.
 * @cssprop --news-padding - Space around the attribution (default 0; 1em in the dark theme).
 * @cssprop --news-color-text - Text color.
 * @cssprop --news-color-muted - Separators.
 * @cssprop --news-color-accent - Links; the block variant's rule and tint.
 * @cssprop --news-color-background - Surface the block variant's tint is mixed into.
 * @cssprop --news-radius - Corner radius of the block variant.
 * @cssprop --news-attribution-link-color - Link color (default: the accent).
 * @cssprop --news-attribution-background - Block variant background.
 * @cssprop --news-attribution-rule - Block variant's leading rule, a `border` value (default `0.2em solid` the accent).
 * @cssprop --news-attribution-padding - Block variant padding (default `0.55em 0.85em`).
 * @cssprop --news-attribution-size - Block variant font size (default `0.92em`).
 */
export class NewsSourceAttribution extends NewsElement {
  static override styles = [...sharedStyles, sourceAttributionStyles];

  static override properties: PropertyDeclarations = {
    item: { attribute: false },
    outlet: {},
    outletUrl: { attribute: 'outlet-url' },
    cites: {},
    citesUrl: { attribute: 'cites-url' },
    author: {},
    authorUrl: { attribute: 'author-url' },
    published: {},
    wording: {},
    variant: { reflect: true },
    hideAuthor: { attribute: 'hide-author', type: Boolean },
    hideDate: { attribute: 'hide-date', type: Boolean },
  };

  /** The story, as the data layer gives it; attributes that are set override its parts. */
  item?: NewsItem;

  /** Name of the outlet that reports the story, e.g. `Sarbaz.kz`. */
  outlet = '';

  /** The outlet's address (`http(s)` only; anything else shows the name without a link). */
  outletUrl = '';

  /** Comma-separated names of the cited sources, e.g. `Jerusalem Post, Reuters`. */
  cites = '';

  /** Comma-separated addresses of the cited sources, in the same order as `cites`; leave a place empty for no link. */
  citesUrl = '';

  /** The author's name. */
  author = '';

  /** The author's page. */
  authorUrl = '';

  /** Publication date: ISO 8601, RFC 2822 or `dd/MM/yyyy - HH:mm`; zone-less dates are read in `time-zone`. */
  published = '';

  /** `short` ("Sarbaz.kz со ссылкой на Jerusalem Post") or `full` ("передает Sarbaz.kz со ссылкой на Jerusalem Post"). */
  wording: AttributionWording = 'short';

  /** `inline` continues the surrounding sentence (so it starts in lower case: "…, reported by Sarbaz.kz"); `block` is a line of its own and starts with a capital letter. */
  variant: AttributionVariant = 'inline';

  /** Leave the author out (e.g. where the card around it shows the author already). */
  hideAuthor = false;

  /** Leave the date out. */
  hideDate = false;

  private outletLink?: Link;
  private citedLinks: Link[] = [];
  private authorLink?: Link;
  private date?: Date;
  private articleUrl?: string;

  /** Server-rendered with a story: it is in the `<script type="application/json">` inside the element. */
  protected override readServerData(): boolean {
    this.item ??= readServerFeed(this)?.items[0];
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.readServerData();
    const item = this.item ?? undefined;
    const outlet = textOf(this.outlet);
    const author = textOf(this.author);
    const published = textOf(this.published);
    this.outletLink = checked(outlet ? { name: outlet, url: textOf(this.outletUrl) } : item?.outlet);
    if (textOf(this.cites)) {
      const urls = listOf(this.citesUrl);
      this.citedLinks = listOf(this.cites).flatMap((name, index) => checked({ name, url: urls[index] }) ?? []);
    } else {
      this.citedLinks = (item?.cites ?? []).flatMap((link) => checked(link) ?? []);
    }
    this.authorLink = this.hideAuthor ? undefined : checked(author ? { name: author, url: textOf(this.authorUrl) } : item?.author);
    this.date = this.hideDate ? undefined : published ? this.parsePublished(published) : item?.date;
    this.articleUrl = safeUrl(item?.url);
  }

  private parsePublished(published: string): Date | undefined {
    try {
      return parseDate(published, { timeZone: this.timeZone || undefined });
    } catch {
      return parseDate(published);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.outletLink && !this.citedLinks.length && !this.authorLink && !this.date) return nothing;
    const messages = this.language.messages;
    const pieces = [
      this.renderSentence(),
      this.authorLink
        ? html`<span part="author" class="author" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="visually-hidden">${messages.author}: </span>${this.renderName(this.authorLink)}</span>`
        : nothing,
      this.renderDate(this.date, 'datePublished'),
    ].filter((piece) => piece !== nothing);
    // Real spaces between the pieces, so they are read as separate words; the dots are decoration.
    return html`<span class="attribution" itemscope itemtype="https://schema.org/NewsArticle">${pieces.map((piece, index) => (index ? html` ${piece}` : piece))}${this.articleUrl
      ? html`<link itemprop="url" href=${this.articleUrl} />`
      : nothing}</span>`;
  }

  private renderSentence(): TemplateResult | typeof nothing {
    const pieces = attributionPieces(this.language.messages, this.wording === 'full' ? 'full' : 'short', Boolean(this.outletLink), this.citedLinks.length);
    if (!pieces.length) return nothing;
    // A block starts a sentence; inline continues one ("…, передает Sarbaz.kz"). Names keep their case.
    if (typeof pieces[0] === 'string') {
      const first = pieces[0].charAt(0);
      const cased = this.variant === 'block' ? first.toLocaleUpperCase(this.language.lang) : first.toLocaleLowerCase(this.language.lang);
      pieces[0] = cased + pieces[0].slice(1);
    }
    // No whitespace between the pieces: the sentence's text is exactly the locale's.
    return html`<span class="sentence">${pieces.map((piece) => (typeof piece === 'string' ? piece : this.renderSource(piece)))}</span>`;
  }

  private renderSource(index: number): TemplateResult {
    if (index === 0) {
      return html`<span part="outlet" class="outlet" itemprop="sourceOrganization" itemscope itemtype="https://schema.org/Organization">${this.renderName(this.outletLink!)}</span>`;
    }
    return html`<span part="cites" class="cites" itemprop="isBasedOn" itemscope itemtype="https://schema.org/CreativeWork">${this.renderName(this.citedLinks[index - 1])}</span>`;
  }

  private renderName(link: Link): TemplateResult {
    return link.url
      ? html`<a itemprop="url" href=${link.url} rel=${this.linkRelAttr} target=${this.linkTargetAttr}><span itemprop="name">${link.name}</span></a>`
      : html`<span itemprop="name">${link.name}</span>`;
  }
}
