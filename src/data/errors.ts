export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'parse' | 'shape' | 'config';

export interface FeedErrorDetails {
  status?: number;
  retryAfter?: number;
  url?: string;
  cause?: unknown;
}

/** Every way of failing to get a feed, with a message that tells a partner what to do. */
export class FeedError extends Error {
  override name = 'FeedError';
  kind: FeedErrorKind;
  /** HTTP status, for `http` errors. */
  status?: number;
  /** Seconds the endpoint asked us to wait (`Retry-After`). */
  retryAfter?: number;
  url?: string;

  constructor(kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.url = details.url;
  }
}

export function isFeedError(value: unknown): value is FeedError {
  return value instanceof FeedError;
}
