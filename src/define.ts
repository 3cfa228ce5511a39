// The script-tag entry: registers every element (guarded, so a second copy is harmless)
// and exposes the data layer and element classes for pages that want them.
import './components/latest-list/define.js';

export * from './index.js';
