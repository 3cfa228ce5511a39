// What the edge's Node tests share: local servers on 127.0.0.1 that count what they are asked,
// an edge with an injected clock, and small request helpers. Nothing here sleeps.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createEdge } from '../../dist/lib/edge/index.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url);

export function fixtureText(path) {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

/** A server on 127.0.0.1 with a free port; `close()` drops its keep-alive connections too. */
export async function listen(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * An upstream whose routes are `(request, response) => void` by path; it records every request
 * (path, query, headers) so tests can count them.
 */
export async function upstream(routes) {
  const requests = [];
  const server = await listen((request, response) => {
    const { pathname } = new URL(request.url, 'http://upstream.invalid');
    requests.push({ path: pathname, url: request.url, headers: request.headers });
    const route = routes[pathname];
    if (route) route(request, response);
    else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
  });
  return { ...server, requests, count: (path) => requests.filter((entry) => entry.path === path).length };
}

/** A route answering a fixed body; `etag` makes it answer 304 to a matching If-None-Match. */
export function answer(body, { type = 'application/json; charset=utf-8', etag, lastModified, status = 200, headers = {} } = {}) {
  return (request, response) => {
    const validators = { ...(etag ? { ETag: etag } : {}), ...(lastModified ? { 'Last-Modified': lastModified } : {}) };
    const unchanged = (etag && request.headers['if-none-match'] === etag) || (lastModified && request.headers['if-modified-since'] === lastModified);
    if (unchanged) return response.writeHead(304, validators).end();
    response.writeHead(status, { 'Content-Type': type, ...validators, ...headers }).end(body);
  };
}

export const FEED = JSON.stringify([
  { id: '1', title: 'Обеспечить стратегическую безопасность', url: 'https://sarbaz.example/ru/news/1016', date: '2026-01-21T13:21:00Z' },
  { id: '2', title: 'Здоровье в приоритете', url: 'https://sarbaz.example/ru/news/1012' },
]);

/** A clock the test moves by hand: `now.advance(seconds)`. */
export function manualClock(start = Date.UTC(2026, 0, 21, 12)) {
  let time = start;
  const now = () => time;
  now.advance = (seconds) => {
    time += seconds * 1000;
  };
  return now;
}

/** An edge on its own server; `get(path, headers)` asks it with Node's fetch. */
export async function startEdge(config) {
  const edge = createEdge(config);
  const server = await listen(edge);
  return {
    ...server,
    edge,
    get: (path, headers = {}, method = 'GET') => fetch(server.origin + path, { headers, method }),
    close: async () => {
      edge.close();
      await server.close();
    },
  };
}

export const feedPath = (url, params = {}) => `/feed?${new URLSearchParams({ url, ...params })}`;

/** A resolver with `dns.lookup`'s signature answering from a table (name → address or addresses). */
export function tableLookup(table) {
  return (hostname, options, callback) => {
    const entry = table[hostname];
    if (!entry) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      return process.nextTick(() => callback(error));
    }
    const addresses = (Array.isArray(entry) ? entry : [entry]).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options?.all) process.nextTick(() => callback(null, addresses));
    else process.nextTick(() => callback(null, addresses[0].address, addresses[0].family));
  };
}

/** The problem document of a failed answer, after checking it is one. */
export async function problem(response) {
  const type = response.headers.get('content-type');
  if (!type?.startsWith('application/problem+json')) throw new Error(`expected a problem, got ${response.status} ${type}`);
  return response.json();
}

/** Headers every answer of the edge carries, errors and 304s included. */
export function assertEveryResponseHeaders(assert, response) {
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
  assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
}
