// One language in one chunk of the ES module build: its UI strings and its date-fns locale.
export { en as messages } from './en.js';
export { enUS as dateLocale } from 'date-fns/locale/en-US';
