import { NewsWidgetsBuilder } from './builder-app.js';

if (!customElements.get('news-widgets-builder')) customElements.define('news-widgets-builder', NewsWidgetsBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'news-widgets-builder': NewsWidgetsBuilder;
  }
}
