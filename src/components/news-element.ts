import { adoptStyles, html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LangController } from '../controllers/lang-controller.js';
import { linkRel } from '../data/urls.js';
import { DEFAULT_DATE_FORMAT, displayDate, type DateDisplay } from '../i18n/date-display.js';
import { nextTask } from '../time/next-task.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares, fetching or not: language (from the DOM), date display, theme
 * and the link policy. `FeedElement` adds fetching; `<news-source-attribution>` uses this alone.
 */
export abstract class NewsElement extends LitElement {
  // Reactive properties are declared here and in each subclass's `static properties`, each field
  // below them keeping its documentation, rather than with Lit's decorators: the decorators' helper,
  // Lit's decorator module and one call per property cost the script-tag builds about 0.4 KB gzip.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    dateFormat: { attribute: 'date-format' },
    timeZone: { attribute: 'time-zone' },
    linkTarget: { attribute: 'link-target' },
  };

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'light';

  /** date-fns `format` pattern for dates. */
  dateFormat = DEFAULT_DATE_FORMAT;

  /** IANA zone (e.g. `Asia/Almaty`) for showing dates (and reading zone-less ones); the reader's zone when unset. */
  timeZone = '';

  /** `target` for links, e.g. `_blank`. */
  linkTarget = '';

  protected readonly language = new LangController(this);

  /**
   * True while the element renders what a server renders: on the server (`news-widgets/ssr`), and
   * in the browser for the first render of a server-rendered element, which Lit's hydration needs
   * to be the server's own: dates in `time-zone` (UTC when unset), never relative, no article body.
   * The next update renders as the client would.
   */
  protected serverRender = isServer;

  /** `dateDisplay()` for the update under way: worked out once per render, not once per date. */
  private renderDates?: DateDisplay;

  constructor() {
    super();
    this.addController({
      hostUpdated: () => {
        if (isServer || !this.serverRender) return;
        this.serverRender = false;
        this.requestUpdate();
      },
    });
  }

  /**
   * A server-rendered shadow root (declarative shadow DOM) is hydrated in place when Lit's
   * hydration support is loaded (the script-tag builds carry it) and the data it was rendered
   * with came along (`readServerData`); otherwise it starts empty (`attachShadow` empties a
   * declarative root) and the element renders afresh, so nothing shows twice. The styles are
   * adopted either way: a strict `style-src` may have blocked the server's `<style>`.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRoot = isServer ? null : this.shadowRoot;
    if (!serverRoot) return super.createRenderRoot();
    const { elementStyles, shadowRootOptions, observedAttributes } = this.constructor as typeof LitElement;
    const hasData = this.readServerData();
    // The hydration support, once applied to LitElement, makes every element observe `defer-hydration`.
    if (observedAttributes.includes('defer-hydration') && hasData) {
      this.serverRender = true;
      const root = super.createRenderRoot();
      adoptStyles(serverRoot, elementStyles);
      return root;
    }
    const root = this.attachShadow(shadowRootOptions);
    adoptStyles(root, elementStyles);
    return root;
  }

  /** Whether the data a server rendered this element with is at hand; subclasses read theirs. */
  protected readServerData(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.renderDates = undefined;
    // Lit's server renderer calls no controller hooks: the language comes from `lang` there.
    if (isServer) this.language.hostUpdate();
  }

  /**
   * Waits, the first time a language shows, for its strings and what its dates need (chunks of
   * their own in the ES module build). The first render also waits for the page's next task: the
   * script's evaluation and the elements' upgrade are one task, the first render another, so
   * neither blocks the host page for long (issue 24).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = isServer || this.hasUpdated ? undefined : nextTask();
    // Dates in a zone also wait for Intl's start-up, off the main thread (data/dates/zones.ts).
    const loading = this.language.localeLoading(this.dateDisplay());
    const ready = first && loading ? Promise.all([first, loading]) : first ?? loading;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** How dates are shown; `FeedElement` adds relative dates. */
  protected dateDisplay(): DateDisplay {
    return {
      locale: this.language.dateLocale,
      pattern: this.dateFormat,
      timeZone: this.timeZone || (this.serverRender ? 'UTC' : undefined),
      relative: false,
      relativeMaxAge: 0,
      now: 0,
    };
  }

  /** Only while rendering: the language and clock it reads are those of the update under way. */
  protected formatDate(date: Date): string {
    return displayDate(date, (this.renderDates ??= this.dateDisplay()));
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
