import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useScheduler } from '../../dist/lib/time/scheduler.js';
import { answer, FEED, feedPath, manualClock, startEdge, upstream } from './support.mjs';

describe('edge: --cache-file', () => {
  let origin;
  let directory;
  before(async () => {
    origin = await upstream({ '/feed.json': answer(FEED, { etag: '"v1"' }), '/other.json': answer(FEED, { etag: '"o1"' }) });
    directory = mkdtempSync(join(tmpdir(), 'news-edge-cache-'));
  });
  after(async () => {
    await origin.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes the copies on close, and a restarted edge serves them while fresh and then revalidates conditionally', async () => {
    const file = join(directory, 'copies.json');
    const now = manualClock();
    const config = { allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 60, cacheFile: file, now, feeds: { news: { url: `${origin.origin}/other.json` } } };
    const first = await startEdge(config);
    const url = feedPath(`${origin.origin}/feed.json`);
    const served = await first.get(url);
    const etag = served.headers.get('etag');
    await first.get('/feeds/news');
    await first.close();
    assert.ok(existsSync(file));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(origin.count('/feed.json'), 1);

    now.advance(30);
    const second = await startEdge(config);
    try {
      const fresh = await second.get(url);
      assert.equal(fresh.headers.get('etag'), etag);
      assert.match(fresh.headers.get('cache-control'), /^public, max-age=30,/);
      assert.equal(origin.count('/feed.json'), 1, 'a fresh copy from the file costs the upstream nothing');
      now.advance(30);
      const revalidated = await second.get(url);
      assert.equal(revalidated.headers.get('etag'), etag);
      const asked = origin.requests.filter((request) => request.path === '/feed.json');
      assert.equal(asked.length, 2);
      assert.equal(asked[1].headers['if-none-match'], '"v1"');
    } finally {
      await second.close();
    }
  });

  it('writes the file every five minutes while it runs, through the scheduler', async () => {
    const file = join(directory, 'periodic.json');
    const intervals = [];
    useScheduler({
      now: () => Date.now(),
      setTimeout: () => 0,
      clearTimeout: () => {},
      setInterval: (callback, ms) => intervals.push({ callback, ms }),
      clearInterval: () => {},
    });
    let edge;
    try {
      edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], cacheFile: file, now: manualClock() });
    } finally {
      useScheduler();
    }
    try {
      assert.deepEqual(intervals.map(({ ms }) => ms), [300_000]);
      await edge.get(feedPath(`${origin.origin}/feed.json`));
      assert.equal(existsSync(file), false);
      intervals[0].callback();
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).entries.length, 1);
    } finally {
      await edge.close();
    }
  });

  it('drops a named feed whose URL changed, and starts cold on a file that is not one, logging it', async () => {
    const file = join(directory, 'named.json');
    const now = manualClock();
    const first = await startEdge({ allowAddresses: ['127.0.0.1'], cacheFile: file, now, feeds: { news: { url: `${origin.origin}/other.json` } } });
    await first.get('/feeds/news');
    await first.close();
    const before = origin.count('/feed.json');
    const moved = await startEdge({ allowAddresses: ['127.0.0.1'], cacheFile: file, now, feeds: { news: { url: `${origin.origin}/feed.json` } } });
    try {
      assert.equal((await moved.get('/feeds/news')).status, 200);
      assert.equal(origin.count('/feed.json'), before + 1);
    } finally {
      await moved.close();
    }

    writeFileSync(file, '{"not": "ours"');
    const logged = [];
    const cold = await startEdge({ allowAddresses: ['127.0.0.1'], cacheFile: file, now, log: (line) => logged.push(line), feeds: { news: { url: `${origin.origin}/other.json` } } });
    try {
      assert.equal((await cold.get('/feeds/news')).status, 200);
      assert.match(logged.join('\n'), /--cache-file .* not read, starting cold/);
    } finally {
      await cold.close();
    }
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, 1, 'rewritten whole on close');
  });
});
