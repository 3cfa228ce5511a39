// The script-tag entry: registers every element. Registration is guarded, so including the
// script twice, or beside the other build, is harmless.
export { NewsLatestList } from './components/latest-list/define.js';
export { NewsArticleCard } from './components/article-card/define.js';
export { NewsSourceAttribution } from './components/source-attribution/define.js';
