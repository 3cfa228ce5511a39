import { expect } from '@open-wc/testing';
import { normalizeFeed, type FeedError } from '../../src/index.js';

const response = {
  meta: { total: 2 },
  payload: {
    rows: [
      {
        uid: 'a1',
        heading: { text: 'Небесный щит' },
        links: { web: '/ru/news/1005' },
        when: '25/10/2025 - 16:11',
        people: [{ display: 'admin', page: 'https://sarbaz.example/ru/author/admin' }],
        section: 'В центре внимания',
        teaser: 'ПВО на страже',
        pic: { src: '/uploads/shield.jpg', text: 'Зенитный комплекс' },
      },
      { uid: 'a2', heading: { text: 'Цифровые помощники врачей' }, links: { web: 'javascript:alert(1)' }, when: 'yesterday' },
    ],
  },
};

function configError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected a config error');
}

describe('normalizeFeed: explicit mapping', () => {
  it('reads items at items-path with a map of field → path, sub-fields included', () => {
    const feed = normalizeFeed(response, {
      url: 'https://sarbaz.example/api',
      itemsPath: 'payload.rows',
      map: {
        id: 'uid', title: 'heading.text', url: 'links.web', date: 'when',
        'author.name': 'people.0.display', 'author.url': 'people.0.page',
        summary: 'teaser', 'image.url': 'pic.src', 'image.alt': 'pic.text',
      },
      dateInputFormat: 'dd/MM/yyyy - HH:mm',
      timeZone: 'Asia/Tashkent',
    });
    expect(feed.shape).to.equal('mapped');
    const [first, second] = feed.items;
    expect(first).to.deep.include({ id: 'a1', title: 'Небесный щит', url: 'https://sarbaz.example/ru/news/1005', summary: 'ПВО на страже' });
    expect(first.date?.toISOString()).to.equal('2025-10-25T11:11:00.000Z');
    expect(first.author).to.deep.equal({ name: 'admin', url: 'https://sarbaz.example/ru/author/admin' });
    expect(first.image).to.deep.equal({ url: 'https://sarbaz.example/uploads/shield.jpg', alt: 'Зенитный комплекс' });
    // Unmapped fields are still detected by their common names.
    expect(first.rubrics[0].name).to.equal('В центре внимания');
    expect(second.url).to.equal(undefined);
    expect(second.date).to.equal(undefined);
  });

  it('accepts map as JSON text, as the map attribute gives it', () => {
    const feed = normalizeFeed(response, { itemsPath: 'payload.rows', map: '{"title":"heading.text"}' });
    expect(feed.items.map((item) => item.title)).to.deep.equal(['Небесный щит', 'Цифровые помощники врачей']);
  });

  it('applies a map on top of a detected shape', () => {
    const feed = normalizeFeed([{ title: 'Первый в строю', extra: { rubricName: 'Служба' } }], { map: { rubric: 'extra.rubricName' } });
    expect(feed.shape).to.equal('generic');
    expect(feed.items[0].rubrics).to.deep.equal([{ name: 'Служба' }]);
  });

  it('rejects invalid configuration with config errors that say what to write', () => {
    expect(configError(() => normalizeFeed(response, { map: '{title:' })).kind).to.equal('config');
    expect(configError(() => normalizeFeed(response, { map: '["title"]' })).message).to.contain('JSON object');
    expect(configError(() => normalizeFeed(response, { map: { headline: 'x' } as never })).message).to.contain('unknown field "headline"');
    expect(configError(() => normalizeFeed(response, { map: { title: 5 } as never })).kind).to.equal('config');
    expect(configError(() => normalizeFeed(response, { itemsPath: 'payload.missing' })).message).to.contain('items-path "payload.missing"');
    expect(configError(() => normalizeFeed(response, { itemsPath: 'payload..rows' })).kind).to.equal('config');
    expect(configError(() => normalizeFeed(response, { timeZone: 'Mars/Olympus' })).message).to.contain('IANA');
  });

  it('refuses __proto__, constructor and prototype in paths and map keys', () => {
    for (const path of ['__proto__', 'payload.__proto__.x', 'constructor.name', 'payload.rows.prototype']) {
      expect(configError(() => normalizeFeed(response, { itemsPath: path })).kind, path).to.equal('config');
      expect(configError(() => normalizeFeed(response, { itemsPath: 'payload.rows', map: { title: path } })).kind, path).to.equal('config');
    }
    expect(configError(() => normalizeFeed(response, { map: '{"__proto__":"heading.text"}' })).kind).to.equal('config');
    // The control: the same lookups with ordinary names do reach the data.
    expect(normalizeFeed(response, { itemsPath: 'payload.rows' }).items.length).to.be.greaterThan(0);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('looks up own properties only: inherited names find nothing', () => {
    const feed = normalizeFeed([{ title: 'Огневая мощь Родины' }], { map: { summary: 'toString', url: 'hasOwnProperty' } });
    expect(feed.items[0].summary).to.equal(undefined);
    expect(feed.items[0].url).to.equal(undefined);
  });
});
