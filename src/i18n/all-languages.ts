// Registers every language at once, for code that renders before a language could load on
// demand (a server renderer calls no `scheduleUpdate`). Side effect only.
import * as en from './language-en.js';
import * as kk from './language-kk.js';
import * as ru from './language-ru.js';
import { registerLanguage } from './localize.js';

registerLanguage('ru', ru);
registerLanguage('kk', kk);
registerLanguage('en', en);
