import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import { NewsArticleCard, NewsLatestList, NewsSourceAttribution } from '../../src/index.js';

interface Declaration { tagName?: string; cssProperties?: { name: string }[] }
interface Manifest { modules: { declarations?: Declaration[] }[] }

/** Every public `--news-*` custom property a stylesheet reads (private `--_x` ones are not API). */
function propertiesUsed(styles: CSSResultOrNative | CSSResultOrNative[] | undefined): Set<string> {
  const sheets = [styles ?? []].flat(Infinity as 1) as CSSResultOrNative[];
  const text = sheets.map((sheet) => ('cssText' in sheet ? sheet.cssText : [...(sheet as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'))).join('\n');
  return new Set([...text.matchAll(/var\(\s*(--news-[a-z0-9-]+)/g)].map((match) => match[1]));
}

describe('custom properties', () => {
  it('every --news-* property a stylesheet uses is documented with @cssprop in the manifest', async () => {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
    const documented = new Map(manifest.modules.flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName!, new Set((declaration.cssProperties ?? []).map((property) => property.name))]));
    for (const [tag, element] of [['news-latest-list', NewsLatestList], ['news-article-card', NewsArticleCard], ['news-source-attribution', NewsSourceAttribution]] as const) {
      const used = propertiesUsed(element.styles);
      expect(used.size, tag).to.be.greaterThan(5);
      const missing = [...used].filter((name) => !documented.get(tag)?.has(name));
      expect(missing, `${tag} uses these without @cssprop`).to.deep.equal([]);
    }
  });
});
