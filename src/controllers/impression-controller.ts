import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scheduler } from '../time/scheduler.js';
import { pageVisibility } from '../time/page-visibility.js';

/** What an element on screen stands for: the item it shows, and how to report it. */
export interface ImpressionTarget {
  /** The item's id: an impression is reported once per id per host. */
  key: string;
  report(): void;
}

interface Tracked {
  key: string;
  /** At least half of it is in the viewport (and not clipped away by a scroller). */
  visible: boolean;
  timer?: unknown;
}

/** How long an item must stay visible, without a break, to count as seen. */
export const DWELL_MS = 1000;
const RATIO = 0.5;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Impressions: an item counts as seen once at least half of it has been visible for `DWELL_MS`
 * without a break while the page was visible. Visibility comes from an IntersectionObserver,
 * the dwell from the one scheduler, the page's visibility from `pageVisibility()`. Each id is
 * reported once for the life of the host: a refresh or a ticker's next round reports nothing again.
 * Nothing is stored or sent; `report` is the host's event.
 */
export class ImpressionController implements ReactiveController {
  private readonly seen = new Set<string>();
  private readonly tracked = new Map<Element, Tracked>();
  private observer?: IntersectionObserver;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly resolve: (element: Element) => ImpressionTarget | undefined,
  ) {
    host.addController(this);
  }

  /** After each render: the elements that show items now (elements may show another item than before). */
  track(elements: Iterable<Element>): void {
    if (typeof IntersectionObserver === 'undefined' || !this.host.isConnected) return;
    const current = new Set(elements);
    for (const [element, state] of this.tracked) if (!current.has(element)) this.forget(element, state);
    for (const element of current) {
      const target = this.resolve(element);
      let state = this.tracked.get(element);
      if (!target || this.seen.has(target.key)) {
        if (state) this.forget(element, state);
        continue;
      }
      if (!state) {
        state = { key: target.key, visible: false };
        this.tracked.set(element, state);
        this.observe(element);
      } else if (state.key !== target.key) {
        // The element now shows another item, which has only just appeared.
        this.stop(state);
        state.key = target.key;
      }
      this.sync(element, state);
    }
  }

  hostConnected(): void {
    this.unsubscribe = pageVisibility().subscribe(this.onPageVisibility);
    // Back in the page: its elements are tracked again after the next render.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const state of this.tracked.values()) this.stop(state);
    this.tracked.clear();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(element: Element): void {
    this.observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const state = this.tracked.get(entry.target);
        if (!state) continue;
        // 0.499: a ratio of exactly one half may come out a hair under it.
        state.visible = entry.isIntersecting && entry.intersectionRatio >= RATIO - 0.001;
        this.sync(entry.target, state);
      }
    }, { threshold: [0, RATIO] });
    this.observer.observe(element);
  }

  private readonly onPageVisibility = (): void => {
    for (const [element, state] of this.tracked) this.sync(element, state);
  };

  /** Starts the dwell while the item is visible on a visible page; stops it otherwise. */
  private sync(element: Element, state: Tracked): void {
    const dwelling = state.visible && pageVisibility().visible();
    if (dwelling && state.timer === undefined) {
      state.timer = scheduler().setTimeout(() => {
        state.timer = undefined;
        this.complete(element, state);
      }, DWELL_MS);
    } else if (!dwelling) {
      this.stop(state);
    }
  }

  private complete(element: Element, state: Tracked): void {
    const target = this.resolve(element);
    if (!target || target.key !== state.key || this.seen.has(target.key)) return;
    this.seen.add(target.key);
    this.forget(element, state);
    target.report();
  }

  private stop(state: Tracked): void {
    if (state.timer !== undefined) scheduler().clearTimeout(state.timer);
    state.timer = undefined;
  }

  private forget(element: Element, state: Tracked): void {
    this.stop(state);
    this.tracked.delete(element);
    this.observer?.unobserve(element);
  }
}
