import { expect } from '@open-wc/testing';
import { markupOf } from '../support/harness.js';
import { AFTER_PAINT_LOADER } from '../../src/embed/after-paint.js';

interface ProbeWindow extends Window {
  violations: string[];
  errors: string[];
  canary: number;
}

/**
 * What a page's policy refused, but for the Intl warm-up worker (src/data/dates/intl-warmup.ts)
 * on pages whose policy has no `worker-src blob:`: the widget does without it, and the browser
 * reports that one refusal. The after-paint page has the README's policy, which allows it: there,
 * nothing at all may be refused.
 */
function refusedBesidesIntlWorker(violations: string[], page: string): string[] {
  return page.endsWith('csp-after-paint.html') ? violations : violations.filter((violation) => !/^worker-src: blob/.test(violation));
}

async function strictPage(path: string): Promise<{ doc: Document; win: ProbeWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const ready = () => doc.querySelector('news-latest-list')?.shadowRoot?.querySelector('[part~="title"]')
    && doc.querySelector('news-article-card')?.shadowRoot?.querySelector('[part~="body"] p')
    && doc.querySelector('news-source-attribution')?.shadowRoot?.querySelector('[part~="outlet"]');
  // Polls the state itself, with no deadline of its own: the test's timeout bounds it.
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 20));
  return { doc, win: frame.contentWindow as unknown as ProbeWindow };
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', function () {
  it('the after-paint page carries the loader as the snippets write it, under the hash integrity.json gives', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/test/hardening/csp-after-paint.html')).text(), 'text/html');
    expect(page.querySelector('script[data-src]')!.textContent).to.equal(AFTER_PAINT_LOADER);
    const { 'after-paint': hash } = await (await fetch('/dist/integrity.json')).json();
    expect(page.querySelector('meta[http-equiv]')!.getAttribute('content')).to.contain(`script-src 'self' ${hash};`);
  });

  // Whole pages with the IIFE: slow on a busy 2-core machine.
  this.timeout(120_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [page, what] of [
    ['/test/hardening/csp.html', 'renders and works with only the lit-html and news-widgets policies, and nothing is blocked'],
    ['/test/hardening/csp-two-scripts.html', 'with the list script and the all-in script on one page, under the documented policy (\'allow-duplicates\': each copy of Lit creates its lit-html policy), renders and works, and nothing is blocked'],
    ['/test/hardening/csp-after-paint.html', 'loaded by the after-paint loader, allowed by its one hash and its news-widgets-loader policy, renders and works, and nothing is blocked'],
  ]) it(what, async () => {
    const { doc, win } = await strictPage(page);
    const list = doc.querySelector('news-latest-list')!.shadowRoot!;
    expect([...list.querySelectorAll('[part~="title"]')].map((node) => node.textContent)).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции']);
    (list.querySelector('[part~="more"]') as HTMLButtonElement).click();
    await (doc.querySelector('news-latest-list') as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(list.querySelectorAll('[part~="title"]')).to.have.length(3);
    expect(doc.querySelector('news-source-attribution')!.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Sarbaz.kz со ссылкой на Jerusalem Post и Reuters');
    expect(doc.querySelector('news-article-card')!.shadowRoot!.querySelectorAll('[part~="body"] p')).to.have.length(5);
    expect(refusedBesidesIntlWorker(win.violations, page)).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  for (const [page, engine] of [['/test/hardening/csp-hostile.html', 'the browser\'s default engine'], ['/test/hardening/csp-hostile-dompurify.html', 'DOMPurify']]) it(`sanitizes a hostile body under the policy with ${engine}: the text stays, every trick is gone, nothing ran`, async () => {
    const { doc, win } = await strictPage(page);
    const body = doc.querySelector('news-article-card')!.shadowRoot!.querySelector('[part~="body"]')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.canary).to.equal(0);
    expect(body.textContent).to.contain('Ирак и Соединенные Штаты возобновят переговоры');
    expect(body.textContent).to.contain('Нежелание США идти на прямую конфронтацию');
    expect(markupOf(body.querySelector('script, style, form, input, button, iframe, base, meta, svg, math, noscript'))).to.equal(null);
    for (const node of body.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        expect(attribute.name, node.outerHTML).not.to.match(/^on/);
        if (attribute.name === 'href' || attribute.name === 'src') expect(attribute.value, node.outerHTML).to.match(/^https?:\/\//);
      }
      expect(node.hasAttribute('style'), node.outerHTML).to.equal(false);
    }
    const link = body.querySelector<HTMLAnchorElement>('a[href="https://www.jpost.example/x"]')!;
    // The body's own rel is dropped; without link-target the link policy adds none.
    expect(link.getAttribute('rel')).to.equal(null);
    expect(markupOf(doc.getElementById('cookie'))).to.equal(null);
    expect(typeof doc.getElementById).to.equal('function');
    expect(getComputedStyle(doc.body).display).to.equal('block');
    expect(markupOf(doc.querySelector('base'))).to.equal(null);
    // The browser may report the hostile markup it refused while parsing it inertly; never our own
    // code asking for an unlisted Trusted Types policy or an unsafe sink.
    expect(win.violations.filter((violation) => /trusted-types/.test(violation))).to.deep.equal([]);
    expect(refusedBesidesIntlWorker(win.violations, '').filter((violation) => !/trusted-types|^(img|style|script|frame|object|form|base)/.test(violation)), 'nothing but the hostile markup').to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
