// Feeds that are not well-formed, read as the edge reads them (decodeFeedBody, then normalizeFeed
// with nodeParsers, from the built package). Each fixture in test/fixtures/recovery/ is a class of
// defect; content-types.json says what it is served with. The browsers must read each exactly as
// recorded in readings.json (test/data/recovery.test.ts checks that, so both read the same items).
// `UPDATE_READINGS=1 node --test test/node/recovery.test.mjs` records them again.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decodeFeedBody } from '../../dist/lib/data/fetch/http.js';
import { normalizeFeed } from '../../dist/lib/data/read/normalize.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';

const FOLDER = new URL('../fixtures/recovery/', import.meta.url);
const types = JSON.parse(readFileSync(new URL('content-types.json', FOLDER), 'utf8'));
const READINGS = new URL('readings.json', FOLDER);
const plain = (feed) => JSON.parse(JSON.stringify(feed));

/** A fixture as the edge reads it: its bytes decoded by its Content-Type, read with Node's parsers. */
export function readFixture(name) {
  const { text, recovered } = decodeFeedBody(readFileSync(new URL(name, FOLDER)), types[name]);
  const feed = normalizeFeed(text, { url: `https://fixtures.example/recovery/${name}`, parsers: nodeParsers });
  if (recovered) feed.recovered = true;
  return plain(feed);
}

if (process.env.UPDATE_READINGS) {
  writeFileSync(READINGS, `${JSON.stringify(Object.fromEntries(Object.keys(types).map((name) => [name, readFixture(name)])), null, 2)}\n`);
}
const readings = JSON.parse(readFileSync(READINGS, 'utf8'));
const feed = (name) => readings[name];
const titles = (name) => feed(name).items.map((item) => item.title);

describe('recovery in Node: feeds that are not well-formed, read as feed readers read them', () => {
  for (const name of Object.keys(types)) {
    it(`reads ${name} as recorded`, () => assert.deepEqual(readFixture(name), readings[name]));
  }

  it('drops control characters XML forbids', () => {
    assert.deepEqual(titles('rss-control-chars.xml'), ['Уборка урожая завершена', 'Второй материал']);
    assert.equal(feed('rss-control-chars.xml').title, 'Вести региона');
    assert.equal(feed('rss-control-chars.xml').recovered, true);
  });

  it('reads past a PHP warning after </rss> and a notice before JSON, and names a JSON feed by site.name', () => {
    assert.deepEqual(titles('rss-php-warning.xml'), ['Открыт новый парк', 'Ремонт дорог']);
    assert.deepEqual(titles('json-php-notice.json'), ['Учения завершены', 'Новая техника']);
    assert.equal(feed('json-php-notice.json').title, 'Sarbaz.kz');
    assert.equal(feed('json-publisher-name.json').title, 'Егемен Қазақстан');
    assert.equal(feed('json-publisher-name.json').recovered, undefined);
  });

  it('binds well-known prefixes nobody declared and ignores unknown ones', () => {
    const [first, second] = feed('rss-undeclared-prefixes.xml').items;
    assert.deepEqual(first.author, { name: 'Айгуль Сеитова' });
    assert.equal(first.image.url, 'https://agg.example/img/1.jpg');
    assert.equal(first.bodyHtml, '<p>Полный текст.</p>');
    assert.equal(second.date, '2026-01-21T10:00:00.000Z');
  });

  it('takes raw HTML in description, content:encoded and summary as HTML', () => {
    const [first, second] = feed('rss-raw-html.xml').items;
    assert.equal(first.summary, 'Строка вторая абзац без конца жирный');
    assert.match(first.bodyHtml, /^<p>Тело<br><p>ещё абзац <a href="https:\/\/blog\.example\/x\?a=1&(amp;)?b=2">ссылка<\/a>/);
    assert.equal(second.summary, 'Обычный текст');
    const [entry] = feed('atom-raw-html.xml').items;
    assert.equal(entry.summary, 'First line second unclosed');
    assert.match(entry.bodyHtml, /^Body <img src="https:\/\/atom\.example\/1\.jpg"><br>$/);
  });

  it('keeps the complete items of a cut body and the feed title, drops the cut item', () => {
    assert.deepEqual(titles('rss-truncated.xml'), ['Полный материал один', 'Полный материал два']);
    assert.equal(feed('rss-truncated.xml').title, 'Лента новостей');
    assert.deepEqual(titles('atom-missing-last-gt.xml'), ['Only entry']);
    assert.deepEqual(titles('json-truncated.json'), ['Complete one', 'Complete two']);
  });

  it('ends an unclosed CDATA section at its element, or drops the item it cut', () => {
    assert.deepEqual(titles('rss-unclosed-cdata.xml'), ['Закрытый', 'Незакрытый']);
    assert.equal(feed('rss-unclosed-cdata.xml').items[1].summary, 'Секция не закрыта');
  });

  it('reads UTF-8 labelled windows-1251 as UTF-8, and windows-1251 and KOI8-R as before', () => {
    assert.deepEqual(titles('rss-utf8-labelled-1251.xml'), ['Здоровье в приоритете']);
    assert.equal(feed('rss-utf8-labelled-1251.xml').recovered, true);
    assert.deepEqual(titles('rss-windows-1251.xml'), ['Здоровье в приоритете']);
    assert.equal(feed('rss-windows-1251.xml').items[0].summary, '«Ёлочки» — и тире');
    assert.equal(feed('rss-windows-1251.xml').recovered, undefined);
    assert.deepEqual(titles('rss-koi8-r.xml'), ['Привет из KOI8-R']);
    assert.equal(feed('rss-koi8-r.xml').recovered, undefined);
  });

  it('reads HTML entities and bare ampersands in text and in attributes', () => {
    const reading = feed('rss-entities-attributes.xml');
    assert.equal(reading.title, '«Вечерний» город');
    assert.equal(reading.homeUrl, 'https://eve.example/?a=1&b=2');
    const [item] = reading.items;
    assert.equal(item.title, 'Цены\u00a0— вниз'.replace('\u00a0', ' '));
    assert.equal(item.url, 'https://eve.example/news?id=1&ref=rss');
    assert.equal(item.image.url, 'https://eve.example/img.jpg?w=800&h=450&q=80');
    assert.deepEqual(item.cites, [{ name: 'AT&T © источник', url: 'https://eve.example/src?x=1&y=2' }]);
  });

  it('titles an item that has only media:title, and links an Atom 0.3 author by <url>', () => {
    assert.deepEqual(titles('rss-media-title.xml'), ['Репортаж с места событий', 'Второй ролик']);
    const [entry, second] = feed('atom03-author-url.xml').items;
    assert.deepEqual(entry.author, { name: 'Erlan Entry', url: 'https://old.example/erlan' });
    assert.deepEqual(second.author, { name: 'Dana Old', url: 'https://old.example/about' });
  });

  it('still refuses an HTML page, an empty body and a binary body with the same errors', () => {
    const refusal = (text) => {
      try {
        normalizeFeed(text, { parsers: nodeParsers });
      } catch (error) {
        return `${error.name} ${error.kind} ${error.message}`;
      }
      return 'read';
    };
    assert.match(refusal('<!DOCTYPE html><html><body><form>Login</form></body></html>'), /^FeedError parse .*HTML page/);
    assert.match(refusal('<br />\n<b>Warning</b>: x<br />\n<!DOCTYPE html><html><body>{"a":1}</body></html>'), /^FeedError parse /);
    assert.match(refusal('  \n '), /^FeedError parse .*empty body/);
    const binary = new TextDecoder().decode(Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 256));
    assert.match(refusal(binary), /^FeedError parse .*not JSON, RSS or Atom/);
    assert.match(refusal('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\b\x06\0\0\0\x1f\xf3\xffa\n[1]\n'), /^FeedError parse /);
  });
});
