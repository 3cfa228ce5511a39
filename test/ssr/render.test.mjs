// renderWidget in Node (news-widgets/ssr), from the built package (`npm run build` first): the
// declarative shadow root, the inline data, dates, determinism, CSP hashes and hostile input.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readJsonFeed } from '../../dist/lib/data/feeds/read-json-feed.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';
import { renderWidget, styleHashes, WIDGET_TAGS } from '../../dist/lib/ssr/index.js';
import { attr, elements, fixtureFeed, parse, parts, sha256, squash, textOf } from './support.mjs';

const latest = fixtureFeed('seed/latest.json');
const article = fixtureFeed('seed/article.json');
const hostile = fixtureFeed('ssr/hostile-items.json');
const TASHKENT = 'Asia/Tashkent';

/** The widget element of a rendered fragment, its shadow template and its inline data. */
function widget(html) {
  const fragment = parse(html);
  const [host, ...rest] = fragment.childNodes;
  assert.equal(rest.length, 0, 'one element, nothing around it');
  const template = host.childNodes.find((node) => node.tagName === 'template');
  const script = host.childNodes.find((node) => node.tagName === 'script');
  return { host, template, script, shadow: template.content, json: JSON.parse(textOf(script)) };
}

describe('renderWidget', () => {
  it('renders each element into a declarative shadow root, with its items as inert JSON after it', async () => {
    for (const tag of WIDGET_TAGS) {
      const html = await renderWidget(tag, { feed: tag === 'news-latest-list' ? latest : article, attributes: { lang: 'ru', 'time-zone': TASHKENT } });
      assert.ok(html.startsWith(`<${tag} lang="ru" time-zone="${TASHKENT}"`), html.slice(0, 80));
      const { host, template, script, shadow } = widget(html);
      assert.equal(host.tagName, tag);
      assert.equal(attr(template, 'shadowrootmode'), 'open');
      assert.deepEqual(host.childNodes.map((node) => node.tagName), ['template', 'script'], 'the shadow root first, then the data');
      assert.deepEqual(script.attrs, [{ name: 'type', value: 'application/json' }]);
      assert.ok(shadow.childNodes.some((node) => node.tagName === 'style'), 'styles in the template');
    }
  });

  it('the list: heading, then each item with its rubric, linked headline, date and author inside its item part', async () => {
    const { shadow } = widget(await renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', limit: 3, 'time-zone': TASHKENT } }));
    assert.equal(squash(textOf(parts(shadow, 'heading')[0])), 'Последние новости');
    const items = parts(shadow, 'item');
    assert.equal(items.length, 3);
    const [first] = items;
    assert.equal(squash(textOf(parts(first, 'rubric')[0])), 'Рубрика: В центре внимания');
    const [title] = parts(first, 'title');
    assert.equal(title.tagName, 'a');
    assert.equal(attr(title, 'href'), 'https://sarbaz.example/ru/news/1016');
    assert.equal(squash(textOf(title)), 'Обеспечить стратегическую безопасность');
    const [date] = parts(first, 'date');
    assert.equal(date.tagName, 'time');
    assert.equal(attr(date, 'datetime'), '2026-01-21T13:21:00.000Z');
    assert.equal(textOf(date), '21/01/2026 - 18:21');
    assert.equal(squash(textOf(parts(first, 'author')[0])), 'Автор: admin');
  });

  it('speaks the language of attributes.lang: ru, kk, en', async () => {
    const headings = {};
    for (const lang of ['ru', 'kk', 'en']) {
      const { shadow } = widget(await renderWidget('news-latest-list', { feed: latest, attributes: { lang, limit: 1 } }));
      headings[lang] = squash(textOf(parts(shadow, 'heading')[0]));
    }
    assert.deepEqual(headings, { ru: 'Последние новости', kk: 'Соңғы жаңалықтар', en: 'Latest news' });
    const { shadow } = widget(await renderWidget('news-article-card', { feed: article, attributes: { lang: 'kk', 'date-format': 'd MMMM yyyy' } }));
    assert.equal(textOf(parts(shadow, 'date')[0]), '6 ақпан 2026');
    assert.match(squash(textOf(shadow)), /Sarbaz\.kz, дереккөз: Jerusalem Post/);
  });

  it('shows dates in time-zone, in UTC when unset, and never relative', async () => {
    const dates = async (attributes) => parts(widget(await renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', limit: 1, ...attributes } })).shadow, 'date').map(textOf);
    assert.deepEqual(await dates({ 'time-zone': TASHKENT }), ['21/01/2026 - 18:21']);
    assert.deepEqual(await dates({}), ['21/01/2026 - 13:21']);
    // However recent the story: a relative date would make the same input render differently tomorrow.
    const now = { ...latest, items: [{ ...latest.items[0], date: new Date(Date.now() - 60_000) }] };
    const { shadow } = widget(await renderWidget('news-latest-list', { feed: now, attributes: { lang: 'ru', 'relative-dates': true, 'time-zone': 'UTC' } }));
    assert.match(textOf(parts(shadow, 'date')[0]), /^\d\d\/\d\d\/\d{4} - \d\d:\d\d$/);
  });

  it('renders every layout of the list and the card', async () => {
    for (const layout of ['list', 'compact', 'grid']) {
      const { host, shadow } = widget(await renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'en', layout, limit: 2 } }));
      assert.equal(attr(host, 'layout'), layout);
      assert.equal(parts(shadow, 'title').length, 2, layout);
      assert.equal(parts(shadow, 'image').length, layout === 'grid' ? 2 : 0, layout);
    }
    for (const layout of ['vertical', 'horizontal', 'compact']) {
      const { host, shadow } = widget(await renderWidget('news-article-card', { feed: article, attributes: { lang: 'en', layout } }));
      assert.equal(attr(host, 'layout'), layout);
      assert.equal(parts(shadow, 'summary').length, layout === 'compact' ? 0 : 1, layout);
    }
  });

  it('leaves the article body to the browser, and gives it the body in its data', async () => {
    const { shadow, json } = widget(await renderWidget('news-article-card', { feed: article, attributes: { lang: 'ru', 'show-body': true } }));
    assert.equal(parts(shadow, 'body').length, 0);
    assert.ok(parts(shadow, 'read-more').length);
    assert.match(json.items[0].content_html, /<p>/);
    const attribution = [...elements(shadow)].find((element) => element.tagName === 'news-source-attribution');
    assert.equal(attr(attribution, 'lang'), 'ru');
    assert.ok(attribution.childNodes.some((node) => node.tagName === 'template'), 'the attribution has its own declarative shadow root');
  });

  it('puts in the data only what the element shows: the list no leads or bodies, the attribution one story', async () => {
    const list = widget(await renderWidget('news-latest-list', { feed: article, attributes: { lang: 'ru' } })).json;
    assert.equal(list.items[0].content_html, undefined);
    assert.equal(list.items[0].summary, undefined);
    const card = widget(await renderWidget('news-article-card', { feed: article, attributes: { lang: 'ru' } })).json;
    assert.equal(card.items[0].content_html, undefined, 'no body without show-body');
    assert.equal(card.items[0].summary, 'Предположительно, переговоры стартуют 11 февраля.');
    const attribution = widget(await renderWidget('news-source-attribution', { feed: latest, attributes: { lang: 'ru' } })).json;
    assert.equal(attribution.items.length, 1);
  });

  it('gives the browser the same items it rendered: its data reads back to them', async () => {
    for (const feed of [latest, article, hostile]) {
      const html = await renderWidget('news-article-card', { feed, attributes: { lang: 'ru', 'show-body': true } });
      const { json } = widget(html);
      const again = readJsonFeed(json, { parsers: nodeParsers });
      assert.deepEqual(again.items.map((item) => item.title), feed.items.map((item) => item.title));
      assert.deepEqual(JSON.parse(JSON.stringify(readJsonFeed(json, { parsers: nodeParsers }))), JSON.parse(JSON.stringify(again)));
    }
  });

  it('items given directly pass the data layer’s gate as a fetched feed would', async () => {
    const items = [
      { id: 'a', title: '<b>Небесный щит</b>', url: 'javascript:alert(1)', rubrics: [], cites: [] },
      { id: 'b', title: 'Первый в строю', url: 'https://outlet.example/b', date: new Date('2026-01-21T13:21:00Z'), rubrics: [{ name: 'Служба' }], cites: [] },
    ];
    const { shadow } = widget(await renderWidget('news-latest-list', { items, attributes: { lang: 'ru' } }));
    const titles = parts(shadow, 'title');
    assert.deepEqual(titles.map((title) => [title.tagName, squash(textOf(title))]), [['span', '<b>Небесный щит</b>'], ['a', 'Первый в строю']]);
  });

  it('is deterministic: the same input gives byte-identical HTML', async () => {
    for (const tag of WIDGET_TAGS) {
      const options = () => ({ feed: structuredClone(article), attributes: { lang: 'kk', 'show-body': tag === 'news-article-card' } });
      assert.equal(await renderWidget(tag, options()), await renderWidget(tag, options()), tag);
    }
  });

  it('refuses what it cannot render: no lang, an unknown tag or attribute, several sources, a style attribute, the ticker and carousel', async () => {
    await assert.rejects(renderWidget('news-latest-list', { feed: latest, attributes: {} }), /attributes\.lang/);
    await assert.rejects(renderWidget('news-latest-list', { feed: latest, attributes: { lang: ' ' } }), /attributes\.lang/);
    await assert.rejects(renderWidget('news-ticker', { feed: latest, attributes: { lang: 'ru' } }), TypeError);
    await assert.rejects(renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', limt: 3 } }), /has no attribute "limt"/);
    await assert.rejects(renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', style: 'color: red' } }), /has no attribute "style"/);
    await assert.rejects(renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', src: 'https://a.example/1 https://b.example/2' } }), /one source/);
    // Layouts whose module the browser loads when used: refused, never left half-done in the server process.
    for (const layout of ['ticker', 'carousel']) await assert.rejects(renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', layout } }), /rendered in the browser/);
    // Global attributes a page may hang on any element are fine.
    const html = await renderWidget('news-latest-list', { feed: latest, attributes: { lang: 'ru', id: 'news', class: 'aside wide', 'data-slot': '1', hidden: false, limt: undefined } });
    assert.match(html, /^<news-latest-list lang="ru" id="news" class="aside wide" data-slot="1" theme="light" layout="list">/);
  });

  it('publishes CSP hashes of the only <style>s it writes', async () => {
    const hashes = Object.values(styleHashes());
    assert.equal(new Set(hashes).size, 3);
    for (const tag of WIDGET_TAGS) {
      const html = await renderWidget(tag, { feed: article, attributes: { lang: 'en' } });
      for (const style of [...elements(parse(html))].filter((element) => element.tagName === 'style')) {
        assert.ok(hashes.includes(sha256(textOf(style))), `${tag}: a <style> whose hash is not published`);
      }
    }
  });
});

describe('renderWidget with hostile items', () => {
  const CANARY = 'window.canary';

  // The list shows every item at once; the card and the attribution one story each.
  const renders = [
    ['news-latest-list', { feed: hostile, attributes: { lang: 'ru', limit: 100, 'show-images': true } }],
    ...hostile.items.map((_item, index) => ['news-article-card', { feed: hostile, attributes: { lang: 'ru', index, 'show-body': true } }]),
    ...hostile.items.map((item) => ['news-source-attribution', { items: [item], attributes: { lang: 'ru' } }]),
  ];

  it('writes no executable markup, no unsafe URL and keeps the inline JSON closed', async () => {
    for (const [tag, options] of renders) {
      const html = await renderWidget(tag, options);
      const { host, script, json } = widget(html);
      const all = [...elements(parse(html))];
      const scripts = all.filter((element) => element.tagName === 'script');
      assert.deepEqual(scripts, [script], `${tag}: the data is the only <script>`);
      assert.deepEqual(host.childNodes.map((node) => node.tagName), ['template', 'script'], `${tag}: nothing broke out of the data`);
      assert.doesNotMatch(textOf(script), /[<>&]/, `${tag}: <, > and & are escaped in the data`);
      assert.ok(json.items.length > 0);
      for (const element of all) {
        for (const { name, value } of element.attrs) {
          assert.ok(!name.startsWith('on'), `${tag}: ${element.tagName} has ${name}`);
          if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href'].includes(name)) assert.match(value, /^https?:\/\//, `${tag}: ${element.tagName} ${name}="${value}"`);
        }
        assert.ok(!['iframe', 'object', 'embed', 'form', 'base', 'meta'].includes(element.tagName), `${tag}: ${element.tagName}`);
      }
      // The payload is only ever text: in text nodes and inside the (escaped) data; the styles are ours alone.
      const hashes = Object.values(styleHashes());
      for (const style of all.filter((element) => element.tagName === 'style')) assert.ok(hashes.includes(sha256(textOf(style))), `${tag}: a <style> not ours`);
      assert.ok(all.every((element) => element.attrs.every(({ value }) => !value.includes(CANARY))), `${tag}: the payload reached an attribute`);
    }
  });

  it('shows hostile titles as the text the data layer made of them', async () => {
    const html = await renderWidget('news-latest-list', { feed: hostile, attributes: { lang: 'ru', limit: 100 } });
    const titles = parts(widget(html).shadow, 'title').map((title) => textOf(title).trim());
    assert.deepEqual(titles, hostile.items.map((item) => item.title));
    assert.ok(titles.includes('<img src=x onerror="window.canary=1">'), 'entity-encoded markup stays visible text');
  });

  it('ends the data where it should even when a string holds </script> or <!--', async () => {
    const items = [{ id: 'x', title: '</script><script>window.canary=1</script><!--', url: 'https://outlet.example/x', rubrics: [], cites: [] }];
    const html = await renderWidget('news-latest-list', { items, attributes: { lang: 'ru' } });
    const data = html.slice(html.indexOf('<script type="application/json">'));
    assert.equal(data.indexOf('</script>'), data.length - '</script></news-latest-list>'.length);
    assert.match(data, /\\u003c\/script\\u003e\\u003cscript\\u003e/);
    assert.equal(readJsonFeed(JSON.parse(textOf(widget(html).script)), { parsers: nodeParsers }).items[0].title, items[0].title);
  });
});

describe('the ssr entry', () => {
  it('the README’s style-src line carries the hashes the build publishes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const line = readme.split('\n').find((text) => /^\s*style-src 'self' 'sha256-/.test(text));
    assert.ok(line, 'README: the CSP section has no style-src line with hashes');
    assert.deepEqual(line.match(/'sha256-[^']+'/g), Object.values(styleHashes()), 'README: copy the style-src line `npm run build` prints into the CSP section');
  });

  it('is exported as news-widgets/ssr', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.deepEqual(pkg.exports['./ssr'], { types: './dist/lib/ssr/index.d.ts', default: './dist/lib/ssr/index.js' });
  });
});
