// The builder page's script (dist/builder/builder.js, served by the edge at /v<version>/builder/):
// reads the edge's configuration from the page, restores the permalink's state, and keeps the
// address bar's query in step with every change. Browser only; it imports nothing of the edge.
import './define.js';
import { CONFIG_ID, type BuilderConfig } from './config.js';
import { stateFromQuery } from './state.js';

const config = JSON.parse(document.getElementById(CONFIG_ID)?.textContent ?? 'null') as BuilderConfig | null;
const builder = document.querySelector('news-widgets-builder');
if (config && builder) {
  builder.state = stateFromQuery(new URLSearchParams(location.search), config.feeds.map((feed) => feed.name));
  builder.config = config;
  document.documentElement.lang = builder.ui;
  // No inline style under the page's CSP: the CSSOM sets what the page needs.
  document.body.style.margin = '0';
  builder.addEventListener('builder-change', () => {
    const query = builder.permalink().split('?')[1];
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  });
  new MutationObserver(() => (document.documentElement.lang = builder.ui)).observe(builder, { attributes: true, attributeFilter: ['lang'] });
}
