import type { CSSResultOrNative, ReactiveControllerHost, TemplateResult, nothing } from 'lit';
import type { NewsItem } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { pageVisibility } from '../../time/page-visibility.js';

/**
 * What the list lends a layout that lives in its own module (`ticker`, `carousel`): its element,
 * its strings and settings, and the pieces of an item as the list renders them, so every layout
 * shows rubric, headline, date and source alike, and the list reports clicks with the same detail.
 */
export interface LayoutKit {
  readonly host: ReactiveControllerHost & HTMLElement;
  messages(): Messages;
  /** The `interval` attribute: seconds between automatic steps, as written (0 when unset). */
  interval(): number;
  /** The name of the row, for `aria-label`: the heading's text, else the default heading. */
  label(): string;
  rubric(item: NewsItem): TemplateResult | typeof nothing;
  /**
   * The headline: a link (a plain span when the URL is unsafe). Its clicks are reported by the
   * list's one listener, as `news-item-click` for the item whose element carries `data-index`.
   */
  title(item: NewsItem): TemplateResult;
  /** Date and, in a list fed with several sources, the source label. */
  meta(item: NewsItem): TemplateResult;
  image(item: NewsItem): TemplateResult;
  /** `lang` for an item whose language differs from the UI's. */
  itemLang(item: NewsItem): string | typeof nothing;
  /** Says `text` politely (the list's one status region). */
  announce(text: string): void;
  /** src/time/page-visibility.ts's `pageVisibility`: whether the page is visible (rotation pauses while it is not). */
  pageVisibility: typeof pageVisibility;
}

/** One layout, for one element: shows the items it is given and owns its timers and listeners. */
export interface LayoutView {
  /** From the element's `willUpdate`: the items to show (already filtered and cut). */
  update(items: readonly NewsItem[]): void;
  /**
   * Each element that shows an item carries `data-index` (its index in the items) and the part
   * `item`, for impressions and focus.
   */
  render(): TemplateResult;
  /** The element stopped using this layout: stop timers, drop listeners. */
  dispose(): void;
}

/** What `ticker.ts` and `carousel.ts` export. */
export interface LayoutModule {
  styles: CSSResultOrNative[];
  create(kit: LayoutKit): LayoutView;
}
