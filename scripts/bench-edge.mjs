#!/usr/bin/env node
// `npm run bench:edge`: many widgets on a few feeds, served by the feed edge alone and behind a
// real nginx proxy_cache, for a fixed time each, on loopback only. Prints requests per second and
// p50/p95 latency, upstream requests per feed per TTL, bytes 304s saved, and the edge's memory.
// Everything it starts (an upstream in this process, the edge and nginx as child processes) it
// stops by PID. Options: --duration S (per phase, default 10, at most 60), --connections N
// (default 32, at most 256), --ttl S (default 2).
// With --replicas N (2 to 8): N edges behind nginx with the README's `hash $request_uri consistent`
// and `proxy_next_upstream error timeout`, a dozen feeds, and the busiest edge stopped by PID halfway:
// prints answers/s, p50/p95, the errors readers saw, and upstream requests per feed per TTL
// before and after the stop.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});

const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' }, ttl: { type: 'string' }, replicas: { type: 'string' } } });
const DURATION = Math.min(60, Math.max(2, Number(values.duration ?? 10)));
const CONNECTIONS = Math.min(256, Math.max(1, Number(values.connections ?? 32)));
const TTL = Math.max(1, Number(values.ttl ?? 2));
const REPLICAS = values.replicas === undefined ? 0 : Math.min(8, Math.max(2, Math.round(Number(values.replicas))));

// A few feeds, as an outlet has them: RSS, Atom, JSON Feed and its CMS's JSON.
const FEEDS = {
  '/rss.xml': ['test/fixtures/shapes/rss.xml', 'application/rss+xml; charset=utf-8'],
  '/atom.xml': ['test/fixtures/shapes/atom.xml', 'application/atom+xml; charset=utf-8'],
  '/feed.json': ['test/fixtures/shapes/jsonfeed-1.1.json', 'application/feed+json; charset=utf-8'],
  '/latest.json': ['test/fixtures/seed/latest.json', 'application/json; charset=utf-8'],
};

if (!NGINX) {
  console.error('bench:edge needs nginx (Debian\'s package): apt-get install -y nginx');
  process.exit(1);
}

/**
 * The upstream: answers each feed (any query string: `?copy=n` makes more feeds of the same file)
 * with an ETag and Last-Modified, 304 to a matching revalidation; counts what it is asked, per URL.
 */
async function startUpstream() {
  const counts = {};
  const bodies = Object.fromEntries(Object.entries(FEEDS).map(([path, [file, type]]) => {
    const body = readFileSync(join(ROOT, file));
    return [path, { body, type, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` }];
  }));
  const lastModified = new Date(Date.UTC(2026, 0, 21, 13, 21)).toUTCString();
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://upstream.invalid');
    const feed = bodies[url.pathname];
    if (!feed) return response.writeHead(404).end();
    const count = (counts[url.pathname + url.search] ??= { full: 0, notModified: 0, times: [] });
    count.times.push(performance.now());
    const headers = { ETag: feed.etag, 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' };
    if (request.headers['if-none-match'] === feed.etag) {
      count.notModified++;
      return response.writeHead(304, headers).end();
    }
    count.full++;
    response.writeHead(200, { ...headers, 'Content-Type': feed.type, 'Content-Length': feed.body.length }).end(feed.body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const reset = () => Object.keys(counts).forEach((key) => delete counts[key]);
  const snapshot = () => Object.fromEntries(Object.entries(counts).map(([key, { full, notModified, times }]) => [key, { full, notModified, times: [...times] }]));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, counts, reset, snapshot };
}

/** The edge, through its command line, as an operator runs it; resolves once it prints that it listens. */
async function startEdge(upstreamOrigin) {
  const args = [join(ROOT, 'bin/news-widgets-edge.mjs'), '--port', '0', '--allow', upstreamOrigin, '--allow-private', '--ttl', String(TTL), '--upstream-rate', '100'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the edge exited with ${code}`);
  });
  const [line] = await Promise.race([once(createInterface({ input: child.stdout }), 'line'), exited]);
  const base = line.match(/listening on (http:\/\/[^/]+)\//)?.[1];
  if (!base) throw new Error(`unexpected first line from the edge: ${line}`);
  return { child, base, port: Number(new URL(base).port) };
}

/** A free loopback port for nginx. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The nginx configuration the README shows, on loopback, with every path in a temporary directory. */
function nginxConfig(directory, port, edgePort) {
  return nginxFrame(directory, port, `upstream news_edge { server 127.0.0.1:${edgePort}; keepalive 32; }`, `
      proxy_cache news_edge;
      proxy_cache_lock on;
      proxy_cache_revalidate on;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      add_header X-Cache-Status $upstream_cache_status always;`);
}

/**
 * The README's configuration for several edges: each feed to one edge (`hash $request_uri
 * consistent`), to the next one on the ring when its edge is down (`proxy_next_upstream error
 * timeout`, never on the edge's own 502/504). No proxy_cache here, so every reader reaches an edge
 * and feels the stop; `X-Edge` says which edge answered.
 */
function nginxReplicaConfig(directory, port, edgePorts) {
  const servers = edgePorts.map((edgePort) => `server 127.0.0.1:${edgePort} max_fails=1 fail_timeout=10s;`).join(' ');
  return nginxFrame(directory, port, `upstream news_edge { hash $request_uri consistent; ${servers} keepalive 32; }`, `
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      add_header X-Edge $upstream_addr always;`);
}

function nginxFrame(directory, port, upstreamBlock, locationExtra) {
  return `daemon off;
master_process on;
worker_processes 1;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${directory}/client_body;
  proxy_temp_path ${directory}/proxy;
  fastcgi_temp_path ${directory}/fastcgi;
  uwsgi_temp_path ${directory}/uwsgi;
  scgi_temp_path ${directory}/scgi;
  proxy_cache_path ${directory}/cache levels=1:2 keys_zone=news_edge:10m max_size=256m inactive=1d use_temp_path=off;
  ${upstreamBlock}
  server {
    listen 127.0.0.1:${port};
    # nginx closes a client connection after 1,000 requests; the load generator, unlike a browser,
    # counts a request caught in that close as an error. Not the edge's doing: lifted here.
    keepalive_requests 1000000;
    location ~ ^/(feed|feeds/|healthz$) {
      proxy_pass http://news_edge;
      proxy_http_version 1.1;
      proxy_set_header Connection "";${locationExtra}
    }
    location / { return 404; }
  }
}
`;
}

async function startNginx(configFor) {
  const directory = mkdtempSync(join(tmpdir(), 'news-edge-nginx-'));
  // Workers may run as another user (nobody, when started as root): they need the cache folders.
  chmodSync(directory, 0o755);
  for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) {
    mkdirSync(join(directory, folder));
    chmodSync(join(directory, folder), 0o777);
  }
  const port = await freePort();
  writeFileSync(join(directory, 'nginx.conf'), configFor(directory, port));
  const child = spawn(NGINX, ['-p', directory, '-e', join(directory, 'error.log'), '-c', join(directory, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${readFileSync(join(directory, 'error.log'), 'utf8')}`);
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (attempt > 100) throw new Error('nginx did not start within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop(child, 'SIGQUIT');
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return { child, base, directory };
}

async function stop(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(child.pid, signal);
  await exited;
}

/** Readers of a few feeds: half of them revalidating with the ETag they hold, as browsers do. `edges` gets which edge first answered each feed. */
async function readerRequests(base, paths = Object.keys(FEEDS), edges = new Map()) {
  const requests = [];
  for (const path of paths) {
    const feedPath = `/feed?url=${encodeURIComponent(upstream.origin + path)}`;
    const response = await fetch(base + feedPath);
    const etag = response.headers.get('etag');
    edges.set(path, response.headers.get('x-edge'));
    const size = (await response.arrayBuffer()).byteLength;
    requests.push({ method: 'GET', path: feedPath, size });
    requests.push({ method: 'GET', path: feedPath, headers: { 'if-none-match': etag }, size });
  }
  return requests;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(base, requests) {
  const latencies = [];
  const statuses = {};
  let savedBytes = 0;
  const sent = new WeakMap();
  const instance = autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests: requests.map(({ size, ...request }) => request) });
  // Each connection sends the requests in order, one at a time: the n-th answer is to the n-th request.
  instance.on('response', (client, status, bytes, time) => {
    const index = sent.get(client) ?? 0;
    sent.set(client, index + 1);
    latencies.push(time);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === 304) savedBytes += requests[index % requests.length].size;
  });
  const errors = [];
  const started = performance.now();
  instance.on('reqError', (error) => errors.push(`${((performance.now() - started) / 1000).toFixed(2)} s: ${error.code ?? error.message}`));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { result, statuses, savedBytes, errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95), count: latencies.length };
}

async function edgeMemory(edgeBase) {
  const text = await (await fetch(`${edgeBase}/metrics`)).text();
  const value = (name) => Number(text.match(new RegExp(`^${name} (\\S+)$`, 'm'))?.[1]);
  return { rss: value('process_resident_memory_bytes'), heap: value('nodejs_heap_size_used_bytes') };
}

const MB = 1024 * 1024;
const format = (phase, run) => {
  const perTtl = Object.keys(FEEDS).map((path) => upstream.counts[path] ?? { full: 0, notModified: 0 }).map(({ full, notModified }) => (full + notModified) / (DURATION / TTL));
  const mean = perTtl.reduce((sum, value) => sum + value, 0) / perTtl.length;
  const conditional = Object.values(upstream.counts).reduce((sum, { notModified }) => sum + notModified, 0);
  const all = Object.values(upstream.counts).reduce((sum, { full, notModified }) => sum + full + notModified, 0);
  return [
    `${phase}:`,
    `  ${Math.round(run.count / DURATION).toLocaleString('en')} requests/s, latency p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms (${run.count.toLocaleString('en')} answers: ${Object.entries(run.statuses).map(([status, count]) => `${count.toLocaleString('en')} × ${status}`).join(', ')}${run.result.errors ? `, ${run.result.errors} errors` : ''})`,
    `  upstream: ${mean.toFixed(2)} requests per feed per TTL (max ${Math.max(...perTtl).toFixed(2)}; ${all} in all, ${conditional} of them answered 304)`,
    `  304s saved ${(run.savedBytes / MB).toFixed(1)} MB of feed bodies (${Math.round(run.savedBytes / DURATION / 1024).toLocaleString('en')} KB/s)`,
  ].join('\n');
};

/** `--replicas N`: N edges behind nginx's consistent hash; one stopped by PID halfway through the run. */
async function replicaRun() {
  const edges = [];
  let nginx;
  try {
    for (let index = 0; index < REPLICAS; index++) edges.push(await startEdge(upstream.origin));
    nginx = await startNginx((directory, port) => nginxReplicaConfig(directory, port, edges.map((edge) => edge.port)));
    const paths = Object.keys(FEEDS).flatMap((path) => [1, 2, 3].map((copy) => `${path}?copy=${copy}`));
    console.log(`news-widgets edge benchmark, ${REPLICAS} edges behind nginx (hash $request_uri consistent, proxy_next_upstream error timeout, no proxy_cache): ${paths.length} feeds, ${CONNECTIONS} connections, ${DURATION} s, TTL ${TTL} s, half the requests revalidating with If-None-Match; the edge with the most feeds stopped by PID (SIGTERM) at ${DURATION / 2} s; ${process.version}, nginx at ${NGINX}\n`);
    const served = new Map();
    const requests = await readerRequests(nginx.base, paths, served);
    const perEdge = edges.map((edge) => paths.filter((path) => served.get(path) === `127.0.0.1:${edge.port}`).length);
    // The edge with the most feeds is stopped: the ports, and so the hash, differ from run to run.
    const victim = edges[perEdge.indexOf(Math.max(...perEdge))];
    const victimAddress = `127.0.0.1:${victim.port}`;
    const moved = paths.filter((path) => served.get(path) === victimAddress);
    upstream.reset();
    let before;
    const half = DURATION / 2;
    const stopping = new Promise((resolve) => setTimeout(resolve, half * 1000)).then(async () => {
      before = upstream.snapshot();
      upstream.reset();
      await stop(victim.child);
    });
    const run = await load(nginx.base, requests);
    await stopping;
    const after = upstream.snapshot();
    const total = (counts, path) => (counts[path] ? counts[path].full + counts[path].notModified : 0);
    const periods = half / TTL;
    const perTtl = (counts, discount = () => 0) => paths.map((path) => (total(counts, path) - discount(path)) / periods);
    const describe = (values) => `${(values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2)} requests per feed per TTL (max ${Math.max(...values).toFixed(2)})`;
    const cold = moved.reduce((sum, path) => sum + (after[path]?.full ?? 0), 0);
    // The rule itself: two requests for one feed are at least a TTL apart (a moved feed's cold fetch aside).
    const shortestGap = (counts, skipFirst = () => false) => Math.min(...paths.map((path) => {
      const times = (counts[path]?.times ?? []).slice(skipFirst(path) ? 1 : 0);
      return Math.min(...times.slice(1).map((time, index) => time - times[index]));
    })) / 1000;
    const gap = (seconds) => (Number.isFinite(seconds) ? `${seconds.toFixed(2)} s` : 'none');
    const readerErrors = Object.entries(run.statuses).filter(([status]) => status !== '200' && status !== '304').reduce((sum, [, count]) => sum + count, 0) + run.result.errors + run.result.timeouts;
    console.log([
      `${Math.round(run.count / DURATION).toLocaleString('en')} answers/s, latency p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms (${run.count.toLocaleString('en')} answers: ${Object.entries(run.statuses).map(([status, count]) => `${count.toLocaleString('en')} × ${status}`).join(', ')})`,
      `errors readers saw: ${readerErrors} (connection errors ${run.result.errors}, timeouts ${run.result.timeouts}, answers other than 200/304 ${readerErrors - run.result.errors - run.result.timeouts})${run.errors.length ? `: ${run.errors.join('; ')}` : ''}`,
      `feeds per edge: ${perEdge.join(', ')}; ${moved.length} moved when the edge with the most stopped`,
      `upstream before the stop: ${describe(perTtl(before))}; shortest gap between two requests for one feed ${gap(shortestGap(before))}`,
      `upstream after the stop: ${describe(perTtl(after, (path) => (moved.includes(path) ? Math.min(1, after[path]?.full ?? 0) : 0)))}, plus ${cold} cold fetch${cold === 1 ? '' : 'es'} for the ${moved.length} feed${moved.length === 1 ? '' : 's'} that moved; shortest gap ${gap(shortestGap(after, (path) => moved.includes(path)))}`,
      `(${half} s each side of the stop is ${periods} TTLs: a window can hold one request more than whole TTLs at its edges; the gap is the rule itself)`,
    ].join('\n'));
    // What nginx saw when the edge went away: every line is a request it moved, or one a reader saw fail.
    const nginxLog = readFileSync(join(nginx.directory, 'error.log'), 'utf8').trim();
    if (nginxLog) console.log(`\nnginx error log:\n${nginxLog.split('\n').slice(0, 20).join('\n')}`);
  } finally {
    if (nginx) {
      await stop(nginx.child, 'SIGQUIT');
      rmSync(nginx.directory, { recursive: true, force: true });
    }
    for (const edge of edges) await stop(edge.child);
  }
}

/** One edge alone, then behind nginx's proxy_cache. */
async function singleRun() {
  const edge = await startEdge(upstream.origin);
  let nginx;
  try {
    nginx = await startNginx((directory, port) => nginxConfig(directory, port, edge.port));
    console.log(`news-widgets edge benchmark: ${Object.keys(FEEDS).length} feeds, ${CONNECTIONS} connections, ${DURATION} s per phase, TTL ${TTL} s, half the requests revalidating with If-None-Match; ${process.version}, nginx at ${NGINX}\n`);

    const idle = await edgeMemory(edge.base);
    const direct = await readerRequests(edge.base);
    upstream.reset();
    const alone = await load(edge.base, direct);
    console.log(format('edge alone', alone));

    const proxied = await readerRequests(nginx.base);
    upstream.reset();
    const behind = await load(nginx.base, proxied);
    console.log(format('edge behind nginx proxy_cache', behind));

    const memory = await edgeMemory(edge.base);
    const megabytes = ({ rss, heap }) => `${(rss / MB).toFixed(0)} MB resident, ${(heap / MB).toFixed(1)} MB JS heap in use`;
    console.log(`\nedge memory: ${megabytes(idle)} at start; ${megabytes(memory)} after both phases`);
  } finally {
    if (nginx) {
      await stop(nginx.child, 'SIGQUIT');
      rmSync(nginx.directory, { recursive: true, force: true });
    }
    await stop(edge.child);
  }
}

const upstream = await startUpstream();
try {
  await (REPLICAS ? replicaRun() : singleRun());
} finally {
  upstream.server.closeAllConnections();
  upstream.server.close();
}
