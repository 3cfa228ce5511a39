import { NewsArticleCard } from './article-card.js';
// The card renders <news-source-attribution>.
import '../source-attribution/define.js';

export { NewsArticleCard };

if (!customElements.get('news-article-card')) customElements.define('news-article-card', NewsArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
