// One language in one chunk of the ES module build: its UI strings and its date-fns locale.
export { ru as messages } from './ru.js';
export { ru as dateLocale } from 'date-fns/locale/ru';
