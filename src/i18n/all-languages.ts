// Registers every language at once, strings, date words and date-fns `format`, for code that
// renders before any could load on demand (a server renderer calls no `scheduleUpdate`). Side effect only.
import { format } from 'date-fns/format';
import { fullFormat } from './date-display.js';
import { zoneSupport } from '../data/dates/zones.js';
import { tzZoneSupport } from '../data/dates/zone-support.js';
import * as en from './language-en.js';
import * as kk from './language-kk.js';
import * as ru from './language-ru.js';
import { registerLanguage } from './localize.js';

registerLanguage('ru', ru);
registerLanguage('kk', kk);
registerLanguage('en', en);
fullFormat.provide(format);
zoneSupport.provide(tzZoneSupport);
