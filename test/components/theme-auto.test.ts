import { expect } from '@open-wc/testing';

/**
 * theme="auto" inside a frame whose element asks for `color-scheme`: the frame's
 * prefers-color-scheme follows it, in Chromium and Firefox alike (no CDP media emulation needed).
 */
async function autoThemeBackground(scheme: 'light' | 'dark'): Promise<string> {
  const frame = document.createElement('iframe');
  frame.style.colorScheme = scheme;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="ru"><head><script src="/dist/news-widgets.iife.js"></script></head>
    <body><news-latest-list theme="auto" heading="Тема"></news-latest-list><news-latest-list theme="light"></news-latest-list></body></html>`;
  document.body.append(frame);
  await loaded;
  const [auto, light] = [...frame.contentDocument!.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('news-latest-list')];
  await auto.updateComplete;
  const view = frame.contentWindow!;
  expect(view.getComputedStyle(light).backgroundColor, 'theme="light" ignores the scheme').to.equal('rgba(0, 0, 0, 0)');
  const background = view.getComputedStyle(auto).backgroundColor;
  frame.remove();
  return background;
}

describe('theme="auto"', () => {
  it('is light in a light color scheme and dark in a dark one', async () => {
    expect(await autoThemeBackground('light')).to.equal('rgba(0, 0, 0, 0)');
    expect(await autoThemeBackground('dark')).to.equal('rgb(22, 27, 34)');
  });
});
