import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/source-attribution/define.js';
import type { NewsSourceAttribution } from '../../src/components/source-attribution/source-attribution.js';
import type { NewsItem } from '../../src/index.js';
import { afterLangChange } from '../support/lang.js';
import { markupOf, text } from '../support/harness.js';

const sentence = (el: NewsSourceAttribution) => text(el.shadowRoot!.querySelector('.sentence'));
const whole = (el: NewsSourceAttribution) => text(el.shadowRoot!.querySelector('.attribution'));
const links = (el: NewsSourceAttribution) => [...el.shadowRoot!.querySelectorAll('a')];


function item(extra: Partial<NewsItem> = {}): NewsItem {
  return {
    id: 'seed',
    title: 'Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака',
    url: 'https://sarbaz.example/ru/news/bagdad',
    rubrics: [],
    outlet: { name: 'Sarbaz.kz', url: 'https://sarbaz.example/' },
    cites: [{ name: 'Jerusalem Post', url: 'https://www.jpost.example/middle-east' }],
    ...extra,
  };
}

const EXPECTED = {
  ru: {
    none: 'передает Sarbaz.kz',
    one: 'Sarbaz.kz со ссылкой на Jerusalem Post',
    two: 'Sarbaz.kz со ссылкой на Jerusalem Post и Reuters',
    three: 'Sarbaz.kz со ссылкой на Jerusalem Post, Reuters и AP',
    full: 'передает Sarbaz.kz со ссылкой на Jerusalem Post и Reuters',
    citesOnly: 'со ссылкой на Jerusalem Post и Reuters',
    citesOnlyBlock: 'Со ссылкой на Jerusalem Post и Reuters',
  },
  kk: {
    none: 'Sarbaz.kz хабарлайды',
    one: 'Sarbaz.kz, дереккөз: Jerusalem Post',
    two: 'Sarbaz.kz, дереккөз: Jerusalem Post және Reuters',
    three: 'Sarbaz.kz, дереккөз: Jerusalem Post, Reuters және AP',
    full: 'Sarbaz.kz хабарлайды, дереккөз: Jerusalem Post және Reuters',
    citesOnly: 'дереккөз: Jerusalem Post және Reuters',
    citesOnlyBlock: 'Дереккөз: Jerusalem Post және Reuters',
  },
  en: {
    none: 'reported by Sarbaz.kz',
    one: 'Sarbaz.kz, citing Jerusalem Post',
    two: 'Sarbaz.kz, citing Jerusalem Post and Reuters',
    three: 'Sarbaz.kz, citing Jerusalem Post, Reuters and AP',
    full: 'reported by Sarbaz.kz, citing Jerusalem Post and Reuters',
    citesOnly: 'citing Jerusalem Post and Reuters',
    citesOnlyBlock: 'Citing Jerusalem Post and Reuters',
  },
};

describe('<news-source-attribution>', () => {
  for (const [lang, expected] of Object.entries(EXPECTED)) {
    describe(`in ${lang}`, () => {
      it('names the outlet with zero, one and several cited sources', async () => {
        const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang=${lang} outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"></news-source-attribution>`);
        expect(sentence(el)).to.equal(expected.none);
        el.cites = 'Jerusalem Post';
        await el.updateComplete;
        expect(sentence(el)).to.equal(expected.one);
        el.cites = 'Jerusalem Post, Reuters';
        await el.updateComplete;
        expect(sentence(el)).to.equal(expected.two);
        el.cites = 'Jerusalem Post,Reuters , AP';
        await el.updateComplete;
        expect(sentence(el)).to.equal(expected.three);
        expect(el.shadowRoot!.querySelectorAll('[part~="cites"]')).to.have.length(3);
      });

      it('says the full sentence with wording="full", and cited sources alone without an outlet; a block starts with a capital', async () => {
        const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang=${lang} wording="full" outlet="Sarbaz.kz" cites="Jerusalem Post, Reuters"></news-source-attribution>`);
        expect(sentence(el)).to.equal(expected.full);
        el.outlet = '';
        await el.updateComplete;
        expect(sentence(el)).to.equal(expected.citesOnly);
        expect(markupOf(el.shadowRoot!.querySelector('[part~="outlet"]'))).to.equal(null);
        el.variant = 'block';
        await el.updateComplete;
        expect(sentence(el)).to.equal(expected.citesOnlyBlock);
      });
    });
  }

  it('links each name to its own URL, in order, by the link policy (noopener only with a target)', async () => {
    const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="ru" outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"
      cites="Jerusalem Post, Reuters, AP" cites-url="https://www.jpost.example/middle-east, , https://apnews.example/"></news-source-attribution>`);
    expect(sentence(el)).to.equal('Sarbaz.kz со ссылкой на Jerusalem Post, Reuters и AP');
    expect(links(el).map((link) => [link.textContent, link.href])).to.deep.equal([
      ['Sarbaz.kz', 'https://sarbaz.example/'],
      ['Jerusalem Post', 'https://www.jpost.example/middle-east'],
      ['AP', 'https://apnews.example/'],
    ]);
    for (const link of links(el)) {
      expect(link.hasAttribute('rel')).to.equal(false);
      expect(link.hasAttribute('target')).to.equal(false);
    }
    el.linkTarget = '_blank';
    await el.updateComplete;
    expect(links(el).map((link) => [link.target, link.rel])).to.deep.equal([['_blank', 'noopener'], ['_blank', 'noopener'], ['_blank', 'noopener']]);
  });

  it('gives unsafe outlet, cited-source and author URLs no link', async () => {
    const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="en" outlet="Sarbaz.kz" outlet-url="javascript:alert(1)"
      cites="Jerusalem Post, Reuters" cites-url="java&#9;script:alert(1), data:text/html,x" author="Ануар Маратов" author-url="vbscript:x"></news-source-attribution>`);
    expect(sentence(el)).to.equal('Sarbaz.kz, citing Jerusalem Post and Reuters');
    expect(links(el)).to.have.length(0);
    const fromItem = await fixture<NewsSourceAttribution>(html`<news-source-attribution .item=${item({ outlet: { name: 'Sarbaz.kz', url: 'javascript:alert(1)' }, cites: [{ name: 'Jerusalem Post', url: 'javascript:alert(2)' }] })}></news-source-attribution>`);
    expect(links(fromItem)).to.have.length(0);
  });

  it('carries schema.org microdata: NewsArticle, sourceOrganization, isBasedOn, author, datePublished', async () => {
    const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="ru" outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"
      cites="Jerusalem Post" cites-url="https://www.jpost.example/middle-east" author="Ануар Маратов" published="2026-02-06T10:15:00+05:00" time-zone="Asia/Tashkent"></news-source-attribution>`);
    const root = el.shadowRoot!;
    const article = root.querySelector('[itemscope]')!;
    expect(article.getAttribute('itemtype')).to.equal('https://schema.org/NewsArticle');
    const outlet = root.querySelector('[itemprop="sourceOrganization"]')!;
    expect(outlet.getAttribute('itemtype')).to.equal('https://schema.org/Organization');
    expect(outlet.hasAttribute('itemscope')).to.equal(true);
    expect(text(outlet.querySelector('[itemprop="name"]'))).to.equal('Sarbaz.kz');
    expect(outlet.querySelector('[itemprop="url"]')!.getAttribute('href')).to.equal('https://sarbaz.example/');
    const cited = root.querySelector('[itemprop="isBasedOn"]')!;
    expect(cited.getAttribute('itemtype')).to.equal('https://schema.org/CreativeWork');
    expect(text(cited.querySelector('[itemprop="name"]'))).to.equal('Jerusalem Post');
    expect(cited.querySelector('[itemprop="url"]')!.getAttribute('href')).to.equal('https://www.jpost.example/middle-east');
    const author = root.querySelector('[itemprop="author"]')!;
    expect(author.getAttribute('itemtype')).to.equal('https://schema.org/Person');
    expect(text(author.querySelector('[itemprop="name"]'))).to.equal('Ануар Маратов');
    const date = root.querySelector('time[itemprop="datePublished"]')!;
    expect(date.getAttribute('datetime')).to.equal('2026-02-06T05:15:00.000Z');
    expect(text(date)).to.equal('06/02/2026 - 10:15');
    expect(whole(el)).to.equal('Sarbaz.kz со ссылкой на Jerusalem Post Автор: Ануар Маратов 06/02/2026 - 10:15');
  });

  describe('from an item', () => {
    it('reads outlet, cites, author and date from the item', async () => {
      const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="ru" time-zone="Asia/Tashkent" date-format="d MMMM yyyy"
        .item=${item({ author: { name: 'Ануар Маратов' }, date: new Date('2026-02-06T05:15:00Z') })}></news-source-attribution>`);
      expect(sentence(el)).to.equal('Sarbaz.kz со ссылкой на Jerusalem Post');
      expect(text(el.shadowRoot!.querySelector('[part~="author"]'))).to.equal('Автор: Ануар Маратов');
      expect(text(el.shadowRoot!.querySelector('[part~="date"]'))).to.equal('6 февраля 2026');
      expect(el.shadowRoot!.querySelector('link[itemprop="url"]')!.getAttribute('href')).to.equal('https://sarbaz.example/ru/news/bagdad');
      el.hideAuthor = true;
      el.hideDate = true;
      await el.updateComplete;
      expect(markupOf(el.shadowRoot!.querySelector('[part~="author"], [part~="date"]'))).to.equal(null);
    });

    it('attributes that are set replace that part of the item; the rest still comes from the item', async () => {
      const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="ru" cites="Reuters" cites-url="https://reuters.example/" .item=${item()}></news-source-attribution>`);
      expect(sentence(el)).to.equal('Sarbaz.kz со ссылкой на Reuters');
      expect(links(el).map((link) => link.href)).to.deep.equal(['https://sarbaz.example/', 'https://reuters.example/']);
      el.outletUrl = 'https://ignored.example/';
      await el.updateComplete;
      expect(links(el)[0].href).to.equal('https://sarbaz.example/');
      el.outlet = 'Tengrinews';
      await el.updateComplete;
      expect(sentence(el)).to.equal('Tengrinews со ссылкой на Reuters');
      expect(links(el)[0].href).to.equal('https://ignored.example/');
    });
  });

  it('removing attributes falls back to the item, or to nothing', async () => {
    const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="ru" outlet="Tengrinews" cites="Reuters" cites-url="https://reuters.example/" author="А. Б." published="2026-02-06"></news-source-attribution>`);
    for (const name of ['outlet', 'cites', 'cites-url', 'author', 'published']) el.removeAttribute(name);
    await el.updateComplete;
    expect(markupOf(el.shadowRoot!.querySelector('.attribution'))).to.equal(null);
    el.item = item();
    await el.updateComplete;
    expect(sentence(el)).to.equal('Sarbaz.kz со ссылкой на Jerusalem Post');
  });

  it('renders nothing, and takes no space, without outlet, cites, author or date', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><news-source-attribution variant="block" theme="dark"></news-source-attribution></div>`);
    const el = wrapper.querySelector('news-source-attribution')!;
    expect(markupOf(el.shadowRoot!.querySelector('*:not(style)'))).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.item = item({ outlet: undefined, cites: [] });
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.cites = 'Jerusalem Post';
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('variant: inline flows in text; block is its own box and starts with a capital letter', async () => {
    const wrapper = await fixture<HTMLParagraphElement>(html`<p lang="ru">Ирак и США возобновят переговоры, <news-source-attribution wording="full" outlet="Sarbaz.kz" cites="Jerusalem Post"></news-source-attribution>.</p>`);
    const el = wrapper.querySelector('news-source-attribution')!;
    // fixture() waits for the wrapper, not for the element inside it: its first render (a task later) reflects.
    await el.updateComplete;
    expect(el.getAttribute('variant')).to.equal('inline');
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(sentence(el)).to.equal('передает Sarbaz.kz со ссылкой на Jerusalem Post');
    el.variant = 'block';
    await el.updateComplete;
    expect(el.getAttribute('variant')).to.equal('block');
    expect(getComputedStyle(el).display).to.equal('block');
    expect(sentence(el)).to.equal('Передает Sarbaz.kz со ссылкой на Jerusalem Post');
  });

  it('theme reflects; follows language changes in the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"><news-source-attribution outlet="Sarbaz.kz" cites="Jerusalem Post"></news-source-attribution></div>`);
    const el = wrapper.querySelector('news-source-attribution')!;
    // fixture() waits for the wrapper, not for the element inside it: its first render (a task later) reflects.
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    wrapper.lang = 'kk';
    await afterLangChange(el);
    expect(sentence(el)).to.equal('Sarbaz.kz, дереккөз: Jerusalem Post');
  });

  it('is accessible inline and as a block, in both themes', async () => {
    const el = await fixture<NewsSourceAttribution>(html`<news-source-attribution lang="ru" outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"
      cites="Jerusalem Post, Reuters" cites-url="https://www.jpost.example/, https://reuters.example/" author="Ануар Маратов" published="2026-02-06T10:15:00+05:00"></news-source-attribution>`);
    await expect(el).to.be.accessible();
    el.variant = 'block';
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
