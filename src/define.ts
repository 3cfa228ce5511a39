// The script-tag entry: registers every element. Registration is guarded, so including the
// script twice, or beside the other build, is harmless.
export { NewsLatestList } from './components/latest-list/define.js';
