// One language whole, its UI strings and its date-fns locale, for all-languages.ts (widgets load the two apart, as needed).
export { en as messages } from './en.js';
export { enUS as dateLocale } from 'date-fns/locale/en-US';
