// One language in one chunk of the ES module build: its UI strings and its date-fns locale.
export { kk as messages } from './kk.js';
export { kk as dateLocale } from 'date-fns/locale/kk';
