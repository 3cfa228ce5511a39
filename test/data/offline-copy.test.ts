import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/index.js';
import { loadFeed, saveFeed } from '../../src/data/offline-copy.js';

const KEY = 'test:derived-title';

describe('offline copy of items without a title', () => {
  afterEach(() => localStorage.removeItem(`news-widgets:${KEY}`));

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
