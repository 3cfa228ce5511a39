import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import type { LayoutKit } from '../../src/components/latest-list/layout.js';
import type { NewsItem } from '../../src/index.js';

// The list writes a complete item (rubric, link, date) as one template, for speed; everything
// else is put together from the pieces the ticker and carousel use. The two must not drift apart.
const strip = (markup: string) => markup.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ');

describe('<news-latest-list> item markup', () => {
  const complete: NewsItem = {
    id: 'sarbaz-1007',
    title: 'Казахстан и Узбекистан проведут совместные учения ПВО',
    url: 'https://sarbaz.example/ru/news/1007',
    date: new Date('2026-01-21T13:21:00Z'),
    rubrics: [{ name: 'Служба' }],
    author: { name: 'Ануар Маратов' },
    cites: [],
  };

  for (const part of ['rubric', 'title', 'date']) {
    it(`writes the ${part} of a complete item as the ticker and carousel pieces write it`, async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru" .items=${[complete]}></news-latest-list>`);
      const fast = el.shadowRoot!.querySelector(`li [part~="${part}"]`);
      expect(fast, part).to.not.equal(null);
      const kit = (el as unknown as { layoutKit: LayoutKit }).layoutKit;
      const pieces = document.createElement('div');
      render(html`${kit.rubric(complete)}${kit.title(complete)}${kit.meta(complete)}`, pieces);
      expect(strip(fast!.outerHTML)).to.equal(strip(pieces.querySelector(`[part~="${part}"]`)!.outerHTML));
    });
  }

  it('writes an item without a rubric from those same pieces', async () => {
    const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru" .items=${[{ ...complete, rubrics: [] }]}></news-latest-list>`);
    const kit = (el as unknown as { layoutKit: LayoutKit }).layoutKit;
    const pieces = document.createElement('div');
    render(html`${kit.title(complete)}`, pieces);
    expect(strip(el.shadowRoot!.querySelector('li [part~="title"]')!.outerHTML)).to.equal(strip(pieces.firstElementChild!.outerHTML));
  });
});
