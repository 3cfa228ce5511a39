// The script-tag entry of dist/news-widgets.iife.js: registers every element, in the page's next
// task (src/embed/define-later.ts); the classes are the `NewsWidgets` global's at once. The
// package's `news-widgets/define` (src/define.ts) still registers them as it is imported.
// Registration is guarded, so including the script twice, or beside the other build, is harmless.
// Lit's hydration support, before any LitElement class is defined: server-rendered widgets
// (news-widgets/ssr) hydrate in place instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { NewsArticleCard } from './components/article-card/article-card.js';
import { NewsLatestList } from './components/latest-list/latest-list.js';
import { NewsSourceAttribution } from './components/source-attribution/source-attribution.js';
import { defineLater } from './embed/define-later.js';

export { NewsLatestList, NewsArticleCard, NewsSourceAttribution };

void defineLater({ 'news-latest-list': NewsLatestList, 'news-source-attribution': NewsSourceAttribution, 'news-article-card': NewsArticleCard });
