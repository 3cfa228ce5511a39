import { FeedError, type FeedErrorKind } from '../data/errors.js';

/** Every way the edge can fail a request: HTTP status, title, and the `FeedError` kind a widget shows. */
const PROBLEMS = {
  'bad-request': { status: 400, title: 'Bad feed request', kind: 'config' },
  'origin-not-allowed': { status: 403, title: 'Upstream origin not allowed', kind: 'config' },
  'address-not-allowed': { status: 403, title: 'Upstream address not allowed', kind: 'config' },
  'metrics-not-public': { status: 403, title: 'Metrics are for loopback clients', kind: 'http' },
  'not-found': { status: 404, title: 'Not found', kind: 'config' },
  'unknown-feed': { status: 404, title: 'Unknown feed', kind: 'config' },
  'upstream-not-found': { status: 404, title: 'No feed at the upstream address', kind: 'http' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', kind: 'config' },
  'rate-limited': { status: 429, title: 'Upstream rate limit reached', kind: 'http' },
  'internal-error': { status: 500, title: 'Edge failed', kind: 'http' },
  'upstream-failed': { status: 502, title: 'Upstream failed', kind: 'http' },
  'not-a-feed': { status: 502, title: 'Upstream did not send a feed', kind: 'parse' },
  'too-large': { status: 502, title: 'Upstream feed too large', kind: 'too-large' },
  'upstream-timeout': { status: 504, title: 'Upstream timed out', kind: 'timeout' },
} as const satisfies Record<string, { status: number; title: string; kind: FeedErrorKind }>;

export type ProblemType = keyof typeof PROBLEMS;

/** RFC 9457 problem types are URIs; tag URIs (RFC 4151) name them without promising a page. */
export const PROBLEM_BASE = 'tag:news-widgets,2026:edge/';

/** A failure the edge answers with `application/problem+json`. `detail` says what to do. */
export class EdgeProblem extends Error {
  override name = 'EdgeProblem';
  readonly type: ProblemType;
  /** Seconds, sent as `Retry-After` (429). */
  readonly retryAfter?: number;
  /** Seconds a cache may repeat this answer (the edge will not ask the upstream before then), when known. */
  readonly maxAge?: number;
  /** The `FeedError` kind a widget reports, when not the type's own. */
  readonly kind: FeedErrorKind;

  constructor(type: ProblemType, detail: string, options: { retryAfter?: number; maxAge?: number; kind?: FeedErrorKind; cause?: unknown } = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.type = type;
    this.retryAfter = options.retryAfter;
    this.maxAge = options.maxAge;
    this.kind = options.kind ?? PROBLEMS[type].kind;
  }

  get status(): number {
    return PROBLEMS[this.type].status;
  }

  /** The problem document; `kind` is an extension member that `fetchFeed` turns into `FeedError.kind`. */
  toJSON(): Record<string, unknown> {
    const { status, title } = PROBLEMS[this.type];
    return { type: PROBLEM_BASE + this.type, title, status, detail: this.message, kind: this.kind };
  }
}

/**
 * The same problem, repeated while the edge waits `seconds` before asking the upstream again:
 * a 429 says so in `Retry-After`, any other lets caches keep it that long.
 */
export function waitingProblem(problem: EdgeProblem, seconds: number): EdgeProblem {
  const wait = Math.max(1, Math.ceil(seconds));
  const options = { kind: problem.kind, cause: problem.cause };
  if (problem.type !== 'rate-limited') return new EdgeProblem(problem.type, problem.message, { ...options, maxAge: wait });
  return new EdgeProblem(problem.type, problem.message.replace(/(try again in|asks to wait) \d+ s\.$/, `$1 ${wait} s.`), { ...options, retryAfter: wait });
}

/** A data-layer failure while reading what the upstream sent, as the edge's problem. */
export function problemFromFeedError(error: FeedError, source: string): EdgeProblem {
  switch (error.kind) {
    case 'config':
      return new EdgeProblem('bad-request', error.message, { cause: error });
    case 'too-large':
      return new EdgeProblem('too-large', `${source} sent more than the edge accepts.`, { cause: error });
    case 'parse':
    case 'shape':
      return new EdgeProblem('not-a-feed', `${source}: ${error.message}`, { kind: error.kind, cause: error });
    default:
      return new EdgeProblem('upstream-failed', `${source}: ${error.message}`, { cause: error });
  }
}

/** Any failure as a problem; anything unexpected is an internal error whose detail reveals nothing. */
export function toProblem(error: unknown, source: string): EdgeProblem {
  if (error instanceof EdgeProblem) return error;
  if (error instanceof FeedError) return problemFromFeedError(error, source);
  return new EdgeProblem('internal-error', 'The edge failed while serving this request; the log has the cause.', { cause: error });
}
