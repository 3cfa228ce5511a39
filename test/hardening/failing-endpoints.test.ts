import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import { clearFeedCache } from '../../src/index.js';

const crossOrigin = (path: string) => {
  const url = new URL(path, location.href);
  url.hostname = 'localhost';
  return url.href;
};

// Each failing endpoint, the typed error it must produce, the Russian line readers see, and
// what the message in `news-error` tells the partner (SRC stands for the absolute src).
const SRC = '{url}';
const CASES: [string, string, string, number | undefined, string, string[]][] = [
  ['404', '/mock/status/404', 'http', 404, 'Сайт новостей сейчас недоступен.', [`No feed at ${SRC} (HTTP 404)`, 'check the src address']],
  ['410', '/mock/status/410', 'http', 410, 'Сайт новостей сейчас недоступен.', [`No feed at ${SRC} (HTTP 410)`, 'check the src address']],
  ['429 with Retry-After', '/mock/status/429?retry-after=900', 'http', 429, 'Сайт новостей сейчас недоступен.', [`${SRC} is limiting requests (HTTP 429)`, 'wait 900 s']],
  ['500', '/mock/status/500', 'http', 500, 'Сайт новостей сейчас недоступен.', [`${SRC} answered HTTP 500`, 'usually temporary']],
  ['503', '/mock/status/503', 'http', 503, 'Сайт новостей сейчас недоступен.', [`${SRC} answered HTTP 503`, 'usually temporary']],
  ['a slow endpoint', '/mock/slow?ms=5000', 'timeout', undefined, 'Сайт новостей отвечает слишком долго.', [`${SRC} did not answer within 1 s`]],
  ['a hung body', '/mock/hang-body', 'timeout', undefined, 'Сайт новостей отвечает слишком долго.', [`${SRC} did not answer within 1 s`]],
  ['a redirect loop', '/mock/redirect-loop', 'network', undefined, 'Нет связи с сайтом новостей. Проверьте подключение к интернету.', [`Could not reach ${SRC}`, 'must send Access-Control-Allow-Origin']],
  ['an HTML login page', '/mock/html-page', 'parse', undefined, 'Сайт новостей прислал не ленту новостей.', ['an HTML page (a login or error page?) instead of a JSON or RSS/Atom feed']],
  ['a JSON API error object', '/mock/api-error', 'shape', undefined, 'Не получилось прочитать ленту новостей.', ['answered with an error instead of items: Your API key is invalid or incorrect.']],
  ['plain text', '/mock/text', 'parse', undefined, 'Сайт новостей прислал не ленту новостей.', ['something that is not JSON, RSS or Atom']],
  ['a CORS refusal', crossOrigin('/test/fixtures/seed/latest.json'), 'network', undefined, 'Нет связи с сайтом новостей. Проверьте подключение к интернету.', [`Could not reach ${SRC}`, 'must send Access-Control-Allow-Origin']],
  ['a body over 5 MB', '/mock/large?mb=6', 'too-large', undefined, 'Лента новостей слишком большая.', [`The feed at ${SRC} is larger than 5120 KB`, 'ask the endpoint for fewer items']],
];

describe('failing endpoints end in a localized state and a typed news-error', () => {
  beforeEach(() => clearFeedCache());

  for (const [name, src, kind, status, message, says] of CASES) {
    it(name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // A 1 s timeout for the two that never answer; the others need the default's room (a redirect loop takes a while).
      const timeout = kind === 'timeout' ? 1 : 10;
      wrapper.innerHTML = `<news-latest-list lang="ru" loading="eager" timeout="${timeout}" src="${src}"><a href="https://sarbaz.example/ru/">Все новости</a></news-latest-list>`;
      const el = wrapper.querySelector('news-latest-list')!;
      const event = await oneEvent(el, 'news-error');
      expect(event.detail.error.kind).to.equal(kind);
      if (status) expect(event.detail.error.status).to.equal(status);
      const absolute = new URL(src, location.href).href;
      for (const words of says) expect(event.detail.error.message).to.contain(words.replace(SRC, absolute));
      await el.updateComplete;
      const state = el.shadowRoot!.querySelector('[part~="status"]')!;
      expect(state.textContent).to.contain('Не удалось загрузить новости.');
      expect(state.textContent).to.contain(message);
      expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });
  }
});
