import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, assertEveryResponseHeaders, FEED, feedPath, manualClock, problem, startEdge, tableLookup, upstream } from './support.mjs';

// Names the injected resolver answers; nothing here asks a real DNS server or leaves the machine.
const DNS = {
  'private.test': '10.1.2.3',
  'metadata.test': '169.254.169.254',
  'loopback.test': '127.0.0.1',
  'loopback6.test': '::1',
  'mapped.test': '::ffff:127.0.0.1',
  'cgnat.test': '100.100.100.100',
  'ula.test': 'fd00:ec2::254',
  // A rebinding answer: one harmless-looking address beside a private one.
  'rebind.test': ['127.0.0.1', '10.0.0.1'],
  'localhost': ['127.0.0.1', '::1'],
};

describe('edge: SSRF', () => {
  let local;
  before(async () => {
    local = await upstream({ '/': answer(FEED), '/feed.json': answer(FEED) });
  });
  after(() => local.close());

  it('refuses every loopback, private, link-local, CGNAT, multicast, unspecified and mapped address, however spelled, without contacting it', async () => {
    const port = local.port;
    /** [URL as a reader writes it, why it must be refused] */
    const table = [
      [`http://127.0.0.1:${port}/`, 'loopback'],
      [`http://127.1:${port}/`, 'loopback, short form'],
      [`http://2130706433:${port}/`, 'loopback, decimal'],
      [`http://0x7f000001:${port}/`, 'loopback, hex'],
      [`http://0177.0.0.1:${port}/`, 'loopback, octal'],
      [`http://0x7f.0.0.1:${port}/`, 'loopback, mixed hex'],
      [`http://１２７.０.０.１:${port}/`, 'loopback, full-width digits'],
      [`http://localhost:${port}/`, 'localhost'],
      [`http://[::1]:${port}/`, 'IPv6 loopback'],
      [`http://[::ffff:127.0.0.1]:${port}/`, 'IPv4-mapped loopback'],
      [`http://[0:0:0:0:0:ffff:7f00:1]:${port}/`, 'IPv4-mapped loopback, long form'],
      [`http://[64:ff9b::7f00:1]:${port}/`, 'NAT64 of loopback'],
      [`http://[2002:7f00:1::]:${port}/`, '6to4 of loopback'],
      [`http://0.0.0.0:${port}/`, 'unspecified'],
      [`http://0:${port}/`, 'unspecified, short form'],
      ['http://[::]/', 'IPv6 unspecified'],
      ['http://10.0.0.1/', 'private 10/8'],
      ['http://172.16.0.1/', 'private 172.16/12'],
      ['http://192.168.1.1/', 'private 192.168/16'],
      ['http://169.254.169.254/latest/meta-data/', 'link-local: cloud metadata'],
      ['http://[::ffff:169.254.169.254]/latest/meta-data/', 'IPv4-mapped metadata'],
      ['http://100.64.0.1/', 'CGNAT'],
      ['http://224.0.0.1/', 'multicast'],
      ['http://255.255.255.255/', 'broadcast'],
      ['http://[ff02::1]/', 'IPv6 multicast'],
      ['http://[fc00::1]/', 'IPv6 unique local'],
      ['http://[fe80::1]/', 'IPv6 link-local'],
      ['http://[::ffff:10.0.0.1]/', 'IPv4-mapped private'],
      ['http://private.test/', 'a name resolving to a private address'],
      ['http://metadata.test/latest/meta-data/', 'a name resolving to the metadata address'],
      [`http://loopback.test:${port}/`, 'a name resolving to loopback'],
      [`http://loopback6.test:${port}/`, 'a name resolving to IPv6 loopback'],
      [`http://mapped.test:${port}/`, 'a name resolving to an IPv4-mapped loopback'],
      ['http://cgnat.test/', 'a name resolving to CGNAT'],
      ['http://ula.test/', 'a name resolving to an IPv6 unique local address'],
      [`http://rebind.test:${port}/`, 'a name resolving to a public-looking and a private address'],
      ['https://private.test/', 'https to a private address'],
    ];
    assert.ok(table.length >= 25);
    const origins = table.map(([url]) => new URL(url).origin);
    // A rate high enough never to refuse first: the address check must be what refuses.
    const edge = await startEdge({ allow: origins, lookup: tableLookup(DNS), timeout: 5, upstreamRate: 1000 });
    try {
      for (const [index, [url, why]] of table.entries()) {
        // A path of its own per row: spellings of one URL would otherwise share a cached refusal.
        const response = await edge.get(feedPath(`${url}row-${index}`));
        assert.equal(response.status, 403, `${url} (${why})`);
        assertEveryResponseHeaders(assert, response);
        const { type, detail, kind } = await problem(response);
        assert.equal(type, 'tag:news-widgets,2026:edge/address-not-allowed', `${url} (${why}): ${detail}`);
        assert.equal(kind, 'config');
      }
      assert.equal(local.requests.length, 0, 'nothing reached the local server');
    } finally {
      await edge.close();
    }
  });

  it('refuses URL tricks before anything is asked: other schemes, credentials, relative URLs, origins not allowed', async () => {
    const edge = await startEdge({ allow: ['https://sarbaz.example'], lookup: tableLookup(DNS) });
    try {
      const table = [
        ['file:///etc/passwd', 400],
        ['gopher://127.0.0.1:70/', 400],
        ['ftp://sarbaz.example/feed.xml', 400],
        ['javascript:alert(1)', 400],
        ['data:application/json,[]', 400],
        ['/etc/passwd', 400],
        ['//sarbaz.example/feed', 400],
        ['https://user:secret@sarbaz.example/feed', 400],
        ['https://sarbaz.example@127.0.0.1/', 400],
        ['http://sarbaz.example/feed', 403],
        ['https://sarbaz.example:8443/feed', 403],
        ['https://sarbaz.example.evil.test/feed', 403],
        ['https://127.0.0.1\\@sarbaz.example/', 403],
        ['https://evil.test#@sarbaz.example/', 403],
        ['https://evil.test?@sarbaz.example/', 403],
      ];
      for (const [url, status] of table) {
        const response = await edge.get(feedPath(url));
        assert.equal(response.status, status, url);
        assertEveryResponseHeaders(assert, response);
        await problem(response);
      }
    } finally {
      await edge.close();
    }
  });

  it('checks every redirect like the first URL: a private address or a name resolving to one is refused without contacting it', async () => {
    const other = await upstream({ '/feed.json': answer(FEED) });
    const redirect = (location) => (request, response) => response.writeHead(302, { Location: location }).end();
    const origin = await upstream({
      '/to-loopback2': redirect(`http://127.0.0.2:${other.port}/feed.json`),
      '/to-private': redirect('http://10.0.0.1/feed.json'),
      '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
      '/to-ipv6-loopback': redirect(`http://[::1]:${other.port}/feed.json`),
      '/to-named-private': redirect('http://private.test/feed.json'),
      '/to-decimal': redirect(`http://2130706434:${other.port}/feed.json`),
      '/to-not-allowed': redirect('http://elsewhere.test/feed.json'),
      '/to-file': redirect('file:///etc/passwd'),
    });
    // Only 127.0.0.1 (the test servers) may be contacted; every other private address is refused.
    const allow = [origin.origin, `http://127.0.0.2:${other.port}`, 'http://10.0.0.1', 'http://169.254.169.254', `http://[::1]:${other.port}`, 'http://private.test'];
    const edge = await startEdge({ allow, allowAddresses: ['127.0.0.1'], lookup: tableLookup({ ...DNS, 'elsewhere.test': '127.0.0.1' }), timeout: 5, upstreamRate: 1000 });
    try {
      for (const path of ['/to-loopback2', '/to-private', '/to-metadata', '/to-ipv6-loopback', '/to-named-private', '/to-decimal']) {
        const response = await edge.get(feedPath(origin.origin + path));
        assert.equal(response.status, 403, path);
        assert.equal((await problem(response)).type, 'tag:news-widgets,2026:edge/address-not-allowed', path);
      }
      const notAllowed = await edge.get(feedPath(`${origin.origin}/to-not-allowed`));
      assert.equal(notAllowed.status, 403);
      assert.match((await problem(notAllowed)).detail, /redirected to http:\/\/elsewhere\.test, an origin the edge is not allowed to read/);
      const file = await edge.get(feedPath(`${origin.origin}/to-file`));
      assert.equal(file.status, 502);
      assert.match((await problem(file)).detail, /file: address/);
      assert.equal(other.requests.length, 0, 'no redirect target was contacted');
    } finally {
      await edge.close();
      await origin.close();
      await other.close();
    }
  });

  it('checks the address of every connection, so a name that rebinds to a private address is refused', async () => {
    // Closes every connection, so each request resolves the name again.
    const closing = await upstream({ '/feed.json': (request, response) => answer(FEED, { headers: { Connection: 'close' } })(request, response) });
    let answers = 0;
    const rebinding = (hostname, options, callback) => {
      const address = answers++ === 0 ? '127.0.0.1' : '10.0.0.1';
      process.nextTick(() => (options?.all ? callback(null, [{ address, family: 4 }]) : callback(null, address, 4)));
    };
    const now = manualClock();
    const origin = `http://rebind.test:${closing.port}`;
    const edge = await startEdge({ allow: [origin], allowAddresses: ['127.0.0.1'], lookup: rebinding, ttl: 10, now, timeout: 5 });
    try {
      assert.equal((await edge.get(feedPath(`${origin}/feed.json`))).status, 200);
      now.advance(10);
      const rebound = await edge.get(feedPath(`${origin}/feed.json`));
      assert.equal(rebound.status, 403);
      assert.equal((await problem(rebound)).type, 'tag:news-widgets,2026:edge/address-not-allowed');
      assert.equal(answers, 2);
      assert.equal(closing.requests.length, 1);
    } finally {
      await edge.close();
      await closing.close();
    }
  });

  it('checks named feeds the same way: a configured private upstream is refused', async () => {
    const edge = await startEdge({ feeds: { internal: { url: 'http://metadata.test/latest/meta-data/' } }, lookup: tableLookup(DNS) });
    try {
      const response = await edge.get('/feeds/internal');
      assert.equal(response.status, 403);
      const { detail } = await problem(response);
      assert.match(detail, /^feeds\/internal is on a loopback, private or reserved address/);
    } finally {
      await edge.close();
    }
  });

  it('--allow-private lifts the address check for local development', async () => {
    const edge = await startEdge({ allow: [local.origin], allowPrivate: true });
    try {
      assert.equal((await edge.get(feedPath(`${local.origin}/feed.json`))).status, 200);
    } finally {
      await edge.close();
    }
  });
});
