import { expect } from '@open-wc/testing';
import { normalizeFeed, type NewsItem } from '../../src/index.js';
import { loadFeed, saveFeed } from '../../src/data/feeds/offline-copy.js';

const KEY = 'test:derived-title';

describe('offline copy of items without a title', () => {
  afterEach(() => localStorage.removeItem(`news-widgets:v2:${KEY}`));

  it('keeps a derived title, its mark and its text through saveFeed → loadFeed', () => {
    const feed = normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'note', url: 'https://notes.example/note', content_html: '<p>A note about &lt;b&gt; tags &amp; more, with no title.</p>', date_published: '2026-01-21T10:00:00Z' },
        { id: 'titled', url: 'https://notes.example/titled', title: 'Titled', summary: 'Lead' },
      ],
    });
    const [note] = feed.items;
    expect(note).to.include({ title: 'A note about <b> tags & more, with no title.', titleDerived: true });

    saveFeed(KEY, feed);
    const revived = loadFeed(KEY, 60);
    expect(revived?.items).to.have.length(2);
    const [kept, titled] = revived!.items;
    expect(kept).to.include({ id: 'note', title: 'A note about <b> tags & more, with no title.', titleDerived: true, url: 'https://notes.example/note' });
    expect(kept.bodyHtml).to.equal('<p>A note about &lt;b&gt; tags &amp; more, with no title.</p>');
    expect(kept.date?.toISOString()).to.equal('2026-01-21T10:00:00.000Z');
    expect(titled.titleDerived).to.equal(undefined);
    expect(titled).to.include({ title: 'Titled', summary: 'Lead' });
  });
});

describe('offline copy round trip', () => {
  afterEach(() => localStorage.removeItem('news-widgets:v2:test:every-field'));

  it('keeps every NewsItem field through saveFeed → loadFeed, text never decoded again', () => {
    // Required<NewsItem>: a field added to the model fails to compile here until it is covered.
    const item: Required<NewsItem> = {
      id: 'sarbaz-1007',
      title: 'Use &lt;b&gt; tags — «Небесный щит»',
      titleDerived: true,
      url: 'https://sarbaz.example/ru/news/1007',
      date: new Date('2026-01-21T13:21:00.000Z'),
      updated: new Date('2026-01-21T14:00:00.000Z'),
      lang: 'ru',
      author: { name: 'Ануар Маратов', url: 'https://sarbaz.example/ru/author/anuar' },
      rubrics: [{ name: 'В центре внимания', url: 'https://sarbaz.example/ru/rubric/focus' }, { name: 'Служба' }],
      summary: 'Lead with <angle> brackets & an ampersand',
      bodyHtml: '<p>Body with <a href="https://sarbaz.example/">a link</a></p>',
      image: { url: 'https://sarbaz.example/uploads/1007.jpg', alt: 'Учения', width: 1200, height: 675 },
      outlet: { name: 'Sarbaz.kz', url: 'https://sarbaz.example/' },
      cites: [{ name: 'Jerusalem Post', url: 'https://www.jpost.example/' }],
      source: 'Sarbaz.kz',
      sourceId: 'sarbaz-1007-original',
    };
    saveFeed('test:every-field', { shape: 'rss', title: 'Sarbaz.kz — Последние новости', homeUrl: 'https://sarbaz.example/ru/', items: [item] });
    const revived = loadFeed('test:every-field', 60)!;
    expect(revived).to.deep.equal({ shape: 'rss', title: 'Sarbaz.kz — Последние новости', homeUrl: 'https://sarbaz.example/ru/', items: [item] });
  });
});
