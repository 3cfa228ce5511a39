import { useScheduler, type Scheduler } from '../../src/time/scheduler.js';

interface Timer {
  at: number;
  callback: () => void;
  every?: number;
}

/**
 * A scheduler the test drives: nothing it holds runs until the test advances it, and it
 * records every delay the code asked for. Tests assert those delays, never wall-clock gaps.
 */
export class FakeScheduler implements Scheduler {
  time = Date.now();
  /** Every `setTimeout` delay asked for, in order. */
  readonly timeouts: number[] = [];
  /** Every `setInterval` period asked for, in order. */
  readonly intervals: number[] = [];
  private readonly timers = new Map<number, Timer>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    this.timeouts.push(ms);
    return this.add({ at: this.time + ms, callback });
  }

  setInterval(callback: () => void, ms: number): number {
    this.intervals.push(ms);
    return this.add({ at: this.time + ms, callback, every: ms });
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  clearInterval(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Delays, from now, of the timers still waiting. */
  get pending(): number[] {
    return [...this.timers.values()].map((timer) => timer.at - this.time).sort((a, b) => a - b);
  }

  /** Periods of the repeating timers still running (the page-wide clock), without one-off timers such as impressions' dwell. */
  get runningIntervals(): number[] {
    return [...this.timers.values()].flatMap((timer) => (timer.every ? [timer.every] : []));
  }

  /** Moves time forward by `ms`, running each timer that falls due, in order, letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.time = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.timers.delete(id);
      timer.callback();
      await settle();
    }
    this.time = end;
    await settle();
  }

  /** Runs the next waiting timer, whatever its delay; returns that delay. */
  async runNext(): Promise<number> {
    const [next] = this.pending;
    if (next === undefined) throw new Error('no timer is waiting');
    await this.advance(next);
    return next;
  }

  private add(timer: Timer): number {
    const id = this.nextId++;
    this.timers.set(id, timer);
    return id;
  }
}

/** Lets pending promise callbacks and a macrotask run (fetch stubs resolve across one). */
async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) await new Promise<void>((resolve) => globalThis.setTimeout(resolve));
}

/** Installs a fake scheduler until `restore()`. */
export function installFakeScheduler(): FakeScheduler & { restore(): void } {
  const fake = new FakeScheduler() as FakeScheduler & { restore(): void };
  useScheduler(fake);
  fake.restore = () => useScheduler();
  return fake;
}
