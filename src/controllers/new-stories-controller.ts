import type { NewsItem } from '../data/types.js';

/** What the controller asks of the list it serves, and nothing more. */
export interface NewStoriesHost {
  requestUpdate(): void;
  /** The items a load would show (filtered and cut), to count how many new ones the reader would see. */
  select(items: readonly NewsItem[]): readonly NewsItem[];
  /** Whether a reload may be held back now: the reader is in the list (focus, pointer, scrolled into it). */
  mayHoldBack(): boolean;
  /** Says `text` politely (the list's status region). */
  announce(text: string): void;
  newItemsText(count: number): string;
  newStoriesText(count: number): string;
}

/**
 * "N new stories" instead of moving the page: on each new load it finds which items are new
 * since the last one. They are highlighted and announced — or, when a reload brings them while
 * the reader is in the list, held back until the reader asks for them, so nothing the reader is
 * looking at moves. Knows nothing of layouts; the host says when holding back is allowed.
 * Plain state with no lifecycle of its own: the host calls it from `willUpdate` and its button.
 */
export class NewStoriesController {
  /** The items on screen: the latest load's, or the one before while new stories wait. */
  shown: readonly NewsItem[] = [];
  /** Ids of items the last shown load brought, highlighted until the next one. */
  fresh: ReadonlySet<string> = new Set();
  /** How many new items the held-back load would show; 0 when nothing waits. */
  waiting = 0;

  private known?: Set<string>;
  private held?: readonly NewsItem[];
  /** The items `receive` last saw: a re-render of the same load changes nothing. */
  private compared?: readonly NewsItem[];

  constructor(private readonly host: NewStoriesHost) {}

  /** A new `src` or `items`: what comes next is a first load, never "new". */
  reset(): void {
    this.known = undefined;
    this.held = undefined;
    this.waiting = 0;
  }

  /** From the host's `willUpdate`, with the items the feed has now. */
  receive(incoming: readonly NewsItem[]): void {
    if (incoming === this.compared) return;
    this.compared = incoming;
    const known = this.known;
    if (!incoming.length || !known) {
      this.shown = incoming;
      if (incoming.length) this.known = ids(incoming);
      return;
    }
    const fresh = incoming.filter((item) => !known.has(item.id));
    const freshShown = this.host.select(incoming).filter((item) => !known.has(item.id)).length;
    if (freshShown && this.host.mayHoldBack()) {
      this.held = incoming;
      this.waiting = freshShown;
      this.host.announce(this.host.newStoriesText(freshShown));
      return;
    }
    this.show(incoming, fresh);
    if (fresh.length) this.host.announce(this.host.newItemsText(fresh.length));
  }

  /** The reader asked for the held stories: they replace what is shown. False when none waited. */
  release(): boolean {
    const held = this.held;
    if (!held) return false;
    const known = this.known ?? new Set<string>();
    this.show(held, held.filter((item) => !known.has(item.id)));
    this.host.announce('');
    this.host.requestUpdate();
    return true;
  }

  private show(items: readonly NewsItem[], fresh: readonly NewsItem[]): void {
    this.held = undefined;
    this.waiting = 0;
    this.shown = items;
    this.known = ids(items);
    this.fresh = ids(fresh);
  }
}

const ids = (items: readonly NewsItem[]) => new Set(items.map((item) => item.id));
