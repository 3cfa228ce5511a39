import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import { clearFeedCache } from '../../src/index.js';

const crossOrigin = (path: string) => {
  const url = new URL(path, location.href);
  url.hostname = 'localhost';
  return url.href;
};

// Each failing endpoint, the typed error it must produce, and the Russian line readers see.
const CASES: [string, string, string, number | undefined, string][] = [
  ['404', '/mock/status/404', 'http', 404, 'Сайт новостей сейчас недоступен.'],
  ['410', '/mock/status/410', 'http', 410, 'Сайт новостей сейчас недоступен.'],
  ['429 with Retry-After', '/mock/status/429?retry-after=900', 'http', 429, 'Сайт новостей сейчас недоступен.'],
  ['500', '/mock/status/500', 'http', 500, 'Сайт новостей сейчас недоступен.'],
  ['503', '/mock/status/503', 'http', 503, 'Сайт новостей сейчас недоступен.'],
  ['a slow endpoint', '/mock/slow?ms=5000', 'timeout', undefined, 'Сайт новостей отвечает слишком долго.'],
  ['a hung body', '/mock/hang-body', 'timeout', undefined, 'Сайт новостей отвечает слишком долго.'],
  ['a redirect loop', '/mock/redirect-loop', 'network', undefined, 'Нет связи с сайтом новостей. Проверьте подключение к интернету.'],
  ['an HTML login page', '/mock/html-page', 'parse', undefined, 'Сайт новостей прислал не ленту новостей.'],
  ['a JSON API error object', '/mock/api-error', 'shape', undefined, 'Не получилось прочитать ленту новостей.'],
  ['plain text', '/mock/text', 'parse', undefined, 'Сайт новостей прислал не ленту новостей.'],
  ['a CORS refusal', crossOrigin('/test/fixtures/seed/latest.json'), 'network', undefined, 'Нет связи с сайтом новостей. Проверьте подключение к интернету.'],
  ['a body over 5 MB', '/mock/large?mb=6', 'too-large', undefined, 'Лента новостей слишком большая.'],
];

describe('failing endpoints end in a localized state and a typed news-error', () => {
  beforeEach(() => clearFeedCache());

  for (const [name, src, kind, status, message] of CASES) {
    it(name, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // A 1 s timeout for the two that never answer; the others need the default's room (a redirect loop takes a while).
      const timeout = kind === 'timeout' ? 1 : 10;
      wrapper.innerHTML = `<news-latest-list lang="ru" loading="eager" timeout="${timeout}" src="${src}"><a href="https://sarbaz.example/ru/">Все новости</a></news-latest-list>`;
      const el = wrapper.querySelector('news-latest-list')!;
      const event = await oneEvent(el, 'news-error');
      expect(event.detail.error.kind).to.equal(kind);
      if (status) expect(event.detail.error.status).to.equal(status);
      expect(event.detail.error.message.length, 'an actionable message for the partner').to.be.greaterThan(20);
      await el.updateComplete;
      const state = el.shadowRoot!.querySelector('[part~="status"]')!;
      expect(state.textContent).to.contain('Не удалось загрузить новости.');
      expect(state.textContent).to.contain(message);
      expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });
  }
});
