// The script-tag entry of dist/news-latest-list.iife.js: registers <news-latest-list> alone.
// Registration is guarded, so this script beside dist/news-widgets.iife.js (or twice) is harmless.
import './components/latest-list/define.js';
