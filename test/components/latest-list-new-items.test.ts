import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { en } from '../../src/i18n/en.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { clearFeedCache } from '../../src/index.js';
import { installFakeScheduler } from '../support/fake-scheduler.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { announced, nextFrame, parts } from '../support/harness.js';

const FEED = 'https://outlet.example/feed.json';
const story = (id: number) => ({ id: String(id), title: `Новость ${id}`, url: `https://outlet.example/${id}`, date: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString() });
/** Newest first: stories `from`…1. */
const feedOf = (from: number) => Array.from({ length: from }, (_, index) => story(from - index));

const titles = (el: Element) => parts(el, 'title').map((node) => node.textContent);

describe('"N new stories" instead of moving the list', () => {
  let newest = 3;
  let stub: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    clearFeedCache();
    newest = 3;
    stub = stubFetch(() => Response.json(feedOf(newest)));
  });
  afterEach(async () => {
    stub.restore();
    await resetMouse();
    window.scrollTo(0, 0);
  });

  async function list(lang = 'ru', extra = html``): Promise<NewsLatestList> {
    const load = new Promise((resolve) => document.addEventListener('news-load', resolve, { once: true }));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 50%">
      <news-latest-list lang=${lang} loading="eager" src=${FEED}></news-latest-list>${extra}</div>`);
    await load;
    const el = wrapper.querySelector('news-latest-list')!;
    await el.updateComplete;
    return el;
  }

  async function reload(el: NewsLatestList, to: number): Promise<void> {
    newest = to;
    const loaded = oneEvent(el, 'news-load');
    el.retry();
    await loaded;
    await el.updateComplete;
  }

  it('while focus is in the list, a reload offers "3 новых материала" instead of inserting; the button inserts them and focuses the first', async () => {
    const el = await list();
    const focused = parts(el, 'title')[1];
    focused.focus();
    const before = focused.getBoundingClientRect().top;
    await reload(el, 6);
    expect(titles(el)).to.deep.equal(['Новость 3', 'Новость 2', 'Новость 1']);
    expect(el.shadowRoot!.activeElement).to.equal(focused);
    expect(focused.getBoundingClientRect().top).to.equal(before);
    const button = parts(el, 'new-items')[0];
    expect(button.localName).to.equal('button');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('↑ 3 новых материала');
    expect(announced(el)).to.equal('3 новых материала');
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Новость 6', 'Новость 5', 'Новость 4', 'Новость 3', 'Новость 2', 'Новость 1']);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'title')[0]);
    expect(parts(el, 'item').slice(0, 3).every((item) => item.classList.contains('fresh'))).to.equal(true);
    expect(parts(el, 'new-items')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a later reload while the button waits counts every new story since the list was shown', async () => {
    const el = await list('en');
    parts(el, 'title')[0].focus();
    await reload(el, 4);
    expect(parts(el, 'new-items')[0].textContent).to.contain('1 new story');
    await reload(el, 6);
    expect(parts(el, 'new-items')[0].textContent).to.contain('3 new stories');
    expect(titles(el)).to.have.length(3);
  });

  it('the same while the pointer is over the list', async () => {
    const el = await list('kk');
    const box = parts(el, 'item')[1].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await reload(el, 6);
    expect(titles(el)).to.have.length(3);
    expect(parts(el, 'new-items')[0].textContent).to.contain('3 жаңа материал');
  });

  it('the same while the list’s top is scrolled above the viewport: the button floats in view and takes no room', async () => {
    newest = 12;
    const el = await list('ru', html`<div style="height: 200vh"></div>`);
    await sendMouse({ type: 'move', position: [innerWidth - 5, innerHeight - 5] });
    window.scrollTo(0, el.getBoundingClientRect().top + scrollY + 300);
    await nextFrame();
    expect(el.getBoundingClientRect().top).to.be.lessThan(0);
    const item = parts(el, 'item')[6];
    const [top, height] = [item.getBoundingClientRect().top, el.getBoundingClientRect().height];
    await reload(el, 14);
    await nextFrame();
    expect(item.getBoundingClientRect().top).to.equal(top);
    expect(el.getBoundingClientRect().height).to.equal(height);
    const button = parts(el, 'new-items')[0];
    expect(button.textContent).to.contain('2 новых материала');
    const box = button.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    button.click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Новость 14');
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'title')[0]);
  });

  it('when the reader is elsewhere, new stories are inserted at once, as before', async () => {
    const el = await list();
    await sendMouse({ type: 'move', position: [innerWidth - 5, innerHeight - 5] });
    await reload(el, 5);
    expect(titles(el)).to.deep.equal(['Новость 5', 'Новость 4', 'Новость 3', 'Новость 2', 'Новость 1']);
    expect(parts(el, 'new-items')).to.have.length(0);
    expect(announced(el)).to.equal('Новые новости: 2');
  });

  it('the refresh timer’s reloads too', async () => {
    const time = installFakeScheduler();
    try {
      const el = await list('en');
      el.refresh = 60;
      await el.updateComplete;
      parts(el, 'title')[2].focus();
      newest = 4;
      const loaded = oneEvent(el, 'news-load');
      await time.advance(60_000);
      await loaded;
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(parts(el, 'new-items')[0].textContent).to.contain('1 new story');
    } finally {
      time.restore();
    }
  });

  it('the ticker never holds new stories back: they join its round', async () => {
    const el = await list();
    el.layout = 'ticker';
    await el.updateComplete;
    parts(el, 'title')[0].focus();
    await reload(el, 5);
    expect(parts(el, 'new-items')).to.have.length(0);
    expect(parts(el, 'item')[0].getAttribute('aria-label')).to.equal('3 из 5');
  });
});

describe('"N new stories" in every language', () => {
  it('uses the plural forms of Russian, Kazakh and English', () => {
    expect([1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111].map(ru.newStories)).to.deep.equal([
      '1 новый материал', '2 новых материала', '3 новых материала', '5 новых материалов', '11 новых материалов', '12 новых материалов',
      '21 новый материал', '22 новых материала', '25 новых материалов', '101 новый материал', '111 новых материалов',
    ]);
    expect([1, 3, 5, 21].map(kk.newStories)).to.deep.equal(['1 жаңа материал', '3 жаңа материал', '5 жаңа материал', '21 жаңа материал']);
    expect([1, 3, 21].map(en.newStories)).to.deep.equal(['1 new story', '3 new stories', '21 new stories']);
  });

  it('slide labels: "3 из 10", "3 of 10", and Kazakh "10-нан 3" with the ablative ending of the spoken number', () => {
    expect(ru.slideLabel(3, 10)).to.equal('3 из 10');
    expect(en.slideLabel(3, 10)).to.equal('3 of 10');
    expect([1, 2, 3, 6, 7, 9, 10, 16, 20, 40, 50, 60, 80, 90, 100, 1000].map((total) => kk.slideLabel(1, total))).to.deep.equal([
      '1-ден 1', '2-ден 1', '3-тен 1', '6-дан 1', '7-ден 1', '9-дан 1', '10-нан 1', '16-дан 1', '20-дан 1', '40-тан 1', '50-ден 1', '60-тан 1', '80-нен 1', '90-нан 1', '100-ден 1', '1000-нан 1',
    ]);
  });
});
