// The script-tag entry of dist/news-latest-list.iife.js: registers <news-latest-list> alone, in
// the page's next task (src/embed/define-later.ts). Registration is guarded, so this script beside
// dist/news-widgets.iife.js (or twice) is harmless.
// Lit's hydration support, before any LitElement class is defined: server-rendered widgets
// (news-widgets/ssr) hydrate in place instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { NewsLatestList } from './components/latest-list/latest-list.js';
import { defineLater } from './embed/define-later.js';

void defineLater({ 'news-latest-list': NewsLatestList });
