import { NewsLatestList } from './latest-list.js';

export { NewsLatestList };

if (!customElements.get('news-latest-list')) customElements.define('news-latest-list', NewsLatestList);

declare global {
  interface HTMLElementTagNameMap {
    'news-latest-list': NewsLatestList;
  }
}
