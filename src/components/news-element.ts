import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../controllers/lang-controller.js';
import { linkRel } from '../data/urls.js';
import { DEFAULT_DATE_FORMAT, displayDate, type DateDisplay } from '../i18n/date-display.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares, fetching or not: language (from the DOM), date display, theme
 * and the link policy. `FeedElement` adds fetching; `<news-source-attribution>` uses this alone.
 */
export abstract class NewsElement extends LitElement {
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'light';

  /** date-fns `format` pattern for dates. */
  @property({ attribute: 'date-format' }) dateFormat = DEFAULT_DATE_FORMAT;

  /** IANA zone (e.g. `Asia/Almaty`) for showing dates (and reading zone-less ones); the reader's zone when unset. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** `target` for links, e.g. `_blank`. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  protected readonly localize = new LangController(this);

  /** Waits, the first time a language shows, for its date locale (a separate chunk in the ES module build). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localize.localeLoading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** How dates are shown; `FeedElement` adds relative dates. */
  protected dateDisplay(): DateDisplay {
    return {
      locale: this.localize.dateLocale,
      pattern: this.dateFormat,
      timeZone: this.timeZone || undefined,
      relative: false,
      relativeMaxAge: 0,
      now: 0,
    };
  }

  protected formatDate(date: Date): string {
    return displayDate(date, this.dateDisplay());
  }

  /** `<time part="date">` for a date, or nothing. */
  protected renderDate(date: Date | undefined, itemprop?: string): TemplateResult | typeof nothing {
    return date ? html`<time part="date" itemprop=${itemprop ?? nothing} datetime=${date.toISOString()}>${this.formatDate(date)}</time>` : nothing;
  }

  /** `target` and `rel` for every link the element renders, by the one link policy (`linkRel`). */
  protected get linkTargetAttr(): string | typeof nothing {
    return this.linkTarget || nothing;
  }

  protected get linkRelAttr(): string | typeof nothing {
    return linkRel(this.linkTarget) ?? nothing;
  }
}
