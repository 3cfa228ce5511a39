// GET / and /builder: the widget builder page, its configuration (no secret in it), its CSP,
// and --no-builder.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCommandLine } from '../../dist/lib/edge/cli.js';
import { EdgeConfigError } from '../../dist/lib/edge/index.js';
import { startEdge } from './support.mjs';

const integrity = JSON.parse(readFileSync(new URL('../../dist/integrity.json', import.meta.url), 'utf8'));
const FEEDS = {
  sarbaz: { url: 'https://sarbaz.example/ru/feed/?key=${SARBAZ_KEY}', title: 'Sarbaz.kz — последние новости', description: 'Каждые 5 минут.' },
  guardian: { url: 'https://content.guardianapis.example/search', headers: { 'X-Api-Key': '${GUARDIAN_KEY}' } },
};
const ENV = { SARBAZ_KEY: 'sarbaz-secret-0123456789', GUARDIAN_KEY: 'guardian-secret-0123456789' };

/** The page's inert configuration. */
const configOf = (html) => JSON.parse(/<script type="application\/json" id="news-widgets-builder-config">(.*?)<\/script>/s.exec(html)[1]);

describe('the widget builder page', () => {
  test('GET / and /builder: the page, with the named feeds’ names, titles and descriptions and the allowed origins, never a URL or a secret', async () => {
    const edge = await startEdge({ feeds: FEEDS, env: ENV, allow: ['https://allowed.example'] });
    try {
      for (const path of ['/', '/builder']) {
        const response = await edge.get(path);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
        const html = await response.text();
        const config = configOf(html);
        assert.deepEqual(config.feeds, [
          { name: 'sarbaz', title: 'Sarbaz.kz — последние новости', description: 'Каждые 5 минут.' },
          { name: 'guardian' },
        ]);
        assert.deepEqual(config.allow, ['https://allowed.example']);
        assert.equal(config.edge, edge.origin);
        assert.equal(config.dist, `${edge.origin}/v${integrity.version}/`);
        assert.deepEqual(config.integrity, integrity);
        for (const secret of [...Object.values(ENV), 'sarbaz.example', 'guardianapis']) assert.ok(!html.includes(secret), secret);
      }
    } finally {
      await edge.close();
    }
  });

  test('no inline script or style, only the page’s own origin (CSP default-src \'self\'), the script relative to the page', async () => {
    const edge = await startEdge({});
    try {
      const response = await edge.get('/');
      const csp = response.headers.get('content-security-policy');
      assert.match(csp, /^default-src 'self';/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.equal(scripts.length, 2);
      assert.match(scripts[0][1], new RegExp(`type="module" src="v${integrity.version.replace(/\./g, '\\.')}/builder/builder\\.js"`));
      assert.equal(scripts[0][2], '');
      assert.match(scripts[1][1], /type="application\/json"/);
      // Outside its inert configuration the page names no address at all, so it asks no other host for anything.
      assert.doesNotMatch(html.replace(scripts[1][0], ''), /<style|style=|<link|<img|<iframe|https?:|\/\//);
      const script = await edge.get(`/v${integrity.version}/builder/builder.js`);
      assert.equal(script.status, 200);
      assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      // Browser code only: no Node built-in reaches the builder's bundle.
      assert.doesNotMatch(await script.text(), /node:|require\(|process\.env/);
    } finally {
      await edge.close();
    }
  });

  test('a string in a title cannot end the configuration’s script element', async () => {
    const edge = await startEdge({ feeds: { x: { url: 'https://x.example/feed', title: '</script><script>alert(1)</script>', description: '<!-- & -->' } } });
    try {
      const html = await (await edge.get('/')).text();
      assert.equal((html.match(/<\/script>/g) ?? []).length, 2);
      assert.equal(configOf(html).feeds[0].title, '</script><script>alert(1)</script>');
    } finally {
      await edge.close();
    }
  });

  test('--no-builder turns / and /builder off; the scripts and feeds stay', async () => {
    assert.equal(parseCommandLine(['--no-builder']).config.builder, false);
    assert.equal(parseCommandLine([]).config.builder, undefined);
    const edge = await startEdge({ builder: false });
    try {
      for (const path of ['/', '/builder']) {
        const response = await edge.get(path);
        assert.equal(response.status, 404);
        assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
        assert.doesNotMatch((await response.json()).detail, /builder/);
      }
      assert.equal((await edge.get(`/v${integrity.version}/news-widgets.js`)).status, 200);
      assert.equal((await edge.get('/healthz')).status, 200);
    } finally {
      await edge.close();
    }
  });

  test('feeds may carry a title and a description; configurations without them stay valid, anything else in them is refused', async () => {
    const plain = await startEdge({ feeds: { a: { url: 'https://a.example/feed', ttl: 30 } } });
    await plain.close();
    const { createEdge } = await import('../../dist/lib/edge/index.js');
    assert.throws(() => createEdge({ feeds: { a: { url: 'https://a.example/feed', title: 5 } } }), (error) => error instanceof EdgeConfigError && /feeds\.a\.title/.test(error.message));
    assert.throws(() => createEdge({ feeds: { a: { url: 'https://a.example/feed', description: 'x'.repeat(501) } } }), /feeds\.a\.description/);
    assert.throws(() => createEdge({ builder: 'yes', feeds: { a: { url: 'https://a.example/feed', subtitle: 'x' } } }), /"subtitle" is not a setting/);
  });
});
