import { expect } from '@open-wc/testing';
import { normalizeFeed } from '../../src/index.js';

declare global {
  interface Window { canary?: number }
}

describe('normalizeFeed: hostile input', () => {
  beforeEach(() => { window.canary = 0; });

  it('keeps markup in titles as text and runs nothing', async () => {
    const feed = normalizeFeed([
      { title: '<img src=x onerror="window.canary=1">Небесный <b>щит</b>', summary: '<script>window.canary=2</script>Текст' },
      { title: '&lt;script&gt;window.canary=3&lt;/script&gt;', url: 'https://outlet.example/a' },
    ]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(feed.items[0].title).to.equal('Небесный щит');
    expect(feed.items[0].summary).to.equal('Текст');
    // Entities are decoded once: the title reads as the code it shows, and stays text.
    expect(feed.items[1].title).to.equal('<script>window.canary=3</script>');
    expect(window.canary).to.equal(0);
  });

  it('keeps only http(s) URLs, however they are disguised', () => {
    const bad = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:alert(1)',
      'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>', 'file:///etc/passwd', 'blob:https://x/y'];
    const feed = normalizeFeed(bad.map((url, index) => ({
      title: `item ${index}`, url, image: url, author: { name: 'a', url }, category: { name: 'c', url }, source: { name: 's', url },
    })));
    expect(feed.items).to.have.length(bad.length);
    for (const item of feed.items) {
      expect(item.url, item.title).to.equal(undefined);
      expect(item.image).to.equal(undefined);
      expect(item.author).to.deep.equal({ name: 'a' });
      expect(item.rubrics).to.deep.equal([{ name: 'c' }]);
      expect(item.outlet).to.deep.equal({ name: 's' });
    }
  });

  it('drops or converts wrong types quietly', () => {
    const feed = normalizeFeed([
      { title: 'Первый в строю', url: 42, date: { when: 'today' }, author: ['admin', 'other'], category: 7, summary: ['a'], body: { html: 1 }, image: 12, id: { x: 1 } },
      { title: 12345 },
      { title: ['array'] },
      { title: { nested: 'object' } },
      { title: null },
      { title: true },
    ]);
    expect(feed.items.map((item) => item.title)).to.deep.equal(['Первый в строю', '12345']);
    const [first] = feed.items;
    expect(first).to.deep.equal({ id: 'Первый в строю|', title: 'Первый в строю', rubrics: [{ name: '7' }], cites: [], author: { name: 'admin' } });
  });

  it('reads 10,000 items but keeps at most maxItems', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => ({ title: `Новость ${index}`, url: `https://outlet.example/${index}`, date: 1768999260 + index }));
    expect(normalizeFeed(items).items).to.have.length(1000);
    expect(normalizeFeed(items, { maxItems: 10_000 }).items).to.have.length(10_000);
  });

  it('survives deep nesting and 5 MB strings', () => {
    let deep: Record<string, unknown> = { title: 'bottom' };
    for (let depth = 0; depth < 5000; depth++) deep = { next: deep };
    const huge = 'Ж'.repeat(5 * 1024 * 1024);
    const feed = normalizeFeed([{ title: huge, summary: `<p>${huge}</p>`, url: `https://outlet.example/${huge}`, extra: deep }]);
    expect(feed.items[0].title.length).to.be.at.most(2000);
    expect(feed.items[0].summary!.length).to.be.at.most(20_000);
    expect(feed.items[0].url).to.equal(undefined);
    expect(() => normalizeFeed(deep)).to.throw().with.property('kind', 'shape');
  });

  it('ignores __proto__ and constructor keys in data and pollutes nothing', () => {
    // The control: the same object under an ordinary key is walked into and read by the map.
    const control = normalizeFeed(JSON.parse('[{"title":"Вспомнить хорошо забытое","meta":{"url":"https://outlet.example/a"}}]'), { map: { url: 'meta.url' } });
    expect(control.items[0].url).to.equal('https://outlet.example/a');
    const feed = normalizeFeed(JSON.parse('[{"title":"Вспомнить хорошо забытое","__proto__":{"polluted":1,"url":"https://evil.example"},"constructor":{"prototype":{"polluted":2}},"author":{"name":"Ануар","__proto__":{"polluted":3}},"profile":"https://outlet.example/a"}]'), { map: { 'author.url': 'profile' } });
    expect(feed.items[0].url).to.equal(undefined);
    expect(feed.items[0].author).to.deep.equal({ name: 'Ануар', url: 'https://outlet.example/a' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(feed.items[0])).to.equal(Object.prototype);
  });

  it('makes duplicate ids unique', () => {
    const feed = normalizeFeed([{ id: 7, title: 'a' }, { id: 7, title: 'b' }, { id: '7', title: 'c' }]);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['7', '7#2', '7#3']);
  });

  it('keeps bidi controls as text (they cannot run) and does not crash on 2,000-character words', () => {
    const feed = normalizeFeed([{ title: `\u202Egnp.exe\u202C ${'Ы'.repeat(2000)}` }]);
    expect(feed.items[0].title.startsWith('\u202E')).to.equal(true);
  });
});

describe('normalizeFeed: API error objects', () => {
  it('passes a wrapped Guardian error message on', () => {
    expect(() => normalizeFeed({ response: { status: 'error', message: 'The api-key provided is invalid' } }))
      .to.throw('The api-key provided is invalid').with.property('kind', 'shape');
  });
});
