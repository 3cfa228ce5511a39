/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { CSSResult } from 'lit';
import { WIDGET_TAGS, type WidgetTag } from './render.js';

/** The text of the `<style>` Lit's server renderer writes into an element's declarative shadow root. */
export function shadowStyleText(tag: WidgetTag): string {
  const element = customElements.get(tag) as unknown as { observedAttributes: string[]; elementStyles: CSSResult[] };
  // Reading observedAttributes finalizes the class, which collects its styles.
  void element.observedAttributes;
  return element.elementStyles.map((style) => style.cssText).join('');
}

/**
 * CSP hash sources for those `<style>`s, one per element (the card's carries the attribution's
 * too), for `style-src`: a page with a strict policy shows server-rendered widgets styled before
 * any script runs. The build writes them to dist/integrity.json.
 */
export function styleHashes(): Record<WidgetTag, string> {
  const hashes = {} as Record<WidgetTag, string>;
  for (const tag of WIDGET_TAGS) hashes[tag] = `'sha256-${createHash('sha256').update(shadowStyleText(tag)).digest('base64')}'`;
  return hashes;
}
