// One language whole, its UI strings and its date-fns locale, for all-languages.ts (widgets load the two apart, as needed).
export { ru as messages } from './ru.js';
export { ru as dateLocale } from 'date-fns/locale/ru';
