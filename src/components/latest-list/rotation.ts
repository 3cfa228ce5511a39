import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PageVisibility } from '../../time/page-visibility.js';
import type { Messages } from '../../i18n/messages.js';
import { scheduler } from '../../time/scheduler.js';
import { pauseIcon, playIcon } from './controls.js';

/** Shortest time between automatic steps, in seconds, whatever `interval` says. */
export const MIN_INTERVAL_SECONDS = 2;

type Host = ReactiveControllerHost & HTMLElement;


/**
 * Automatic rotation by the WAI-ARIA carousel pattern, shared by the ticker and the carousel:
 * a step every `seconds()` while the reader has not stopped it with the rotation control, and
 * never while the pointer is over the widget, focus is within it (the rotation control excepted,
 * so that a keyboard reader can start it again) or the page is hidden (WCAG 2.2.2). Its timer runs
 * on the one scheduler; each step the reader takes starts a whole interval again.
 */
export class Rotation implements ReactiveController {
  /** The reader's choice, through the rotation control. */
  playing = true;
  private hovered = false;
  private focused = false;
  private timer?: unknown;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    /** Seconds between steps; 0: this widget does not rotate. */
    private readonly seconds: () => number,
    private readonly count: () => number,
    private readonly step: () => void,
    /**
     * `pageVisibility` from src/time/page-visibility.ts, lent by the list (through its `LayoutKit`)
     * rather than imported: a module the list's chunk and this one both imported would be merged
     * into the list's chunk, which would then cost every list a namespace object and the bundler's runtime.
     */
    private readonly pageVisibility: () => PageVisibility,
  ) {
    host.addController(this);
  }

  get enabled(): boolean {
    return this.seconds() > 0 && this.count() > 1;
  }

  /** Moving by itself right now: live announcements are off meanwhile. */
  get rotating(): boolean {
    return this.enabled && this.playing && !this.hovered && !this.focused && this.pageVisibility().visible();
  }

  hostConnected(): void {
    this.unsubscribe = this.pageVisibility().subscribe(this.changed);
    // Back in the page (or new): the timer starts after the next render.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** The element stopped using this widget. */
  dispose(): void {
    this.hostDisconnected();
    this.host.removeController(this);
  }

  /** After a step the reader took: the next automatic one waits a whole interval. */
  restart(): void {
    this.stop();
    this.sync();
  }

  /** The rotation control: `part="pause"`, labelled by what it will do. */
  renderControl(messages: Messages): TemplateResult {
    return html`<button part="pause" class="control" type="button" data-rotation-control
      aria-label=${this.playing ? messages.pause : messages.play} @click=${this.toggle}>
      ${this.playing ? pauseIcon : playIcon}
    </button>`;
  }

  /** Listeners for the widget's outermost element. */
  readonly listeners = {
    pointerenter: (): void => this.set(() => (this.hovered = true)),
    pointerleave: (): void => this.set(() => (this.hovered = false)),
    focusin: (event: FocusEvent): void => this.set(() => (this.focused = !(event.target as Element).closest?.('[data-rotation-control]'))),
    focusout: (event: FocusEvent): void => {
      const widget = event.currentTarget as Element;
      const next = event.relatedTarget as Node | null;
      if (!next || !widget.contains(next)) this.set(() => (this.focused = false));
    },
  };

  private readonly toggle = (): void => {
    this.playing = !this.playing;
    this.restart();
    this.host.requestUpdate();
  };

  private set(change: () => void): void {
    const before = this.rotating;
    change();
    if (this.rotating !== before) this.changed();
  }

  private readonly changed = (): void => {
    this.sync();
    this.host.requestUpdate();
  };

  private sync(): void {
    if (!this.rotating) {
      this.stop();
      return;
    }
    this.timer ??= scheduler().setTimeout(() => {
      this.timer = undefined;
      this.step();
      this.sync();
    }, this.seconds() * 1000);
  }

  private stop(): void {
    if (this.timer !== undefined) scheduler().clearTimeout(this.timer);
    this.timer = undefined;
  }
}
