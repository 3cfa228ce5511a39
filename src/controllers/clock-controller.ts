import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TICK_MS = 30_000;

/** "Now", kept current while relative dates are shown, so "5 минут назад" keeps counting. */
export class ClockController implements ReactiveController {
  now = Date.now();
  private timer?: ReturnType<typeof setInterval>;
  private ticking = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts or stops ticking; called with the host's `relative-dates`. */
  set enabled(value: boolean) {
    if (value === this.ticking) return;
    this.ticking = value;
    this.restart();
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  private restart(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.ticking && this.host.isConnected) this.timer = setInterval(() => this.host.requestUpdate(), TICK_MS);
  }
}
