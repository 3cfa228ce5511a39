import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult, CSSResultOrNative } from 'lit';
import { styles as carouselStyles } from '../../src/components/latest-list/carousel.js';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { NewsArticleCard, NewsLatestList as LatestList, NewsSourceAttribution, type NewsItem } from '../../src/index.js';
import { styles as tickerStyles } from '../../src/components/latest-list/ticker.js';
import { shadow } from '../support/harness.js';

interface Declaration { tagName?: string; cssProperties?: { name: string }[] }
interface Manifest { modules: { declarations?: Declaration[] }[] }

const ITEMS: NewsItem[] = [1, 2, 3].map((index) => ({
  id: `p${index}`, title: `Новость ${index}`, url: `https://outlet.example/${index}`, rubrics: [{ name: 'Служба' }], cites: [],
}));

const sheetText = (sheet: CSSResultOrNative) => ('cssText' in sheet ? sheet.cssText : [...(sheet as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'));

/** The CSS of a class's static `styles`. */
const staticCss = (styles: CSSResultOrNative | CSSResultOrNative[] | undefined) => ([styles ?? []].flat(Infinity as 1) as CSSResultOrNative[]).map(sheetText).join('\n');

/** The CSS a rendered element's shadow root holds now: its adopted sheets (and any <style>, where a browser had to fall back to them). */
function renderedCss(el: Element): string {
  const root = shadow(el);
  return [...root.adoptedStyleSheets.map(sheetText), ...[...root.querySelectorAll('style')].map((style) => style.textContent)].join('\n');
}

/** Every public `--news-*` custom property the CSS reads (private `--_x` ones are not API). */
const propertiesRead = (css: string) => new Set([...css.matchAll(/var\(\s*(--news-[a-z0-9-]+)/g)].map((match) => match[1]));

/** Private `--_x` properties the CSS reads that it never sets: they would resolve to nothing. */
const privateUnset = (css: string) => [...new Set([...css.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)].map((match) => match[1]))]
  .filter((name) => !new RegExp(`${name}\\s*:`).test(css));

let documented: Map<string, Set<string>>;

async function documentedIn(tag: string): Promise<Set<string>> {
  if (!documented) {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
    documented = new Map(manifest.modules.flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName!, new Set((declaration.cssProperties ?? []).map((property) => property.name))]));
  }
  return documented.get(tag) ?? new Set();
}

describe('custom properties', () => {
  it('every --news-* property a stylesheet uses is documented with @cssprop in the manifest', async () => {
    for (const [tag, element] of [['news-latest-list', LatestList], ['news-article-card', NewsArticleCard], ['news-source-attribution', NewsSourceAttribution]] as const) {
      const used = propertiesRead(staticCss(element.styles));
      expect(used.size, tag).to.be.greaterThan(5);
      const known = await documentedIn(tag);
      expect([...used].filter((name) => !known.has(name)), `${tag} uses these without @cssprop`).to.deep.equal([]);
    }
  });

  // The ticker's and carousel's sheets come with their modules, after the first render: read them where they end up.
  for (const [layout, own] of [['ticker', tickerStyles], ['carousel', carouselStyles]] as const) {
    it(`the ${layout} layout's own sheets, loaded with it, use only documented --news-* properties and private ones the list sets`, async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list layout=${layout} lang="en" .items=${ITEMS}></news-latest-list>`);
      await el.updateComplete;
      const adopted = shadow(el).adoptedStyleSheets;
      for (const sheet of own) expect(adopted, `the ${layout} module's sheets in the shadow root`).to.include(sheet instanceof CSSStyleSheet ? sheet : (sheet as CSSResult).styleSheet);
      const css = renderedCss(el);
      const known = await documentedIn('news-latest-list');
      expect([...propertiesRead(css)].filter((name) => !known.has(name)), `layout="${layout}" uses these without @cssprop`).to.deep.equal([]);
      expect(privateUnset(css), `layout="${layout}" reads these private properties, set nowhere`).to.deep.equal([]);
    });
  }
});
