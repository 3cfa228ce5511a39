// The script-tag entry: registers every element. Registration is guarded, so including the
// script twice, or beside the other build, is harmless.
// Lit's hydration support, before any LitElement class is defined: server-rendered widgets
// (news-widgets/ssr) hydrate in place instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { NewsLatestList } from './components/latest-list/define.js';
export { NewsArticleCard } from './components/article-card/define.js';
export { NewsSourceAttribution } from './components/source-attribution/define.js';
