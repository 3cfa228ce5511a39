/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { EdgeProblem } from './problem.js';

export const FEED_TYPE = 'application/feed+json; charset=utf-8';
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/**
 * On every response, errors and 304s included: a widget on any page may read it (and its
 * Retry-After), nothing sniffs it into another type, and no embedder policy blocks it.
 */
export const EVERY_RESPONSE: Readonly<OutgoingHttpHeaders> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Age, Retry-After',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** A strong validator: the body's SHA-256, so equal bodies from any edge instance share it. */
export function strongEtag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** `If-None-Match` against our ETag, with the weak comparison RFC 9110 asks for. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function cacheControl(maxAge: number, staleWhileRevalidate: number, staleIfError: number): string {
  return `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}, stale-if-error=${staleIfError}`;
}

export function sendJson(response: ServerResponse, status: number, body: string | Uint8Array, headers: OutgoingHttpHeaders): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, { ...EVERY_RESPONSE, ...headers, 'Content-Length': bytes.byteLength });
  response.end(bytes);
}

/**
 * An RFC 9457 problem. Errors are cached briefly (`maxAge`) so a cache in front absorbs a burst
 * of readers of a failing feed; `redact` keeps configured secrets out of the detail.
 */
export function sendProblem(response: ServerResponse, problem: EdgeProblem, maxAge: number, redact: (text: string) => string): void {
  const headers: OutgoingHttpHeaders = { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': `public, max-age=${maxAge}` };
  if (problem.retryAfter !== undefined) headers['Retry-After'] = String(problem.retryAfter);
  if (problem.status === 405) headers.Allow = 'GET, HEAD, OPTIONS';
  sendJson(response, problem.status, redact(JSON.stringify(problem)), headers);
}

/** Whether a request comes straight from this machine (not relayed by a proxy on it). */
export function isLoopbackClient(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '::1' || /^(::ffff:)?127\./.test(address);
  return loopback && !request.headers.forwarded && !request.headers['x-forwarded-for'];
}
