import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { reservedBlockSize } from '../embed/reserve.js';
import { cssRule, elementSnippet, escapeAttribute, escapeText, scriptSnippet, serverRenderedSnippets } from '../embed/snippet.js';
import { builderStyles } from './builder-app.styles.js';
import type { BuilderConfig } from './config.js';
import { browserLanguage, builderMessages, type BuilderMessages } from './messages.js';
import {
  attributesOf, brandOf, DATE_FORMATS, DEFAULT_STATE, ELEMENTS, feedAddress, FONTS, LANGUAGES, layoutsOf, queryOf, RADII, SCRIPTS, THEMES, TIME_ZONES,
  VARIANTS, WORDINGS, type BrandKey, type BuilderState, type Language, type WidgetTag,
} from './state.js';

type Loader = (tag: string) => Promise<unknown>;

const BOOLEAN_ATTRIBUTES = ['show-images', 'relative-dates'];
const SHARED_DEFAULTS: [string, string][] = [['date-format', DATE_FORMATS[0]], ['time-zone', ''], ['theme', 'light'], ['loading', 'eager']];
/** What the preview writes when the snippet leaves an attribute out (it is at its default). */
const PREVIEW_DEFAULTS: Record<WidgetTag, [string, string][]> = {
  'news-latest-list': [['layout', 'list'], ['limit', '10'], ['rubric', ''], ...SHARED_DEFAULTS],
  'news-article-card': [['layout', 'vertical'], ['index', '0'], ...SHARED_DEFAULTS],
  'news-source-attribution': ['outlet', 'outlet-url', 'cites', 'cites-url'].map((name): [string, string] => [name, '']).concat([['wording', 'short'], ['variant', 'inline'], ['theme', 'light']]),
};

/** The code blocks, by what they hold. */
export interface Snippets {
  script: string;
  element: string;
  brand: string;
  reserved: string;
  ssi?: string;
  php?: string;
}

/**
 * The edge's widget builder: pick a feed and a look, see the real widget at phone and desktop
 * widths, copy the code. Everything it knows is in `config` (from the edge) and `state` (the
 * permalink); nothing is kept anywhere else.
 *
 * @summary The widget builder page.
 * @fires builder-change - the state changed (after the controls' `change`); `detail` is the state.
 * @fires builder-copy - a copy button was used; `detail` is `{ key, text, copied }` (`copied` false: the text was selected instead).
 */
export class NewsWidgetsBuilder extends LitElement {
  static override styles = builderStyles;

  /** What the edge serves: version, address, named feeds, allowed origins, integrity hashes. */
  @property({ attribute: false }) config?: BuilderConfig;

  /** The whole configuration a partner picked. */
  @property({ attribute: false }) state: BuilderState = { ...DEFAULT_STATE };

  /** The builder's own language. */
  @property() ui: Language = browserLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);

  /** Where the preview reads feeds and the widget code: the edge this page came from (default: the page's folder). */
  @property({ attribute: 'preview-edge' }) previewEdge = '';

  /** Rubric names found in the chosen feed, in the order they first appear. */
  @state() private rubrics: string[] = [];
  /** The chosen feed's home page and title, for the fallback link inside the element. */
  @state() private home?: { url: string; title: string };
  @state() private copied: Record<string, string> = {};
  private loader?: Promise<Loader>;

  private get t(): BuilderMessages {
    return builderMessages[this.ui];
  }

  private get previewBase(): string {
    return (this.previewEdge || new URL('./', document.baseURI).href).replace(/\/+$/, '');
  }

  /** The upstream address is usable: on an allowed origin. */
  private get addressAllowed(): boolean {
    try {
      return this.config?.allow.includes(new URL(this.state.url).origin) ?? false;
    } catch {
      return false;
    }
  }

  private get source(): { edge: string; preview: string } {
    const usable = this.state.feed || this.addressAllowed ? this.state : { ...this.state, url: '' };
    return { edge: feedAddress(usable, this.config?.edge ?? ''), preview: feedAddress(usable, this.previewBase) };
  }

  /** Every code block for the current state. */
  snippets(): Snippets {
    const { config, state } = this;
    if (!config) return { script: '', element: '', brand: '', reserved: '' };
    const tag = state.element;
    const attributes = attributesOf(state, this.source.edge);
    // The partner's page shows this link until the widget renders, and keeps it if the script fails.
    const fallback = this.home && tag !== 'news-source-attribution' ? `<a href="${escapeAttribute(this.home.url)}">${escapeText(this.home.title)}</a>` : '';
    const element = elementSnippet(tag, attributes, fallback);
    // Where attributes cannot tell the widget's height (the ticker and carousel, the card, the attribution), nothing is reserved.
    const reserved = reservedBlockSize(tag, Object.fromEntries(attributes));
    const snippets: Snippets = {
      script: scriptSnippet(config.integrity, config.dist, state.script),
      element,
      brand: cssRule(tag, brandOf(state)),
      reserved: reserved ? cssRule(tag, [['display', 'block'], ['box-sizing', 'border-box'], ['min-block-size', reserved]]) : '',
    };
    if (tag !== 'news-latest-list' || (state.layout !== 'ticker' && state.layout !== 'carousel')) {
      const query = new URLSearchParams();
      if (state.feed) query.set('feed', state.feed);
      else if (this.addressAllowed) query.set('url', state.url);
      for (const [name, value] of attributes) if (name !== 'src') query.set(name, value);
      const { nginx, php } = serverRenderedSnippets(config.edge, tag, query, element);
      Object.assign(snippets, { ssi: nginx, php });
    }
    return snippets;
  }

  /** The permalink: this edge's builder with the whole state in its query. */
  permalink(): string {
    const query = queryOf(this.state).toString();
    return `${this.config?.edge ?? ''}/${query ? `?${query}` : ''}`;
  }

  private set(patch: Partial<BuilderState>): void {
    const next = { ...this.state, ...patch };
    if (patch.element && patch.element !== this.state.element) next.layout = layoutsOf(patch.element)[0] ?? '';
    if ((patch.feed !== undefined && patch.feed !== this.state.feed) || (patch.url !== undefined && patch.url !== this.state.url)) {
      next.rubric = [];
      this.rubrics = [];
      this.home = undefined;
    }
    this.state = next;
    this.dispatchEvent(new CustomEvent('builder-change', { detail: next, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ui')) this.lang = this.ui;
    if (changed.has('config') && this.config && !this.state.feed && !this.state.url && this.config.feeds.length) {
      this.state = { ...this.state, feed: this.config.feeds[0].name };
    }
  }

  protected override updated(): void {
    for (const screen of this.renderRoot.querySelectorAll<HTMLElement>('.screen')) this.syncPreview(screen);
  }

  /** The widget inside one preview screen, with the state's attributes and brand (set through the CSSOM: no inline style). */
  private syncPreview(screen: HTMLElement): void {
    const tag = this.state.element;
    let widget = screen.firstElementChild as HTMLElement | null;
    if (!widget || widget.localName !== tag) {
      widget = document.createElement(tag);
      screen.replaceChildren(widget);
    }
    // Every attribute the builder controls is written out, defaults too: removing one would set
    // its property to null. Only boolean attributes come and go.
    const wanted = new Map<string, string>([...PREVIEW_DEFAULTS[tag], ...attributesOf(this.state, this.source.preview)]);
    for (const name of BOOLEAN_ATTRIBUTES) if (!wanted.has(name)) widget.removeAttribute(name);
    const lang = widget.getAttribute('lang');
    for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
    // The widgets watch `lang` in the document only; in this shadow root they are told.
    if (lang !== null && lang !== widget.getAttribute('lang')) (widget as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
    const brand = new Map(brandOf(this.state));
    for (const name of [...widget.style]) if (!brand.has(name)) widget.style.removeProperty(name);
    for (const [name, value] of brand) widget.style.setProperty(name, value);
    void this.define(tag);
  }

  /** The widgets' own ES module from this edge's dist/, which registers the element on demand. */
  private async define(tag: WidgetTag): Promise<void> {
    if (customElements.get(tag) || !this.config) return;
    const module = `${this.previewEdge ? `${this.previewBase}/v${this.config.version}/` : new URL(`v${this.config.version}/`, new URL('./', document.baseURI)).href}news-widgets.js`;
    this.loader ??= import(/* @vite-ignore */ module).then((loaded: { load: Loader }) => loaded.load);
    try {
      await (await this.loader)(tag);
    } catch {
      // The widget fires news-error itself and keeps showing nothing: the preview says so by being empty.
    }
  }

  private onLoad(event: Event): void {
    const { feed } = (event as CustomEvent<{ feed: { title?: string; homeUrl?: string; items: { rubrics: { name: string }[] }[] } }>).detail;
    const names = [...new Set(feed.items.flatMap((item) => item.rubrics.map((rubric) => rubric.name.trim()).filter(Boolean)))];
    if (names.join('\n') !== this.rubrics.join('\n')) this.rubrics = names;
    // The data layer gives only safe absolute http(s) addresses and plain text.
    const home = feed.homeUrl && /^https?:/.test(feed.homeUrl) ? { url: feed.homeUrl, title: feed.title?.trim() || new URL(feed.homeUrl).host } : undefined;
    if (home?.url !== this.home?.url || home?.title !== this.home?.title) this.home = home;
  }

  private async copy(key: string, text: string, event: Event): Promise<void> {
    const figure = (event.currentTarget as HTMLElement).closest('figure, .permalink-field');
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { [key]: this.t.copied };
      this.dispatchEvent(new CustomEvent('builder-copy', { detail: { key, text, copied: true }, bubbles: true, composed: true }));
    } catch {
      // No clipboard access: select the text, for Ctrl+C.
      const target = figure?.querySelector('code, input');
      if (target instanceof HTMLInputElement) target.select();
      else if (target) getSelection()?.selectAllChildren(target);
      this.copied = { [key]: this.t.selected };
      this.dispatchEvent(new CustomEvent('builder-copy', { detail: { key, text, copied: false }, bubbles: true, composed: true }));
    }
  }

  private codeBlock(key: string, label: string, code: string): TemplateResult {
    return html`
      <figure data-code=${key}>
        <figcaption>
          <span id="label-${key}">${label}</span>
          <span role="status">${this.copied[key] ?? ''}</span>
          <button type="button" aria-describedby="label-${key}" @click=${(event: Event) => this.copy(key, code, event)}>${this.t.copy}</button>
        </figcaption>
        <pre translate="no" tabindex="0" aria-labelledby="label-${key}"><code>${code}</code></pre>
      </figure>
    `;
  }

  private select(name: keyof BuilderState, label: string, options: readonly string[], labels: (value: string) => string): TemplateResult {
    return html`
      <label>
        ${label}
        <select name=${name} .value=${String(this.state[name])} @change=${(event: Event) => this.set({ [name]: (event.target as HTMLSelectElement).value } as Partial<BuilderState>)}>
          ${options.map((option) => html`<option value=${option} ?selected=${String(this.state[name]) === option}>${labels(option)}</option>`)}
        </select>
      </label>
    `;
  }

  private check(name: 'images' | 'relative', label: string): TemplateResult {
    return html`<label class="check"><input type="checkbox" name=${name} .checked=${this.state[name]} @change=${(event: Event) => this.set({ [name]: (event.target as HTMLInputElement).checked })} />${label}</label>`;
  }

  private textField(name: 'outlet' | 'outletUrl' | 'cites' | 'citesUrl', label: string, type = 'text'): TemplateResult {
    return html`<label>${label}<input type=${type} name=${name} .value=${this.state[name]} @change=${(event: Event) => this.set({ [name]: (event.target as HTMLInputElement).value })} /></label>`;
  }

  private color(name: 'accent' | 'text' | 'background', label: string): TemplateResult {
    const value = this.state[name];
    const initial = { accent: '#0b5cad', text: '#1f2328', background: '#ffffff' }[name];
    return html`
      <div class="color">
        <label class="check">
          <input type="checkbox" name="${name}-on" .checked=${value !== ''} @change=${(event: Event) => this.set({ [name]: (event.target as HTMLInputElement).checked ? initial : '' })} />${label}
        </label>
        <input type="color" name=${name} aria-label=${label} .value=${value || initial} ?disabled=${!value} @change=${(event: Event) => this.set({ [name]: (event.target as HTMLInputElement).value })} />
      </div>
    `;
  }

  private feedFields(): TemplateResult {
    const { t, config, state } = this;
    const feeds = config?.feeds ?? [];
    const allow = config?.allow ?? [];
    const origins = allow.join(', ');
    const chosen = feeds.find((feed) => feed.name === state.feed);
    const own = !state.feed && allow.length > 0;
    const refused = own && state.url !== '' && !this.addressAllowed;
    return html`
      <fieldset>
        <legend>${t.feedLegend}</legend>
        ${feeds.length || allow.length
          ? html`
              <label>
                ${t.feed}
                <select name="feed" aria-describedby="feed-description" @change=${(event: Event) => this.set({ feed: (event.target as HTMLSelectElement).value })}>
                  ${feeds.map((feed) => html`<option value=${feed.name} ?selected=${feed.name === state.feed}>${feed.title ?? feed.name}</option>`)}
                  ${allow.length ? html`<option value="" ?selected=${!state.feed}>${t.ownAddress}</option>` : nothing}
                </select>
              </label>
              <p class="hint" id="feed-description">${chosen?.description ?? ''}</p>`
          : html`<p class="error">${t.noFeeds}</p>`}
        ${own
          ? html`
              <label>
                ${t.address}
                <input type="url" name="url" inputmode="url" placeholder="${allow[0]}/…" .value=${state.url} aria-invalid=${refused ? 'true' : 'false'}
                  aria-describedby="url-hint" @change=${(event: Event) => this.set({ url: (event.target as HTMLInputElement).value.trim() })} />
              </label>
              <p id="url-hint" class=${refused ? 'error' : 'hint'}>${refused ? t.addressRefused(origins) : t.addressHint(origins)}</p>`
          : nothing}
      </fieldset>
    `;
  }

  private widgetFields(): TemplateResult {
    const { t, state } = this;
    const list = state.element === 'news-latest-list';
    const attribution = state.element === 'news-source-attribution';
    const rotating = state.layout === 'ticker' || state.layout === 'carousel';
    return html`
      <fieldset>
        <legend>${t.widgetLegend}</legend>
        ${this.select('element', t.element, ELEMENTS, (tag) => t.elements[tag as WidgetTag])}
        ${attribution ? nothing : this.select('layout', t.layout, layoutsOf(state.element), (layout) => t.layouts[layout] ?? layout)}
        ${this.select('lang', t.language, LANGUAGES, (lang) => t.languageNames[lang as Language])}
        ${list
          ? html`
              <label>${t.limit}<input type="number" name="limit" min="1" max="50" .value=${String(state.limit)}
                @change=${(event: Event) => this.set({ limit: Math.min(50, Math.max(1, Math.round(Number((event.target as HTMLInputElement).value)) || DEFAULT_STATE.limit)) })} /></label>
              <fieldset>
                <legend>${t.rubrics}</legend>
                ${this.rubrics.length
                  ? html`<div class="rubrics">
                        ${this.rubrics.map((name) => html`<label class="check"><input type="checkbox" name="rubric" value=${name} .checked=${state.rubric.includes(name)}
                          @change=${(event: Event) => this.set({ rubric: (event.target as HTMLInputElement).checked ? [...state.rubric, name] : state.rubric.filter((rubric) => rubric !== name) })} />${name}</label>`)}
                      </div>
                      <p class="hint">${t.rubricsHint}</p>`
                  : html`<p class="hint">${t.rubricsNone}</p>`}
              </fieldset>
              ${rotating ? nothing : this.check('images', t.images)}`
          : nothing}
        ${state.element === 'news-article-card'
          ? html`<label>${t.index}<input type="number" name="index" min="0" max="99" .value=${String(state.index)}
              @change=${(event: Event) => this.set({ index: Math.min(99, Math.max(0, Math.round(Number((event.target as HTMLInputElement).value)) || 0)) })} /></label>`
          : nothing}
        ${attribution
          ? html`
              ${this.textField('outlet', t.outlet)} ${this.textField('outletUrl', t.outletUrl, 'url')} ${this.textField('cites', t.cites)} ${this.textField('citesUrl', t.citesUrl)}
              ${this.select('wording', t.wording, WORDINGS, (wording) => t.wordings[wording as 'short'])}
              ${this.select('variant', t.variant, VARIANTS, (variant) => t.variants[variant as 'inline'])}`
          : html`
              ${this.check('relative', t.relative)}
              ${this.select('dateFormat', t.dateFormat, DATE_FORMATS, (format) => format)}
              ${this.select('timeZone', t.timeZone, TIME_ZONES, (zone) => zone || t.readerZone)}`}
      </fieldset>
    `;
  }

  private lookFields(): TemplateResult {
    const { t } = this;
    return html`
      <fieldset>
        <legend>${t.lookLegend}</legend>
        ${this.select('theme', t.theme, THEMES, (theme) => t.themes[theme as 'light'])}
        ${this.color('accent', t.accent)} ${this.color('text', t.text)} ${this.color('background', t.background)}
        ${this.select('font' satisfies BrandKey, t.font, FONTS, (font) => font || t.brandDefault)}
        ${this.select('radius' satisfies BrandKey, t.radius, RADII, (radius) => radius || t.brandDefault)}
        ${this.select('script', t.script, SCRIPTS, (script) => t.scripts[script as 'module'])}
      </fieldset>
    `;
  }

  protected override render(): TemplateResult {
    const { t } = this;
    const snippets = this.snippets();
    const permalink = this.permalink();
    return html`
      <header>
        <h1>${t.title}</h1>
        <div class="switch" role="group" aria-label=${t.uiLanguage}>
          ${LANGUAGES.map((lang) => html`<button type="button" lang=${lang} aria-pressed=${this.ui === lang ? 'true' : 'false'} @click=${() => (this.ui = lang)}>${t.languageNames[lang]}</button>`)}
        </div>
      </header>
      <p class="intro">${t.intro}</p>
      <main>
        <form @submit=${(event: Event) => event.preventDefault()}>${this.feedFields()} ${this.widgetFields()} ${this.lookFields()}</form>
        <div class="output">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${t.preview}</h2>
            <div class="previews" @news-load=${this.onLoad}>
              <!-- The phone preview is a picture of the same widget: inert, so it is neither tabbed through nor read twice. -->
              <div class="frame phone"><span>${t.phone}</span><div class="screen" data-preview="phone" inert></div></div>
              <div class="frame desktop"><span>${t.desktop}</span><div class="screen" data-preview="desktop"></div></div>
            </div>
          </section>
          <section aria-labelledby="code-heading" class="code">
            <h2 id="code-heading">${t.codeLegend}</h2>
            <div>${this.codeBlock('element', t.elementCode, snippets.element)}</div>
            <div>
              ${this.codeBlock('script', t.scriptCode, snippets.script)}
              <p class="hint">${t.scriptHint} <code translate="no">${this.config?.integrity['after-paint'] ?? ''}</code></p>
            </div>
            ${snippets.brand ? html`<div>${this.codeBlock('brand', t.brandCode, snippets.brand)}</div>` : nothing}
            ${snippets.reserved ? html`<div>${this.codeBlock('reserved', t.reservedCode, snippets.reserved)}</div>` : nothing}
            ${snippets.ssi && snippets.php
              ? html`<div>${this.codeBlock('ssi', t.ssiCode, snippets.ssi)}</div><div>${this.codeBlock('php', t.phpCode, snippets.php)}</div>`
              : html`<p class="hint">${t.noServerRender}</p>`}
          </section>
          <section aria-labelledby="permalink-heading">
            <h2 id="permalink-heading">${t.permalink}</h2>
            <div class="permalink-field">
              <div class="permalink">
                <input type="text" name="permalink" readonly aria-labelledby="permalink-heading" aria-describedby="permalink-hint" .value=${permalink} />
                <button type="button" @click=${(event: Event) => this.copy('permalink', permalink, event)}>${t.copy}</button>
              </div>
              <p class="hint" id="permalink-hint">${t.permalinkHint} <span role="status">${this.copied.permalink ?? ''}</span></p>
            </div>
          </section>
        </div>
      </main>
    `;
  }
}
