import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import type { NewsItem } from '../../src/index.js';
import { installFakeScheduler } from '../support/fake-scheduler.js';
import { announced, part, parts, shadow, until } from '../support/harness.js';

const PICTURE = new URL('/stories/assets/stand-in-1.svg', location.href).href;
const TEN: NewsItem[] = Array.from({ length: 10 }, (_, index) => ({
  id: `c${index + 1}`,
  title: `Карточка ${index + 1}`,
  url: `https://outlet.example/${index + 1}`,
  rubrics: [{ name: 'Служба' }],
  date: new Date(Date.UTC(2026, 0, 21, 13 - index)),
  cites: [],
  ...(index % 3 === 2 ? {} : { image: { url: PICTURE, width: 320, height: 200 } }),
}));


/** Where the row shows card `index` first (the last cards share the row's end). */
function startOf(el: NewsLatestList, index: number): number {
  const track = part(el, 'list');
  const cards = parts(el, 'item');
  return Math.min(cards[index].offsetLeft - cards[0].offsetLeft, track.scrollWidth - track.clientWidth);
}
const scrolledTo = (el: NewsLatestList, index: number) => Math.abs(part(el, 'list').scrollLeft - startOf(el, index)) <= 1;

describe('<news-latest-list layout="carousel">', () => {
  let time: ReturnType<typeof installFakeScheduler>;
  beforeEach(() => {
    time = installFakeScheduler();
  });
  afterEach(() => time.restore());

  async function carousel(interval = 0, lang = 'ru'): Promise<NewsLatestList> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 36em">
      <news-latest-list layout="carousel" lang=${lang} time-zone="UTC" interval=${interval} .items=${TEN}></news-latest-list></div>`);
    const el = wrapper.querySelector('news-latest-list')!;
    await el.updateComplete;
    return el;
  }

  it('is a row of cards with pictures that scrolls sideways with snap points, each labelled "3 из 10"', async () => {
    const el = await carousel();
    const cards = parts(el, 'item');
    expect(cards).to.have.length(10);
    expect(cards.map((card) => card.getAttribute('aria-label')).slice(0, 3)).to.deep.equal(['1 из 10', '2 из 10', '3 из 10']);
    expect(cards.every((card) => card.getAttribute('role') === 'group' && card.getAttribute('aria-roledescription') === 'слайд')).to.equal(true);
    expect(cards.map((card) => card.querySelector('[part~="image"]')!.localName)).to.deep.equal(['img', 'img', 'span', 'img', 'img', 'span', 'img', 'img', 'span', 'img']);
    const track = part(el, 'list');
    expect(getComputedStyle(track).overflowX).to.equal('auto');
    expect(getComputedStyle(track).scrollSnapType).to.match(/^x mandatory/);
    expect(getComputedStyle(cards[0]).scrollSnapAlign).to.match(/start/);
    expect(track.scrollWidth).to.be.greaterThan(track.clientWidth);
    const region = shadow(el).querySelector('section')!;
    expect([region.getAttribute('aria-roledescription'), region.getAttribute('aria-label')]).to.deep.equal(['карусель', 'Последние новости']);
    await expect(el).to.be.accessible();
  });

  it('does not move by itself without interval: previous/next only, no rotation control, no timer', async () => {
    const el = await carousel();
    expect([...part(el, 'controls').querySelectorAll('button')].map((button) => button.getAttribute('part'))).to.deep.equal(['prev', 'next']);
    expect(time.timeouts.filter((ms) => ms !== 1000)).to.deep.equal([]);
  });

  it('next and previous scroll one card, wrap at the ends, and say politely which card came', async () => {
    const el = await carousel(0, 'en');
    part(el, 'next').click();
    await until(() => scrolledTo(el, 1));
    await el.updateComplete;
    expect(announced(el)).to.equal('2 of 10: Карточка 2');
    part(el, 'next').click();
    await until(() => scrolledTo(el, 2));
    part(el, 'prev').click();
    part(el, 'prev').click();
    await until(() => scrolledTo(el, 0));
    part(el, 'prev').click();
    const track = part(el, 'list');
    await until(() => Math.abs(track.scrollLeft - (track.scrollWidth - track.clientWidth)) <= 1);
    await el.updateComplete;
    expect(announced(el)).to.equal('10 of 10: Карточка 10');
    part(el, 'next').click();
    await until(() => scrolledTo(el, 0));
  });

  it('arrow keys, Home and End move focus between the cards’ headlines and bring the card into view', async () => {
    const el = await carousel();
    const titles = parts(el, 'title');
    titles[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(titles[1]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).activeElement).to.equal(titles[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(titles[9]);
    await until(() => scrolledTo(el, 9));
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(titles[0]);
    await until(() => scrolledTo(el, 0));
  });

  it('with interval it moves by itself under the same rotation control, and stops while focus is within', async () => {
    const el = await carousel(5);
    expect([...part(el, 'controls').querySelectorAll('button')].map((button) => button.getAttribute('part'))).to.deep.equal(['pause', 'prev', 'next']);
    expect(part(el, 'list').getAttribute('aria-live')).to.equal('off');
    expect(time.pending.filter((ms) => ms === 5000)).to.have.length(1);
    await time.advance(5000);
    await until(() => scrolledTo(el, 1));
    parts(el, 'title')[3].focus();
    await el.updateComplete;
    expect(time.pending.filter((ms) => ms === 5000)).to.deep.equal([]);
    expect(part(el, 'list').getAttribute('aria-live')).to.equal('polite');
    parts(el, 'title')[3].blur();
    part(el, 'pause').click();
    await el.updateComplete;
    expect(part(el, 'pause').getAttribute('aria-label')).to.equal('Запустить автопрокрутку');
    expect(time.pending.filter((ms) => ms === 5000)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, and in Kazakh labels its slides "10-нан 3"', async () => {
    const el = await carousel(0, 'kk');
    el.theme = 'dark';
    await el.updateComplete;
    expect(parts(el, 'item').map((card) => card.getAttribute('aria-label')).slice(0, 3)).to.deep.equal(['10-нан 1', '10-нан 2', '10-нан 3']);
    await expect(el).to.be.accessible();
  });
});
