import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scheduler, type Scheduler } from '../time/scheduler.js';

const TICK_MS = 30_000;

// One timer for the whole page: every widget showing relative dates re-renders on its tick.
const ticking = new Set<ReactiveControllerHost>();
let tick: { timer: unknown; owner: Scheduler } | undefined;

function syncPageTimer(): void {
  if (ticking.size && !tick) {
    const owner = scheduler();
    tick = { owner, timer: owner.setInterval(() => ticking.forEach((host) => host.requestUpdate()), TICK_MS) };
  } else if (!ticking.size && tick) {
    tick.owner.clearInterval(tick.timer);
    tick = undefined;
  }
}

/** "Now", kept current while relative dates are shown, so "5 минут назад" keeps counting. */
export class ClockController implements ReactiveController {
  now = scheduler().now();
  private wanted = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts or stops ticking; called with the host's `relative-dates`. */
  set enabled(value: boolean) {
    if (value === this.wanted) return;
    this.wanted = value;
    this.sync();
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    ticking.delete(this.host);
    syncPageTimer();
  }

  hostUpdate(): void {
    this.now = scheduler().now();
  }

  private sync(): void {
    if (this.wanted && this.host.isConnected) ticking.add(this.host);
    else ticking.delete(this.host);
    syncPageTimer();
  }
}
