import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { answer, assertEveryResponseHeaders, FEED, feedPath, manualClock, problem, startEdge, upstream } from './support.mjs';

const MB = 1024 * 1024;

/** Writes a chunk every few milliseconds and never finishes, until the connection closes. */
function trickle(request, response) {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.write('[{"title":"Never fin');
  const timer = setInterval(() => response.write(' '), 20);
  response.on('close', () => clearInterval(timer));
}

/** Windows-1251 bytes of Cyrillic text, as old Russian-language CMSes still send. */
function windows1251(text) {
  return Buffer.from([...text].map((char) => {
    const code = char.codePointAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    return 0x3f;
  }));
}

describe('edge: upstream behaviour', () => {
  let origin;
  let edge;
  const redirectChain = (request, response) => {
    const hops = Number(new URL(request.url, 'http://x').searchParams.get('hops'));
    response.writeHead(hops ? 301 : 200, hops ? { Location: `/chain?hops=${hops - 1}` } : { 'Content-Type': 'application/json' }).end(hops ? '' : FEED);
  };
  before(async () => {
    origin = await upstream({
      '/feed.json': answer(FEED),
      '/trickle': trickle,
      '/headers-then-nothing': (request, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).flushHeaders(),
      '/large-declared': (request, response) => response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 6 * MB }).end(),
      '/large-chunked': (request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        for (let sent = 0; sent < 6 * MB; sent += MB) response.write(Buffer.alloc(MB, 0x20));
        response.end();
      },
      '/gzip-bomb': (request, response) => response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * MB, 0x20))),
      '/gzip': (request, response) => response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(gzipSync(FEED)),
      '/windows-1251': (request, response) => response.writeHead(200, { 'Content-Type': 'application/json; charset=windows-1251' }).end(windows1251('[{"title":"Здоровье в приоритете","url":"https://sarbaz.example/1251"}]')),
      '/chain': redirectChain,
      '/gone': answer('gone', { status: 410, type: 'text/plain' }),
      '/broken': answer('oops', { status: 500, type: 'text/plain' }),
      '/locked': answer('{"message":"invalid api key"}', { status: 401 }),
      '/busy': answer('slow down', { status: 429, type: 'text/plain', headers: { 'Retry-After': '120' } }),
      '/login': answer('<!DOCTYPE html><html><body><form action="/login"></form></body></html>', { type: 'text/html' }),
      '/text': answer('this is not a feed', { type: 'text/plain' }),
      '/nested': answer(JSON.stringify({ payload: { rows: [{ heading_text: 'Небесный щит', when: '25/10/2025 - 16:11' }] } })),
      '/set-cookie': answer(FEED, { headers: { 'Set-Cookie': 'session=abc; Path=/' } }),
    });
    edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], upstreamRate: 1000, now: manualClock() });
  });
  after(async () => {
    await edge.close();
    await origin.close();
  });

  const get = (path, params, headers) => edge.get(feedPath(origin.origin + path, params), headers);

  it('ends a trickling upstream, and one that sends headers and then nothing, in 504: the timeout covers the body', async () => {
    // Whatever the machine's load, these never finish: only the timeout ends them.
    const impatient = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], timeout: 0.5, now: manualClock() });
    for (const path of ['/trickle', '/headers-then-nothing']) {
      const response = await impatient.get(feedPath(origin.origin + path));
      assert.equal(response.status, 504, path);
      assertEveryResponseHeaders(assert, response);
      const body = await problem(response);
      assert.equal(body.kind, 'timeout');
      assert.match(body.detail, /did not send its whole answer within 0\.5 s/);
    }
    await impatient.close();
  });

  it('refuses more than 5 MB with 502, with or without Content-Length, and after decompression', async () => {
    for (const path of ['/large-declared', '/large-chunked', '/gzip-bomb']) {
      const response = await get(path);
      assert.equal(response.status, 502, path);
      assert.equal((await problem(response)).kind, 'too-large', path);
    }
  });

  it('reads gzip bodies and the charset the upstream declares', async () => {
    assert.equal((await (await get('/gzip')).json()).items.length, 2);
    assert.equal((await (await get('/windows-1251')).json()).items[0].title, 'Здоровье в приоритете');
  });

  it('follows 5 redirects, and answers 502 for a sixth', async () => {
    assert.equal((await edge.get(feedPath(`${origin.origin}/chain?hops=5`))).status, 200);
    const tooMany = await edge.get(feedPath(`${origin.origin}/chain?hops=6`));
    assert.equal(tooMany.status, 502);
    assert.match((await problem(tooMany)).detail, /redirected more than 5 times/);
  });

  it('maps upstream statuses: 404/410 → 404, 5xx and 401 → 502, 429 → 429 with Retry-After', async () => {
    const gone = await get('/gone');
    assert.equal(gone.status, 404);
    assert.equal((await problem(gone)).type, 'tag:news-widgets,2026:edge/upstream-not-found');
    assert.equal((await get('/missing')).status, 404);
    const broken = await get('/broken');
    assert.equal(broken.status, 502);
    assert.match(broken.headers.get('cache-control'), /^public, max-age=5$/);
    const locked = await get('/locked');
    assert.equal(locked.status, 502);
    assert.match((await problem(locked)).detail, /refused access \(HTTP 401\): check the key/);
    // A Retry-After holds the whole origin (test/edge/freshness.test.mjs): an edge of its own.
    const held = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], now: manualClock() });
    try {
      const busy = await held.get(feedPath(`${origin.origin}/busy`));
      assert.equal(busy.status, 429);
      assert.equal(busy.headers.get('retry-after'), '120');
      assertEveryResponseHeaders(assert, busy);
    } finally {
      await held.close();
    }
  });

  it('answers 502 with kind "parse" for an HTML page or text, and 400 for options that find nothing', async () => {
    for (const path of ['/login', '/text']) {
      const response = await get(path);
      assert.equal(response.status, 502, path);
      assert.equal((await problem(response)).kind, 'parse', path);
    }
    const shapeless = await get('/nested');
    assert.equal(shapeless.status, 502);
    assert.equal((await problem(shapeless)).kind, 'shape');
    const mapped = await get('/nested', { 'items-path': 'payload.rows', map: '{"title":"heading_text","date":"when"}', 'date-input-format': 'dd/MM/yyyy - HH:mm', 'time-zone': 'Asia/Almaty' });
    assert.equal(mapped.status, 200);
    const [item] = (await mapped.json()).items;
    assert.equal(item.title, 'Небесный щит');
    assert.equal(item.date_published, '2025-10-25T11:11:00.000Z');
    const wrongPath = await get('/nested', { 'items-path': 'payload.columns' });
    assert.equal(wrongPath.status, 400);
    assert.equal((await problem(wrongPath)).kind, 'config');
  });

  it('forwards no cookies, credentials or reader headers, keeps no cookies, and names itself in User-Agent', async () => {
    await get('/set-cookie', undefined, { Cookie: 'reader=1', Authorization: 'Bearer reader', 'X-Forwarded-For': '203.0.113.9', Referer: 'https://partner.example/' });
    await edge.get(feedPath(`${origin.origin}/set-cookie`, { 'time-zone': 'UTC' }));
    const asked = origin.requests.filter((request) => request.path === '/set-cookie');
    assert.equal(asked.length, 2);
    for (const { headers } of asked) {
      assert.equal(headers.cookie, undefined);
      assert.equal(headers.authorization, undefined);
      assert.equal(headers['x-forwarded-for'], undefined);
      assert.equal(headers.referer, undefined);
      assert.match(headers['user-agent'], /^news-widgets-edge\/\d+\.\d+\.\d+ /);
    }
  });
});
