/** What the limiter answered: go ahead, or wait this many whole seconds. */
export type Admission = { ok: true } | { ok: false; retryAfter: number };

/**
 * A token bucket per upstream origin: at most `perSecond` requests in a burst, then `perSecond`
 * a second. However many distinct URLs readers ask for, an origin sees no more than that.
 * The clock is injected so tests drive it without waiting.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {}

  take(key: string): Admission {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perSecond, at: now };
    bucket.tokens = Math.min(this.perSecond, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond)) };
  }
}
