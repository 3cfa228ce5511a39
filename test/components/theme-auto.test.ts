import { expect } from '@open-wc/testing';

/**
 * theme="auto" inside a frame whose element asks for `color-scheme`: the frame's
 * prefers-color-scheme follows it, in Chromium and Firefox alike (no CDP media emulation needed).
 */
async function autoThemeBackground(scheme: 'light' | 'dark'): Promise<string | undefined> {
  const frame = document.createElement('iframe');
  frame.style.colorScheme = scheme;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="ru"><head><script src="/dist/news-widgets.iife.js"></script></head>
    <body><news-latest-list theme="auto" heading="Тема"></news-latest-list><news-latest-list theme="light"></news-latest-list></body></html>`;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  // The script registers its elements in the page's next task (src/embed/define-later.ts).
  await view.customElements.whenDefined('news-latest-list');
  const [auto, light] = [...frame.contentDocument!.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('news-latest-list')];
  await auto.updateComplete;
  // WebKit does not let the frame's color-scheme set prefers-color-scheme inside it, and its
  // WebDriver has no media emulation: there the scheme cannot be chosen at all.
  if (view.matchMedia('(prefers-color-scheme: dark)').matches !== (scheme === 'dark')) {
    frame.remove();
    return undefined;
  }
  expect(view.getComputedStyle(light).backgroundColor, 'theme="light" ignores the scheme').to.equal('rgba(0, 0, 0, 0)');
  const background = view.getComputedStyle(auto).backgroundColor;
  frame.remove();
  return background;
}

describe('theme="auto"', () => {
  it('is light in a light color scheme and dark in a dark one (skipped where a page cannot choose its scheme)', async function () {
    const light = await autoThemeBackground('light');
    const dark = await autoThemeBackground('dark');
    if (light === undefined || dark === undefined) this.skip();
    expect(light).to.equal('rgba(0, 0, 0, 0)');
    expect(dark).to.equal('rgb(22, 27, 34)');
  });
});
