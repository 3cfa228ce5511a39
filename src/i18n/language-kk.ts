// One language whole, its UI strings and its date-fns locale, for all-languages.ts (widgets load the two apart, as needed).
export { kk as messages } from './kk.js';
export { kk as dateLocale } from 'date-fns/locale/kk';
