import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { clearFeedCache, fetchFeed, type Feed, type FeedError } from '../../src/index.js';
import { markupOf, texts } from '../support/harness.js';

// Three origins: this page (127.0.0.1:<runner>), the upstream (localhost:<runner>, serving the
// RSS fixture with no Access-Control-Allow-Origin) and a real edge (127.0.0.1:<its own port>),
// started by test/edge/edge-server.mjs.
const RSS = '/test/fixtures/shapes/rss.xml';

interface Origins {
  edge: string;
  upstream: string;
}

let origins: Origins;
const through = (upstream: string) => `${origins.edge}/feed?url=${encodeURIComponent(upstream)}`;
const plain = (feed: Feed) => JSON.parse(JSON.stringify({ title: feed.title, homeUrl: feed.homeUrl, items: feed.items }));

// Tashkent, not Almaty, for the shown time: both are UTC+5, and WebKitGTK's ICU predates Almaty's 2024 change.
async function widget(src: string): Promise<NewsLatestList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<news-latest-list lang="ru" loading="eager" time-zone="Asia/Tashkent" src="${src}"><a href="https://sarbaz.example/ru/">Все новости</a></news-latest-list>`;
  return wrapper.querySelector('news-latest-list')!;
}


describe('the feed edge, cross-origin', () => {
  before(async () => {
    origins = await (await fetch('/test/edge/origin')).json();
  });
  beforeEach(() => clearFeedCache());

  it('a widget cannot read the CORS-less RSS feed of another origin directly', async () => {
    const el = await widget(origins.upstream + RSS);
    const { detail } = await oneEvent(el, 'news-error');
    expect((detail.error as FeedError).kind).to.equal('network');
  });

  it('through the edge, the widget shows that feed, with exactly the items it reads from it on its own origin', async () => {
    const el = await widget(through(origins.upstream + RSS));
    const { detail } = await oneEvent(el, 'news-load');
    expect(detail.shape).to.equal('news-widgets');
    // What the widget reads from the same feed where it may (same origin, the browser's parsers)…
    const direct = await fetchFeed(origins.upstream.replace('localhost', '127.0.0.1') + RSS);
    // …and through the edge (Node's parsers, then JSON Feed, read without decoding again) are the same.
    const relinked = plain(detail.feed as Feed);
    const expected = plain(direct);
    // Relative links resolve against the feed's address, which differs only in its host name.
    expect(JSON.stringify(relinked).replaceAll(origins.upstream, '{origin}')).to.equal(JSON.stringify(expected).replaceAll(origins.upstream.replace('localhost', '127.0.0.1'), '{origin}'));
    await el.updateComplete;
    expect(texts(el, 'title')[0]).to.equal('Обеспечить стратегическую безопасность');
    expect(texts(el, 'date')[0]).to.equal('21/01/2026 - 18:21');
    await expect(el).to.be.accessible();
  });

  it('gives fetchFeed the same feed through the edge as directly, for RSS, Atom and JSON shapes', async () => {
    const here = origins.upstream.replace('localhost', '127.0.0.1');
    for (const path of ['/test/fixtures/shapes/atom.xml', '/test/fixtures/feeds/rss-entities.xml', '/test/fixtures/shapes/wordpress-embed.json', '/test/fixtures/hostile/article-body.json']) {
      const viaEdge = JSON.stringify(plain(await fetchFeed(through(origins.upstream + path)))).replaceAll(origins.upstream, '{origin}');
      const direct = JSON.stringify(plain(await fetchFeed(here + path))).replaceAll(here, '{origin}');
      expect(viaEdge, path).to.equal(direct);
    }
  });

  it('reads the edge’s problem details: the localized error state, and the edge’s explanation in news-error', async () => {
    const missing = await widget(through(`${origins.upstream}/test/fixtures/shapes/missing.xml`));
    const { detail } = await oneEvent(missing, 'news-error');
    const error = detail.error as FeedError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('(HTTP 404): check the address the edge reads');
    await missing.updateComplete;
    expect(missing.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Не удалось загрузить новости.');

    const refused = await widget(through('https://elsewhere.example/feed.xml'));
    const refusal = (await oneEvent(refused, 'news-error')).detail.error as FeedError;
    expect(refusal.kind).to.equal('config');
    expect(refusal.status).to.equal(403);
    expect(refusal.message).to.contain('This edge does not read https://elsewhere.example');
    await refused.updateComplete;
    // A setup error: no retry button, as for any other configuration mistake.
    expect(markupOf(refused.shadowRoot!.querySelector('button.retry'))).to.equal(null);
  });
});
