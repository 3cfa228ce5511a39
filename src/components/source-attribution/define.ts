import { NewsSourceAttribution } from './source-attribution.js';

export { NewsSourceAttribution };

if (!customElements.get('news-source-attribution')) customElements.define('news-source-attribution', NewsSourceAttribution);

declare global {
  interface HTMLElementTagNameMap {
    'news-source-attribution': NewsSourceAttribution;
  }
}
