import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import type { NewsItem } from '../../src/index.js';

const items: NewsItem[] = [
  { id: '1', title: 'Обеспечить стратегическую безопасность', url: 'https://sarbaz.example/1', rubrics: [{ name: 'В центре внимания' }], cites: [], author: { name: 'admin' }, date: new Date('2026-01-21T13:21:00Z'), image: { url: 'data:,', alt: '' } },
  { id: '2', title: 'Здоровье в приоритете', url: 'https://sarbaz.example/2', rubrics: [{ name: 'Служба' }], cites: [], date: new Date('2026-01-17T14:20:00Z') },
];

// What CSS frameworks and careless host pages do, scoped to .hostile so the other copy is clean.
const HOSTILE_CSS = `
  .hostile ul, .hostile li { list-style: square inside !important; color: #c00 !important; margin: 3em !important; }
  .hostile a { color: #f0f !important; text-decoration: underline wavy !important; font-size: 3rem !important; }
  .hostile h2 { font-size: 5rem !important; text-transform: uppercase !important; }
  .hostile img { width: 20px !important; height: 20px !important; border: 5px solid red !important; }
  .hostile time { display: none !important; }
  .hostile button { background: yellow !important; }
  .hostile * { color: #0a0 !important; line-height: 3 !important; letter-spacing: 0.3em !important; text-transform: uppercase !important;
               text-align: right !important; white-space: nowrap !important; font-style: italic !important; font-weight: 900 !important;
               word-spacing: 1em !important; text-indent: 5em !important; visibility: visible !important; }
`;

/** A screenshot of a light-DOM element: by its rectangle over CDP/BiDi, by its id over WebDriver. */
async function shot(el: Element): Promise<string> {
  const rect = el.getBoundingClientRect();
  el.id ||= `shot-${Math.random().toString(36).slice(2)}`;
  const image = await executeServerCommand<string, { x: number; y: number; width: number; height: number; selector: string }>('screenshot-rect', {
    x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height, selector: `#${el.id}`,
  });
  if (!image) throw new Error('no screenshot');
  return image;
}

describe('hostile and unusual host pages', () => {
  it('host CSS with !important on ul, li, a, h2, img, time and *, RTL, and a 62.5% root font size change nothing but the font', async () => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    const rootSize = document.documentElement.style.fontSize;
    // Each variant is rendered alone at the same spot, so text lands on the same pixel grid.
    const render = async (className: string, dir: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div class=${className} dir=${dir} style="position: absolute; top: 0; left: 0; font: 16px/1.5 sans-serif; width: 420px; background: #fff">
          <news-latest-list lang="ru" time-zone="Asia/Tashkent" .items=${items}></news-latest-list>
        </div>`);
      const el = wrapper.querySelector<NewsLatestList>('news-latest-list')!;
      await el.updateComplete;
      const image = await shot(el);
      wrapper.remove();
      return image;
    };
    try {
      const reference = await render('clean', 'ltr');
      // Compared as booleans: a failing diff of two PNGs in base64 helps nobody.
      expect((await render('hostile', 'ltr')) === reference, 'hostile CSS changed the widget').to.equal(true);
      expect((await render('clean', 'rtl')) === reference, 'an RTL page changed the widget').to.equal(true);
      document.documentElement.style.fontSize = '62.5%';
      expect((await render('clean', 'ltr')) === reference, 'the root font size changed the widget').to.equal(true);
    } finally {
      document.documentElement.style.fontSize = rootSize;
      style.remove();
    }
  });

  it('never styles the host page: the page looks the same with and without a widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><ul><li><a href="#x">ссылка хоста</a></li></ul><h2>Заголовок хоста</h2></div>`);
    const link = wrapper.querySelector('a')!;
    const headStyles = document.head.querySelectorAll('style, link[rel="stylesheet"]').length;
    const before = [getComputedStyle(link).color, getComputedStyle(wrapper.querySelector('h2')!).fontSize, getComputedStyle(wrapper.querySelector('li')!).listStyleType];
    const el = document.createElement('news-latest-list');
    el.items = items;
    wrapper.append(el);
    await el.updateComplete;
    const after = [getComputedStyle(link).color, getComputedStyle(wrapper.querySelector('h2')!).fontSize, getComputedStyle(wrapper.querySelector('li')!).listStyleType];
    expect(after).to.deep.equal(before);
    expect(document.head.querySelectorAll('style, link[rel="stylesheet"]').length).to.equal(headStyles);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });
});
