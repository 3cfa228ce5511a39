import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../support/fixtures.js';

const FEED_URL = 'https://sarbaz.example/ru/feed';

describe('normalizeFeed: shapes read with no configuration', () => {
  it('reads the seed CMS list (generic shape) with rubric links, dates and the one author', async () => {
    const feed = normalizeFeed(await fixtureJson('seed/latest.json'), { url: FEED_URL });
    expect(feed.shape).to.equal('generic');
    expect(feed.title).to.equal('Sarbaz.kz — Последние новости');
    expect(feed.homeUrl).to.equal('https://sarbaz.example/ru/');
    expect(feed.items).to.have.length(16);
    const [first, second] = feed.items;
    expect(first.title).to.equal('Обеспечить стратегическую безопасность');
    expect(first.rubrics).to.deep.equal([{ name: 'В центре внимания', url: 'https://sarbaz.example/ru/rubric/v-centre-vnimaniya' }]);
    expect(first.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(first.author).to.deep.equal({ name: 'admin' });
    expect(first.url).to.equal('https://sarbaz.example/ru/news/1016');
    expect(first.id).to.equal('1016');
    expect(second.author).to.equal(undefined);
    expect(feed.items.map((item) => item.rubrics[0].name)).to.include.members(['Служба', 'Полезное']);
  });

  it('reads the seed article as a one-item feed (single shape) with outlet and cited source', async () => {
    const feed = normalizeFeed(await fixtureJson('seed/article.json'));
    expect(feed.shape).to.equal('single');
    const [item] = feed.items;
    expect(item.title).to.equal('Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака');
    expect(item.summary).to.equal('Предположительно, переговоры стартуют 11 февраля.');
    expect(item.author).to.deep.equal({ name: 'Ануар Маратов', url: 'https://sarbaz.example/ru/author/anuar-maratov' });
    expect(item.outlet).to.deep.equal({ name: 'Sarbaz.kz', url: 'https://sarbaz.example/' });
    expect(item.cites).to.deep.equal([{ name: 'Jerusalem Post', url: 'https://www.jpost.example/middle-east' }]);
    expect(item.lang).to.equal('ru');
    expect(item.date?.toISOString()).to.equal('2026-02-06T05:15:00.000Z');
    expect(item.image).to.deep.include({ url: 'https://sarbaz.example/uploads/2026/02/bagdad-talks.jpg', width: 1200, height: 675 });
    expect(item.bodyHtml).to.contain('<p>Ирак и Соединенные Штаты');
  });

  it('reads JSON Feed 1.1: authors, tags, language, content_text as escaped paragraphs', async () => {
    const feed = normalizeFeed(await fixtureJson('shapes/jsonfeed-1.1.json'), { url: 'https://sarbaz.example/ru/feed.json' });
    expect(feed.shape).to.equal('jsonfeed');
    expect(feed.homeUrl).to.equal('https://sarbaz.example/ru/');
    const [article, list] = feed.items;
    expect(article.author).to.deep.equal({ name: 'Ануар Маратов', url: 'https://sarbaz.example/ru/author/anuar-maratov' });
    expect(article.rubrics[0].name).to.equal('В мире');
    expect(article.updated?.toISOString()).to.equal('2026-02-06T07:00:00.000Z');
    expect(article.lang).to.equal('ru');
    expect(list.bodyHtml).to.equal('<p>Текст новости.</p><p>Второй абзац.</p>');
  });

  it('reads JSON Feed 1.0: feed-level author, relative image, an item without a title titled by its text', async () => {
    const feed = normalizeFeed(await fixtureJson('shapes/jsonfeed-1.0.json'), { url: 'https://sarbaz.example/ru/feed.json' });
    expect(feed.shape).to.equal('jsonfeed');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['1', '2', '3']);
    const [first, untitled, third] = feed.items;
    expect(first.image?.url).to.equal('https://sarbaz.example/uploads/health.jpg');
    expect(first.author?.name).to.equal('Редакция Sarbaz.kz');
    expect(first.titleDerived).to.equal(undefined);
    expect(untitled.title).to.equal('Заметка без заголовка — в JSON Feed это допустимо.');
    expect(untitled.titleDerived).to.equal(true);
    expect(third.author?.name).to.equal('admin');
  });

  it('reads WordPress with _embed: decoded titles, categories before tags, featured media, date_gmt as UTC', async () => {
    const feed = normalizeFeed(await fixtureJson('shapes/wordpress-embed.json'));
    expect(feed.shape).to.equal('wordpress');
    const [first, second] = feed.items;
    expect(first.title).to.equal('Обеспечить «стратегическую» безопасность – итоги');
    expect(first.summary).to.equal('Совещание прошло в Астане … […]');
    expect(first.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(first.author).to.deep.equal({ name: 'admin', url: 'https://sarbaz.example/ru/author/admin/' });
    expect(first.rubrics.map((rubric) => rubric.name)).to.deep.equal(['В центре внимания']);
    expect(first.image).to.deep.equal({ url: 'https://sarbaz.example/wp-content/uploads/2026/01/meeting.jpg', alt: 'Совещание в Астане', width: 1280, height: 720 });
    expect(first.id).to.equal('4821');
    // "Uncategorized" is WordPress's default, not a rubric; an invalid embedded author is dropped.
    expect(second.rubrics.map((rubric) => rubric.name)).to.deep.equal(['Служба']);
    expect(second.author).to.equal(undefined);
    expect(second.summary).to.equal(undefined);
  });

  it('reads WordPress without _embed: entities decoded exactly once, no invented rubrics', async () => {
    const feed = normalizeFeed(await fixtureJson('shapes/wordpress-plain.json'));
    expect(feed.shape).to.equal('wordpress');
    expect(feed.items[0].title).to.equal('В фокусе внимания — "полезное" & важное');
    expect(feed.items[0].rubrics).to.deep.equal([]);
  });

  it('reads RSS 2.0 text: CDATA, content:encoded, dc:creator, media:content, named zones, <source> as cited', async () => {
    const feed = normalizeFeed(await fixtureText('shapes/rss.xml'), { url: 'https://sarbaz.example/ru/rss.xml' });
    expect(feed.shape).to.equal('rss');
    expect(feed.title).to.equal('Sarbaz.kz — Последние новости');
    const [first, second, third, trap] = feed.items;
    expect(first.title).to.equal('Обеспечить стратегическую безопасность');
    expect(first.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(first.author?.name).to.equal('admin');
    expect(first.rubrics.map((rubric) => rubric.name)).to.deep.equal(['В центре внимания', 'безопасность']);
    expect(first.summary).to.equal('Совещание прошло в Астане.');
    expect(first.bodyHtml).to.equal('<p>Совещание прошло в Астане.</p><p>Второй абзац.</p>');
    expect(first.image).to.deep.equal({ url: 'https://sarbaz.example/uploads/meeting.jpg', alt: 'Совещание', width: 1280, height: 720 });
    expect(first.lang).to.equal('ru');
    expect(first.id).to.equal('sarbaz-1016');
    expect(second.url).to.equal('https://sarbaz.example/ru/news/1015');
    expect(second.date?.toISOString()).to.equal('2026-01-20T16:11:00.000Z');
    expect(second.author?.name).to.equal('Редакция');
    expect(second.summary).to.equal('Ветераны & молодёжь вместе');
    expect(second.image?.url).to.equal('https://sarbaz.example/uploads/parade.jpg');
    expect(third.date?.toISOString()).to.equal('2026-01-17T14:20:00.000Z');
    expect(third.cites).to.deep.equal([{ name: 'Tengrinews', url: 'https://tengrinews.example/rss' }]);
    expect(trap.url).to.equal(undefined);
    expect(trap.date).to.equal(undefined);
    expect(trap.image).to.equal(undefined);
  });

  it('reads Atom text: html and xhtml constructs, relative links, categories, xml:lang, <source>', async () => {
    const feed = normalizeFeed(await fixtureText('shapes/atom.xml'), { url: 'https://sarbaz.example/ru/atom.xml' });
    expect(feed.shape).to.equal('atom');
    expect(feed.homeUrl).to.equal('https://sarbaz.example/ru/');
    const [first, second] = feed.items;
    expect(first.title).to.equal('Нерв армии: как работают военные связисты');
    expect(first.url).to.equal('https://sarbaz.example/ru/news/1012');
    expect(first.summary).to.equal('Связь & управление: 5 < 7');
    expect(first.bodyHtml).to.contain('<strong>всегда</strong>');
    expect(first.author).to.deep.equal({ name: 'Ануар Маратов', url: 'https://sarbaz.example/ru/author/anuar-maratov' });
    expect(first.rubrics[0].name).to.equal('В центре внимания');
    expect(first.date?.toISOString()).to.equal('2025-11-06T17:26:00.000Z');
    expect(first.image?.url).to.equal('https://sarbaz.example/uploads/signal.jpg');
    expect(first.lang).to.equal('ru');
    expect(second.lang).to.equal('kk');
    expect(second.date?.toISOString()).to.equal('2025-10-29T10:36:00.000Z');
    expect(second.cites).to.deep.equal([{ name: 'Egemen Qazaqstan', url: 'https://egemen.example/' }]);
  });

  it('reads a plain array with varied common field names; drops the item without a title', async () => {
    const feed = normalizeFeed(await fixtureJson('shapes/generic-array.json'), { url: 'https://sarbaz.example/ru/api/news', timeZone: 'Asia/Tashkent' });
    expect(feed.shape).to.equal('generic');
    expect(feed.items).to.have.length(4);
    const [first, second, third, fourth] = feed.items;
    expect(first.title).to.equal('Первый в строю');
    expect(first.date?.toISOString()).to.equal('2025-10-28T14:34:00.000Z');
    expect(first.rubrics[0].name).to.equal('В центре внимания');
    expect(first.author?.name).to.equal('admin');
    expect(first.summary).to.equal('Лучший курсант «года»');
    expect(first.image?.url).to.equal('https://sarbaz.example/uploads/first.jpg');
    expect(second.url).to.equal('https://sarbaz.example/ru/news/1009');
    expect(second.date?.toISOString()).to.equal('2025-10-28T10:33:00.000Z');
    expect(second.rubrics.map((rubric) => rubric.name)).to.deep.equal(['В центре внимания', 'Служба']);
    expect(second.summary).to.equal('Учения на полигоне');
    expect(third.date?.toISOString()).to.equal('2025-10-27T15:30:00.000Z');
    expect(third.rubrics[0]).to.deep.equal({ name: 'Полезное', url: 'https://sarbaz.example/ru/rubric/poleznoe' });
    expect(fourth.title).to.equal('Прошел две войны с трижды героем Кожедубом');
    expect(fourth.date?.toISOString()).to.equal('2025-10-27T13:37:00.000Z');
  });

  it('fails an unknown shape with a shape error that explains items-path and map', () => {
    let caught: unknown;
    try {
      normalizeFeed({ meta: { total: 3 }, rows: [{ heading_text: 'x' }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.have.property('kind', 'shape');
    expect((caught as Error).message).to.contain('items-path').and.contain('map=');
  });

  it('reports an API error object as a shape error carrying its message', () => {
    expect(() => normalizeFeed({ status: 'error', code: 'apiKeyInvalid', message: 'Your API key is invalid.' }))
      .to.throw('Your API key is invalid.').with.property('kind', 'shape');
  });
});
