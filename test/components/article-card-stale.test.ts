import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import { clearFeedCache } from '../../src/index.js';
import { stubFetch } from '../../mocks/mock-fetch.js';

describe('<news-article-card> after a failed refresh', () => {
  it('keeps the story and says, in the singular, that it is an earlier version', async () => {
    clearFeedCache();
    let down = false;
    const stub = stubFetch(() => (down
      ? new Response('down', { status: 503 })
      : new Response('{"headline":"Небесный щит","url":"https://sarbaz.example/ru/news/1005","lead":"ПВО на страже"}')));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = oneEvent(wrapper, 'news-load');
      wrapper.innerHTML = '<news-article-card lang="ru" loading="eager" src="https://sarbaz.example/api/article.json"></news-article-card>';
      await loaded;
      const card = wrapper.querySelector('news-article-card')!;
      down = true;
      const failed = oneEvent(card, 'news-error');
      card.retry();
      expect((await failed).detail.stale).to.equal(true);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Небесный щит');
      expect(card.shadowRoot!.querySelector('.stale')!.textContent).to.equal('Не удалось обновить: показана прежняя версия материала.');
    } finally {
      stub.restore();
    }
  });
});
