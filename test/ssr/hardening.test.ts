import { expect } from '@open-wc/testing';
import { loadScript, page, serverRendered, settled } from './support.js';
import { markupOf, texts } from '../support/harness.js';

// Server-rendered widgets on hostile ground: a host page with a strict Content-Security-Policy
// (with and without the published style hashes) and feeds full of markup and bad URLs.
const ZONE = 'Asia/Tashkent';
const PAGE_TIMEOUT_MS = 120_000;

interface ProbeWindow extends Window {
  violations: string[];
  errors: string[];
  canary: number;
}

/**
 * The strict policy of test/hardening/csp.html, with `style-src` extended by `styleHashes`. The
 * pages are srcdoc frames, where Firefox matches no URL to 'self': this origin is named instead.
 */
function strictHead(styleHashes: string[]): string {
  const self = `'self' ${location.origin}`;
  const policy = `default-src ${self}; script-src ${self}; style-src ${self} ${styleHashes.join(' ')}; img-src ${self} https: data:; connect-src ${self}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html news-widgets`;
  return `<meta http-equiv="Content-Security-Policy" content="${policy}"><script src="/test/hardening/csp-probe.js"></script>`;
}

const publishedHashes = async (): Promise<string[]> => (await (await fetch('/dist/integrity.json')).json())['style-src'];

async function listAndCard(extra: Record<string, string> = {}): Promise<string> {
  return (await serverRendered('news-latest-list', 'seed/latest.json', { lang: 'ru', limit: '3', 'time-zone': ZONE, ...extra }))
    + (await serverRendered('news-article-card', 'seed/article.json', { lang: 'ru', 'time-zone': ZONE, 'show-body': '', ...extra }));
}

const styled = (host: Element) => host.ownerDocument.defaultView!.getComputedStyle(host.shadowRoot!.querySelector('[part~="rubric"]')!).backgroundColor !== 'rgba(0, 0, 0, 0)';

describe('server-rendered widgets under a strict Content-Security-Policy', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** The page as the server sent it; with `script`, the IIFE after the widgets (a parsed script: no Trusted Types sink). */
  async function strictPage(hashes: string[], script: boolean) {
    const tag = script ? '<script src="/dist/news-widgets.iife.js"></script>' : '';
    const frame = await page((await listAndCard()) + tag, { head: strictHead(hashes), css: '' });
    const hosts = [...frame.contentDocument!.querySelectorAll('news-latest-list, news-article-card')];
    if (script) for (const host of hosts) await settled(host);
    return { win: frame.contentWindow as unknown as ProbeWindow, hosts };
  }

  it('with the published style hashes: styled before any script, nothing blocked', async () => {
    const { win, hosts } = await strictPage(await publishedHashes(), false);
    expect(hosts.map(styled)).to.deep.equal([true, true]);
    expect(texts(hosts[0], 'title')).to.have.length(3);
    expect(win.violations).to.deep.equal([]);
  });

  it('with them and the script: hydrated under Trusted Types, nothing blocked', async () => {
    const { win, hosts } = await strictPage(await publishedHashes(), true);
    expect(texts(hosts[0], 'title')).to.have.length(3);
    expect(hosts[1].shadowRoot!.querySelectorAll('[part~="body"] p')).to.have.length(5);
    expect(hosts.map(styled)).to.deep.equal([true, true]);
    // But the Intl warm-up worker, which this policy (no worker-src blob:) refuses and the widgets do without.
    expect(win.violations.filter((violation) => !/^worker-src: blob/.test(violation))).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('without them: the headlines show unstyled, and take their styles when the script hydrates them', async () => {
    const before = await strictPage([], false);
    expect(before.hosts.map(styled)).to.deep.equal([false, false]);
    expect(texts(before.hosts[0], 'title')).to.have.length(3);
    // What is reported is the blocked <style> (WebKit blocks it without a securitypolicyviolation event).
    expect(before.win.violations.every((violation) => violation.startsWith('style-src')), before.win.violations.join('\n')).to.equal(true);
    const after = await strictPage([], true);
    expect(after.hosts.map(styled)).to.deep.equal([true, true]);
    expect(texts(after.hosts[0], 'title')).to.have.length(3);
    expect(after.win.errors).to.deep.equal([]);
  });
});

describe('hostile feeds on the server-rendering path', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** What every hostile case must hold: nothing ran, only safe URLs, no markup from the feed. */
  function expectSafe(win: ProbeWindow, host: Element): void {
    expect(win.canary, 'a payload executed').to.equal(0);
    expect(win.errors, 'uncaught errors').to.deep.equal([]);
    const roots = [host.shadowRoot!, ...[...host.shadowRoot!.querySelectorAll('news-source-attribution')].map((inner) => inner.shadowRoot!)];
    for (const root of roots) {
      for (const node of root.querySelectorAll('[href], [src]')) expect(node.getAttribute('href') ?? node.getAttribute('src'), node.outerHTML).to.match(/^https?:\/\//);
      for (const node of root.querySelectorAll('*')) for (const { name } of node.attributes) expect(name, node.outerHTML).not.to.match(/^on/);
      expect(markupOf(root.querySelector('script, iframe, object, embed, form, base, meta'))).to.equal(null);
      expect(root.querySelectorAll('style'), 'only the server’s own <style>').to.have.length(1);
    }
    expect([...host.querySelectorAll('script')].map((script) => script.type)).to.deep.equal(['application/json']);
  }

  it('titles, rubrics, authors, leads, sources and URLs: text and http(s) only, before and after hydration', async () => {
    const head = '<script src="/test/hardening/csp-probe.js"></script>';
    const body = (await serverRendered('news-latest-list', 'ssr/hostile-items.json', { lang: 'ru', limit: '100', 'show-images': '' }))
      + (await serverRendered('news-article-card', 'hostile/article-body.json', { lang: 'ru', 'show-body': '' }));
    const frame = await page(body, { head });
    const win = frame.contentWindow as unknown as ProbeWindow;
    const [list, card] = [...frame.contentDocument!.querySelectorAll('news-latest-list, news-article-card')];
    const titles = texts(list, 'title');
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
    expectSafe(win, list);
    expectSafe(win, card);
    expect(titles).to.include('<img src=x onerror="window.canary=1">');
    expect(getComputedStyle(frame.contentDocument!.body).display).to.equal('block');
    await loadScript(frame);
    for (const host of [list, card]) await settled(host);
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
    expectSafe(win, list);
    expectSafe(win, card);
    expect(texts(list, 'title')).to.deep.equal(titles);
    // The body, rendered by the browser after hydration, sanitized as ever.
    const articleBody = card.shadowRoot!.querySelector('[part~="body"]')!;
    expect(articleBody.textContent).to.contain('Ирак и Соединенные Штаты возобновят переговоры');
    expect(markupOf(articleBody.querySelector('script, style, form, iframe, svg'))).to.equal(null);
  });
});
