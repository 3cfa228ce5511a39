// The script-tag entry: registers every element (guarded, so a second copy is harmless)
// and exposes the data layer for pages that want it.
export * from './index.js';
