#!/usr/bin/env node
// `npm run bench:edge`: many widgets on a few feeds, served by the feed edge alone and behind a
// real nginx proxy_cache, for a fixed time each, on loopback only. Prints requests per second and
// p50/p95 latency, upstream requests per feed per TTL, bytes 304s saved, and the edge's memory.
// Everything it starts (an upstream in this process, the edge and nginx as child processes) it
// stops by PID. Options: --duration S (per phase, default 10, at most 60), --connections N
// (default 32, at most 256), --ttl S (default 2).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' }, ttl: { type: 'string' } } });
const DURATION = Math.min(60, Math.max(2, Number(values.duration ?? 10)));
const CONNECTIONS = Math.min(256, Math.max(1, Number(values.connections ?? 32)));
const TTL = Math.max(1, Number(values.ttl ?? 2));

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

/** The upstream: answers each feed with an ETag and Last-Modified, 304 to a matching revalidation; counts what it is asked. */
async function startUpstream() {
  const counts = Object.fromEntries(Object.keys(FEEDS).map((path) => [path, { full: 0, notModified: 0 }]));
  const bodies = Object.fromEntries(Object.entries(FEEDS).map(([path, [file, type]]) => {
    const body = readFileSync(join(ROOT, file));
    return [path, { body, type, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` }];
  }));
  const lastModified = new Date(Date.UTC(2026, 0, 21, 13, 21)).toUTCString();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://upstream.invalid').pathname;
    const feed = bodies[path];
    if (!feed) return response.writeHead(404).end();
    const headers = { ETag: feed.etag, 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' };
    if (request.headers['if-none-match'] === feed.etag) {
      counts[path].notModified++;
      return response.writeHead(304, headers).end();
    }
    counts[path].full++;
    response.writeHead(200, { ...headers, 'Content-Type': feed.type, 'Content-Length': feed.body.length }).end(feed.body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const reset = () => Object.values(counts).forEach((count) => Object.assign(count, { full: 0, notModified: 0 }));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, counts, reset };
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
  upstream news_edge { server 127.0.0.1:${edgePort}; keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    location ~ ^/(feed|feeds/|healthz$) {
      proxy_pass http://news_edge;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache news_edge;
      proxy_cache_lock on;
      proxy_cache_revalidate on;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      add_header X-Cache-Status $upstream_cache_status always;
    }
    location / { return 404; }
  }
}
`;
}

async function startNginx(edgePort) {
  const directory = mkdtempSync(join(tmpdir(), 'news-edge-nginx-'));
  // Workers may run as another user (nobody, when started as root): they need the cache folders.
  chmodSync(directory, 0o755);
  for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) {
    mkdirSync(join(directory, folder));
    chmodSync(join(directory, folder), 0o777);
  }
  const port = await freePort();
  writeFileSync(join(directory, 'nginx.conf'), nginxConfig(directory, port, edgePort));
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

/** Readers of a few feeds: half of them revalidating with the ETag they hold, as browsers do. */
async function readerRequests(base) {
  const requests = [];
  for (const path of Object.keys(FEEDS)) {
    const feedPath = `/feed?url=${encodeURIComponent(upstream.origin + path)}`;
    const response = await fetch(base + feedPath);
    const etag = response.headers.get('etag');
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
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { result, statuses, savedBytes, p50: percentile(latencies, 50), p95: percentile(latencies, 95), count: latencies.length };
}

async function edgeMemory(edgeBase) {
  const text = await (await fetch(`${edgeBase}/metrics`)).text();
  const value = (name) => Number(text.match(new RegExp(`^${name} (\\S+)$`, 'm'))?.[1]);
  return { rss: value('process_resident_memory_bytes'), heap: value('nodejs_heap_size_used_bytes') };
}

const MB = 1024 * 1024;
const format = (phase, run) => {
  const perTtl = Object.values(upstream.counts).map(({ full, notModified }) => (full + notModified) / (DURATION / TTL));
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

const upstream = await startUpstream();
const edge = await startEdge(upstream.origin);
let nginx;
try {
  nginx = await startNginx(edge.port);
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
  upstream.server.closeAllConnections();
  upstream.server.close();
}
