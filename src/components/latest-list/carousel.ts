import { css, html, nothing, type TemplateResult } from 'lit';
import type { NewsItem } from '../../data/types.js';
import { controlStyles, nextIcon, prevIcon } from './controls.js';
import type { LayoutKit, LayoutModule, LayoutView } from './layout.js';
import { MIN_INTERVAL_SECONDS, Rotation } from './rotation.js';

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * `layout="carousel"`: a row of cards with pictures that scrolls sideways (CSS scroll snap),
 * with previous/next buttons, arrow keys (Home/End too) between the cards' headlines, and
 * "3 of 10" slide labels, by the WAI-ARIA carousel pattern. It moves by itself only with
 * `interval`, under the same rotation control and rules as the ticker.
 */
class CarouselView implements LayoutView {
  private items: readonly NewsItem[] = [];
  /** The card a step scrolls to, until the scroll arrives: a second press goes on from there. */
  private target?: number;
  private readonly rotation: Rotation;

  constructor(private readonly kit: LayoutKit) {
    this.rotation = new Rotation(
      kit.host,
      () => (kit.interval() > 0 ? Math.max(MIN_INTERVAL_SECONDS, kit.interval()) : 0),
      () => this.items.length,
      () => this.step(1),
      kit.pageVisibility,
    );
  }

  update(items: readonly NewsItem[]): void {
    this.items = items;
    if (this.target !== undefined && this.target >= items.length) this.target = undefined;
  }

  dispose(): void {
    this.rotation.dispose();
  }

  private get track(): HTMLElement | null {
    return this.kit.host.shadowRoot!.querySelector<HTMLElement>('.track');
  }

  private cards(track: HTMLElement): HTMLElement[] {
    return [...track.querySelectorAll<HTMLElement>(':scope > [data-index]')];
  }

  /** Where the row scrolls to show a card first: its offset past the row's padding, within the row's end. */
  private startOf(track: HTMLElement, cards: HTMLElement[], index: number): number {
    return Math.min(cards[index].offsetLeft - cards[0].offsetLeft, track.scrollWidth - track.clientWidth);
  }

  /** The card a step goes on from: the one being scrolled to, else the one nearest the scroll position. */
  private current(track: HTMLElement, cards: HTMLElement[]): number {
    if (this.target !== undefined) return this.target;
    let nearest = 0;
    cards.forEach((_, index) => {
      if (Math.abs(this.startOf(track, cards, index) - track.scrollLeft) < Math.abs(this.startOf(track, cards, nearest) - track.scrollLeft)) nearest = index;
    });
    return nearest;
  }

  /** One card on or back, wrapping at the ends (the last cards share the row's end position). */
  private step(delta: 1 | -1, byReader = false): void {
    const track = this.track;
    if (!track || !this.items.length) return;
    const cards = this.cards(track);
    const from = this.current(track, cards);
    const left = this.startOf(track, cards, from);
    let to = from + delta;
    if (delta > 0 && left >= track.scrollWidth - track.clientWidth - 1) to = 0;
    if (delta < 0 && left <= 1) to = cards.length - 1;
    to = Math.max(0, Math.min(cards.length - 1, to));
    this.scrollTo(track, cards, to);
    if (!byReader) return;
    this.rotation.restart();
    const messages = this.kit.messages();
    this.kit.announce(`${messages.slideLabel(to + 1, cards.length)}: ${this.items[to].title}`);
  }

  private scrollTo(track: HTMLElement, cards: HTMLElement[], index: number): void {
    const left = this.startOf(track, cards, index);
    this.target = Math.abs(track.scrollLeft - left) > 1 ? index : undefined;
    track.scrollTo({ left, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  private readonly onScroll = (): void => {
    const track = this.track;
    if (!track || this.target === undefined) return;
    const cards = this.cards(track);
    if (!cards[this.target] || Math.abs(track.scrollLeft - this.startOf(track, cards, this.target)) <= 1) this.target = undefined;
  };

  /** Arrow keys, Home and End move focus between the cards' headlines. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const keys: Record<string, (index: number, last: number) => number> = {
      ArrowRight: (index, last) => Math.min(last, index + 1),
      ArrowLeft: (index) => Math.max(0, index - 1),
      Home: () => 0,
      End: (_, last) => last,
    };
    const move = keys[event.key];
    const card = (event.target as Element).closest<HTMLElement>('[data-index]');
    const track = this.track;
    if (!move || !card || !track || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const cards = this.cards(track);
    const to = move(Number(card.dataset.index), cards.length - 1);
    const focusable = cards[to].querySelector<HTMLElement>('a[part~="title"]') ?? cards[to];
    focusable.focus({ preventScroll: true });
    this.scrollTo(track, cards, to);
  };

  render(): TemplateResult {
    const messages = this.kit.messages();
    const count = this.items.length;
    const { listeners } = this.rotation;
    return html`
      <section class="carousel" aria-roledescription=${messages.carousel} aria-label=${this.kit.label()}
        @pointerenter=${listeners.pointerenter} @pointerleave=${listeners.pointerleave}
        @focusin=${listeners.focusin} @focusout=${listeners.focusout}>
        ${count > 1
          ? html`<div part="controls" class="controls">
              ${this.rotation.enabled ? this.rotation.renderControl(messages) : nothing}
              <button part="prev" class="control" type="button" aria-label=${messages.previous} @click=${() => this.step(-1, true)}>${prevIcon}</button>
              <button part="next" class="control" type="button" aria-label=${messages.next} @click=${() => this.step(1, true)}>${nextIcon}</button>
            </div>`
          : nothing}
        <div part="list" class="track" aria-live=${this.rotation.rotating ? 'off' : 'polite'} @keydown=${this.onKeyDown} @scroll=${this.onScroll}>
          ${this.items.map((item, index) => html`
            <div part="item" class="card" role="group" aria-roledescription=${messages.slide}
              aria-label=${messages.slideLabel(index + 1, count)} data-index=${index} tabindex="-1" lang=${this.kit.itemLang(item)}>
              ${this.kit.image(item)}
              <div class="text">${this.kit.rubric(item)} ${this.kit.title(item)} ${this.kit.meta(item)}</div>
            </div>`)}
        </div>
      </section>
    `;
  }
}

export const styles = [
  controlStyles,
  css`
    .controls {
      justify-content: flex-end;
      margin-block-end: 0.5em;
    }
    .track {
      position: relative;
      display: flex;
      gap: var(--_gap);
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      /* Room for focus rings, which the scrolling box would clip. */
      padding: 0.35em;
      margin-block: -0.35em;
      scroll-padding-inline: 0.35em;
      scrollbar-width: thin;
    }
    .card {
      flex: 0 0 var(--news-card-width, min(80%, 16em));
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      scroll-snap-align: start;
      border-radius: var(--_radius);
    }
    .card:focus {
      outline: none;
    }
    .card:focus-visible {
      outline: 0.15em solid var(--_focus);
    }
    .card .image {
      width: 100%;
    }
    .card .text {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    .card .rubric {
      align-self: flex-start;
    }
  `,
];

export function create(kit: LayoutKit): LayoutView {
  return new CarouselView(kit);
}

/** What the list loads (./layout-loader.ts): one object, so no bundle builds a namespace object for this module. */
export const layout: LayoutModule = { styles, create };
