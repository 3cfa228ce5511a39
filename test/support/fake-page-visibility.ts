import { usePageVisibility, type PageVisibility } from '../../src/time/page-visibility.js';

/**
 * A page the test hides and shows: no engine hides a tab on demand under test, so what reads
 * page visibility (impressions, rotation) reads this until `restore()`.
 */
export class FakePageVisibility implements PageVisibility {
  private shown = true;
  private readonly listeners = new Set<() => void>();

  visible(): boolean {
    return this.shown;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many are listening: what a removed widget must leave at 0. */
  get subscribers(): number {
    return this.listeners.size;
  }

  hide(): void {
    this.set(false);
  }

  show(): void {
    this.set(true);
  }

  private set(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.listeners.forEach((listener) => listener());
  }
}

export function installFakePageVisibility(): FakePageVisibility & { restore(): void } {
  const fake = new FakePageVisibility() as FakePageVisibility & { restore(): void };
  usePageVisibility(fake);
  fake.restore = () => usePageVisibility();
  return fake;
}
