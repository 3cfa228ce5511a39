import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { answer, FEED, feedPath, upstream } from './support.mjs';

const BIN = fileURLToPath(new URL('../../bin/news-widgets-edge.mjs', import.meta.url));

/** Runs the CLI to its end: exit code and what it printed. */
async function run(args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const [code] = await once(child, 'exit');
  return { code, out, err };
}

/** Starts the CLI and resolves with its base URL once it prints that it listens; stopped by PID. */
async function start(args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(String(chunk)));
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the edge exited with ${code}: ${stderr.join('')}`);
  });
  const [line] = await Promise.race([once(lines, 'line'), exited]);
  return { child, line, stderr, stop: () => process.kill(child.pid, 'SIGTERM') && once(child, 'exit') };
}

describe('edge: the news-widgets-edge command', () => {
  let origin;
  let directory;
  before(async () => {
    origin = await upstream({ '/feed.json': answer(FEED), '/year.json': answer(FEED, { headers: { 'Cache-Control': 'max-age=31536000' } }), '/keyed.json': (request, response) => (request.headers['x-api-key'] === 'cli-secret-key-1234' ? answer(FEED)(request, response) : response.writeHead(401).end()) });
    directory = mkdtempSync(join(tmpdir(), 'news-edge-'));
  });
  after(async () => {
    await origin.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('prints one line once it listens, and serves /feed for --allow origins and /feeds/<name> from --config with ${VAR}s', async () => {
    const config = join(directory, 'edge.json');
    writeFileSync(config, JSON.stringify({ feeds: { keyed: { url: `${origin.origin}/keyed.json`, ttl: 300, headers: { 'X-Api-Key': '${TEST_KEY}' } } } }));
    const edge = await start(['--port', '0', '--allow', origin.origin, '--allow', 'https://sarbaz.example', '--allow-private', '--config', config, '--ttl', '30'], { TEST_KEY: 'cli-secret-key-1234' });
    try {
      const match = edge.line.match(/^news-widgets edge listening on (http:\/\/127\.0\.0\.1:\d+\/)$/);
      assert.ok(match, edge.line);
      const base = match[1].slice(0, -1);
      const feed = await fetch(base + feedPath(`${origin.origin}/feed.json`));
      assert.equal(feed.status, 200);
      assert.equal(feed.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=30, stale-if-error=86400');
      const keyed = await fetch(`${base}/feeds/keyed`);
      assert.equal(keyed.status, 200);
      assert.match(keyed.headers.get('cache-control'), /max-age=300,/);
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      assert.match(await (await fetch(`${base}/metrics`)).text(), /process_resident_memory_bytes/);
    } finally {
      await edge.stop();
    }
  });

  it('takes --max-ttl as the most the upstream’s freshness counts for, --max-backoff, and --cache-file (written when stopped by PID)', async () => {
    const cacheFile = join(directory, 'copies.json');
    const edge = await start(['--port', '0', '--allow', origin.origin, '--allow-private', '--ttl', '1', '--max-ttl', '90', '--max-backoff', '30', '--cache-file', cacheFile]);
    try {
      const base = edge.line.match(/(http:\/\/127\.0\.0\.1:\d+)\/$/)[1];
      const feed = await fetch(base + feedPath(`${origin.origin}/year.json`));
      assert.equal(feed.status, 200);
      assert.match(feed.headers.get('cache-control'), /^public, max-age=(90|89), stale-while-revalidate=90,/);
    } finally {
      await edge.stop();
    }
    assert.equal(JSON.parse(readFileSync(cacheFile, 'utf8')).entries[0].etag.length, 29);
    const wrong = await run(['--max-backoff', 'long']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /--max-backoff must be a number/);
  });

  it('stops at start when a ${VAR} of the config is unset, naming it', async () => {
    const config = join(directory, 'unset.json');
    writeFileSync(config, JSON.stringify({ feeds: { guardian: { url: 'https://content.guardianapis.com/search?api-key=${GUARDIAN_KEY}' } } }));
    const { code, err, out } = await run(['--port', '0', '--config', config]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /GUARDIAN_KEY/);
  });

  it('explains wrong flags and a bad --allow, and prints usage on --help', async () => {
    const wrong = await run(['--port', 'eighty']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /--port must be a number/);
    assert.match(wrong.err, /Usage: news-widgets-edge/);
    const unknown = await run(['--colour']);
    assert.equal(unknown.code, 2);
    const badOrigin = await run(['--allow', 'https://sarbaz.example/feed.xml']);
    assert.equal(badOrigin.code, 1);
    assert.match(badOrigin.err, /must be an http\(s\) origin such as https:\/\/sarbaz\.kz/);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    for (const flag of ['--port', '--host', '--allow', '--config', '--allow-private', '--ttl', '--timeout', '--upstream-rate', '--cache-size', '--metrics-public', '--max-ttl', '--max-backoff', '--cache-file']) assert.match(help.out, new RegExp(`${flag}\\b`));
  });
});
