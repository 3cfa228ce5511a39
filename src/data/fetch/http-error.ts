import { FeedError, type FeedErrorKind } from '../errors.js';
import { retryAfterSeconds, statusAdvice } from './http-failure.js';
import { readBody } from './read-body.js';
import { isRecord } from '../read/paths.js';
import { plainText } from '../read/text.js';
import { scheduler } from '../../time/scheduler.js';

// Why an endpoint failed, read from its answer: fetchFeed loads this module only when one does.

const KINDS: readonly string[] = ['network', 'timeout', 'http', 'too-large', 'parse', 'shape', 'config'] satisfies FeedErrorKind[];
const MAX_PROBLEM_BYTES = 64 * 1024;

/**
 * An RFC 9457 problem body (the feed edge answers with one): its `detail` explains the failure
 * better than a status can, and its `kind` extension says which `FeedError` kind it is.
 */
async function readProblem(response: Response, url: string): Promise<{ detail: string; kind?: FeedErrorKind } | undefined> {
  if (!/^application\/problem\+json\b/i.test(response.headers.get('Content-Type') ?? '')) return undefined;
  try {
    const problem: unknown = JSON.parse(await readBody(response, url, MAX_PROBLEM_BYTES));
    if (!isRecord(problem)) return undefined;
    const detail = plainText(problem.detail ?? problem.title, 1000);
    if (!detail) return undefined;
    return { detail, kind: KINDS.includes(problem.kind as string) ? (problem.kind as FeedErrorKind) : undefined };
  } catch {
    return undefined;
  }
}

/** The error for a response that is not ok: its status, Retry-After and problem detail, and what to do. */
export async function httpError(response: Response, url: string): Promise<FeedError> {
  const { status } = response;
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'), scheduler().now());
  const details = { status, retryAfter, url };
  const problem = await readProblem(response, url);
  if (problem) return new FeedError(problem.kind ?? 'http', `${url} answered HTTP ${status}: ${problem.detail}`, details);
  return new FeedError('http', statusAdvice(status, url, retryAfter), details);
}
