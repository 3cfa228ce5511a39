import { css, html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { NewsItem } from '../../data/types.js';
import type { LayoutKit, LayoutModule, LayoutView } from './layout.js';
import { MIN_INTERVAL_SECONDS, Rotation } from './rotation.js';
import { controlStyles, nextIcon, prevIcon } from './controls.js';

const DEFAULT_INTERVAL_SECONDS = 6;

/**
 * `layout="ticker"`: one line, one headline at a time (rubric tag, linked headline, time), the
 * next every `interval` seconds, with the rotation control and previous/next buttons first, as
 * the WAI-ARIA carousel pattern has them. Announcements are off while it rotates by itself and
 * polite while the reader steps through. Only the headline shown is in the DOM, so impressions
 * count what the reader could see.
 */
class TickerView implements LayoutView {
  private items: readonly NewsItem[] = [];
  private index = 0;
  private currentId?: string;
  /** Whether a step has happened: the first headline appears without rising in. */
  private stepped = false;
  private readonly rotation: Rotation;

  constructor(private readonly kit: LayoutKit) {
    this.rotation = new Rotation(
      kit.host,
      () => Math.max(MIN_INTERVAL_SECONDS, kit.interval() || DEFAULT_INTERVAL_SECONDS),
      () => this.items.length,
      () => this.go(1),
      kit.pageVisibility,
    );
  }

  update(items: readonly NewsItem[]): void {
    this.items = items;
    // A refresh that reorders the items leaves the headline on screen where it is.
    const at = this.currentId === undefined ? -1 : items.findIndex((item) => item.id === this.currentId);
    this.index = at >= 0 ? at : Math.min(this.index, Math.max(0, items.length - 1));
    this.currentId = items[this.index]?.id;
  }

  dispose(): void {
    this.rotation.dispose();
  }

  private go(delta: number, byReader = false): void {
    const count = this.items.length;
    if (!count) return;
    this.index = (this.index + delta + count) % count;
    this.currentId = this.items[this.index].id;
    this.stepped = true;
    if (byReader) this.rotation.restart();
    this.kit.host.requestUpdate();
  }

  render(): TemplateResult {
    const messages = this.kit.messages();
    const item = this.items[this.index];
    const count = this.items.length;
    const { listeners } = this.rotation;
    return html`
      <section class="ticker" aria-roledescription=${messages.carousel} aria-label=${this.kit.label()}
        @pointerenter=${listeners.pointerenter} @pointerleave=${listeners.pointerleave}
        @focusin=${listeners.focusin} @focusout=${listeners.focusout}>
        ${count > 1
          ? html`<div part="controls" class="controls">
              ${this.rotation.renderControl(messages)}
              <button part="prev" class="control" type="button" aria-label=${messages.previous} @click=${() => this.go(-1, true)}>
                ${prevIcon}
              </button>
              <button part="next" class="control" type="button" aria-label=${messages.next} @click=${() => this.go(1, true)}>
                ${nextIcon}
              </button>
            </div>`
          : nothing}
        <div class="slides" aria-live=${this.rotation.rotating ? 'off' : 'polite'}>
          ${item
            ? keyed(item.id, html`
                <div part="item" class="slide ${this.stepped ? 'entering' : ''}" role="group" aria-roledescription=${messages.slide}
                  aria-label=${messages.slideLabel(this.index + 1, count)} data-index=${this.index} lang=${this.kit.itemLang(item)}>
                  ${this.kit.rubric(item)} ${this.kit.title(item)} ${this.kit.meta(item)}
                </div>`)
            : nothing}
        </div>
      </section>
    `;
  }
}

export const styles = [
  controlStyles,
  css`
    .ticker {
      display: flex;
      align-items: center;
      gap: 0.6em;
      height: var(--_ticker-height);
      border-block: 1px solid var(--_border);
    }
    .slides {
      flex: 1;
      min-width: 0;
      height: 100%;
      display: flex;
      align-items: center;
      overflow: hidden;
      /* Room for the focus ring, which the clipping would cut. */
      padding-inline: 0.35em;
    }
    .slide {
      display: flex;
      align-items: baseline;
      gap: 0.6em;
      min-width: 0;
      white-space: nowrap;
    }
    .slide .rubric {
      flex: none;
    }
    /* Short of room, the time and source give way first, then the headline, down to a few words. */
    .slide .title {
      flex: 0 1 auto;
      min-width: 6em;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .slide .meta {
      display: block;
      flex: 0 100 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .slide .source {
      margin-inline-start: 0.8em;
    }
    /* Narrow: the headline keeps the line; the time, then the rubric, stay for screen readers only. */
    @container news-ticker (max-width: 30em) {
      .slide .meta {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    }
    @container news-ticker (max-width: 24em) {
      .slide .rubric {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    }
    .ticker {
      container: news-ticker / inline-size;
    }
    /* Headlines change in place under prefers-reduced-motion; otherwise each rises into view
       (position only: its colors are never faded below their contrast). */
    @media (prefers-reduced-motion: no-preference) {
      .slide.entering {
        animation: ticker-in 0.3s ease-out;
      }
    }
    @keyframes ticker-in {
      from {
        transform: translateY(1.6em);
      }
    }
  `,
];

export function create(kit: LayoutKit): LayoutView {
  return new TickerView(kit);
}

/** What the list loads (./layout-loader.ts): one object, so no bundle builds a namespace object for this module. */
export const layout: LayoutModule = { styles, create };
