// The script-tag entry of dist/news-latest-list.iife.js: registers <news-latest-list> alone.
// Registration is guarded, so this script beside dist/news-widgets.iife.js (or twice) is harmless.
// Lit's hydration support, before any LitElement class is defined: server-rendered widgets
// (news-widgets/ssr) hydrate in place instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './components/latest-list/define.js';
