/**
 * Time, from one place. Everything that waits — retries, Retry-After, refresh, the
 * relative-date clock — asks this scheduler, so tests drive it with a fake one and assert
 * the delays the code asks for instead of measuring a (busy) machine's wall clock.
 */
export interface Scheduler {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

type Handle = ReturnType<typeof setTimeout>;

// The globals are looked up on each call, not captured: a host or test that wraps them is honoured.
const realScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Handle),
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as Handle),
};

let current: Scheduler = realScheduler;

/** The scheduler in use. */
export function scheduler(): Scheduler {
  return current;
}

/** Replaces the scheduler (tests); with no argument, restores the real one. */
export function useScheduler(replacement?: Scheduler): void {
  current = replacement ?? realScheduler;
}
