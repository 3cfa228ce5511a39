// The builder's pure parts, in Node: the permalink's state (anything malformed falls back) and
// the code it writes (escaped wherever it is pasted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STATE, attributesOf, brandOf, contrastOn, feedAddress, queryOf, stateFromQuery } from '../../dist/lib/builder/state.js';
import { elementSnippet, importMapOf, scriptSnippet, serverRenderedSnippets } from '../../dist/lib/embed/snippet.js';
import { AFTER_PAINT_LOADER } from '../../dist/lib/embed/after-paint.js';

const INTEGRITY = { version: '1.2.3', 'news-widgets.js': 'sha384-E', 'news-widgets.iife.js': 'sha384-I', 'news-latest-list.iife.js': 'sha384-L', chunks: { 'chunks/core-1.js': 'sha384-C' } };

test('a permalink round-trips every setting; defaults are left out of it', () => {
  const state = {
    ...DEFAULT_STATE, feed: 'sarbaz', layout: 'carousel', lang: 'kk', limit: 12, rubric: ['Служба', 'A,B'.replace(',', ' ')], images: true, relative: true,
    dateFormat: 'HH:mm', timeZone: 'UTC', theme: 'auto', accent: '#123456', text: '#000000', background: '#ffffff', font: 'Georgia, serif', radius: '1em', script: 'iife',
  };
  assert.deepEqual(stateFromQuery(queryOf(state), ['sarbaz']), state);
  assert.equal(queryOf(DEFAULT_STATE).toString(), '');
});

test('a malformed or hostile query falls back to the defaults, setting by setting', () => {
  const state = stateFromQuery(new URLSearchParams({
    feed: 'not-configured', element: 'script', layout: 'ticker', lang: 'de', limit: '1e9', images: 'yes', 'date-format': "'<b>'", 'time-zone': 'Mars/Base',
    theme: 'neon', accent: 'red;}body{', font: 'Comic Sans', radius: '-1px', script: 'eval', index: '-3', wording: 'long', variant: 'x', outlet: 'x'.repeat(500),
  }), ['sarbaz']);
  assert.deepEqual({ ...state, outlet: '' }, { ...DEFAULT_STATE, layout: 'ticker' });
  assert.equal(state.outlet.length, 200);
});

test('the element’s attributes leave defaults out, and the ticker and carousel take no pictures', () => {
  const src = feedAddress({ ...DEFAULT_STATE, feed: 'a b' }, 'https://edge.example/');
  assert.equal(src, 'https://edge.example/feeds/a%20b');
  assert.deepEqual(attributesOf({ ...DEFAULT_STATE, images: true }, src), [['src', src], ['lang', 'ru'], ['limit', '5'], ['show-images', '']]);
  assert.deepEqual(attributesOf({ ...DEFAULT_STATE, images: true, layout: 'ticker', limit: 10 }, src), [['src', src], ['lang', 'ru'], ['layout', 'ticker']]);
  assert.equal(feedAddress({ ...DEFAULT_STATE, url: 'https://x.example/?a=1&b=2' }, 'https://edge.example'), 'https://edge.example/feed?url=https%3A%2F%2Fx.example%2F%3Fa%3D1%26b%3D2');
});

test('brand: the accent colours the rubric tag too, with readable text on it', () => {
  assert.deepEqual(brandOf({ ...DEFAULT_STATE, accent: '#ffee00', radius: '0' }), [
    ['--news-color-accent', '#ffee00'], ['--news-rubric-background', '#ffee00'], ['--news-radius', '0'], ['--news-rubric-color', '#000000'],
  ]);
  assert.equal(contrastOn('#0b5cad'), '#ffffff');
});

test('the code: escaped attributes, the script from the edge with its hashes, includes that quote what they carry', () => {
  assert.equal(elementSnippet('news-latest-list', [['rubric', '"><script>'], ['hide-author', '']]), '<news-latest-list rubric="&quot;>&lt;script>" hide-author></news-latest-list>');
  assert.deepEqual(importMapOf(INTEGRITY, 'https://edge.example/v1.2.3'), { integrity: { 'https://edge.example/v1.2.3/chunks/core-1.js': 'sha384-C' } });
  // By default the after-paint loader, its address and hash in data-* attributes; the plain tags on request.
  assert.equal(scriptSnippet(INTEGRITY, 'https://edge.example/v1.2.3/', 'iife'), `<script data-src="https://edge.example/v1.2.3/news-widgets.iife.js"\n  data-integrity="sha384-I">${AFTER_PAINT_LOADER}</script>`);
  assert.equal(scriptSnippet(INTEGRITY, 'https://edge.example/v1.2.3/', 'iife', { afterPaint: false }), '<script src="https://edge.example/v1.2.3/news-widgets.iife.js"\n  integrity="sha384-I"\n  crossorigin="anonymous" defer></script>');
  assert.match(scriptSnippet(INTEGRITY, 'https://edge.example/v1.2.3/'), /^<script type="importmap">\n\{\n {2}"integrity"[\s\S]*\n<script data-src="https:\/\/edge\.example\/v1\.2\.3\/news-widgets\.js"\n {2}data-integrity="sha384-E" data-type="module">\(function/);
  assert.match(scriptSnippet(INTEGRITY, 'https://edge.example/v1.2.3/', 'module', { afterPaint: false }), /\n<script type="module" src="https:\/\/edge\.example\/v1\.2\.3\/news-widgets\.js"\n {2}integrity="sha384-E"\n {2}crossorigin="anonymous"><\/script>$/);
  // A site-relative dist/ keys its import map the same way, resolved by the page.
  assert.deepEqual(importMapOf(INTEGRITY, '/dist'), { integrity: { '/dist/chunks/core-1.js': 'sha384-C' } });
  const { nginx, php } = serverRenderedSnippets('https://edge.example/', 'news-latest-list', new URLSearchParams({ feed: 'sarbaz', rubric: "O'Neil -->" }), "<news-latest-list rubric=\"O'Neil\">\n</news-latest-list>");
  assert.match(nginx, /<!--# include virtual="\/news-widgets\/render\/news-latest-list\?feed=sarbaz&rubric=O%27Neil\+--%3E" -->/);
  assert.match(nginx, /proxy_pass https:\/\/edge\.example\/;\n {2}proxy_set_header Host edge\.example;/);
  assert.match(php, /'rubric' => 'O\\'Neil -->'/);
  assert.match(php, /echo \$html !== false \? \$html : '<news-latest-list rubric="O\\'Neil"> <\/news-latest-list>';/);
});
