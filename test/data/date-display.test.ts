import { expect } from '@open-wc/testing';
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns/lightFormat';
import { tzZoneSupport } from '../../src/data/dates/zone-support.js';
import { zoneSupport } from '../../src/data/dates/zones.js';
import { DEFAULT_DATE_FORMAT, displayDate, type DateDisplay } from '../../src/i18n/date-display.js';

const display = (pattern: string, timeZone?: string): DateDisplay => ({ pattern, timeZone, relative: false, relativeMaxAge: 0, now: 0 });

// displayDate reads a pattern once for all dates; what it writes must stay date-fns `lightFormat`'s.
describe('displayDate with a pattern of numbers', () => {
  before(() => zoneSupport.provide(tzZoneSupport));
  const dates = [new Date(Date.UTC(2026, 0, 21, 13, 21, 5, 7)), new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999)), new Date(Date.UTC(2026, 6, 4, 0, 0))];
  const patterns = [DEFAULT_DATE_FORMAT, 'dd.MM.yyyy HH:mm', 'd/M/yy h:m:s', "yyyy-MM-dd'T'HH:mm:ss.SSS", "HH 'o''clock'", "'it''s' d", "''d''", "'unclosed d", 'HH:mm, dd.MM'];

  it('writes what lightFormat writes, for every date and pattern', () => {
    for (const pattern of patterns) {
      for (const date of dates) expect(displayDate(date, display(pattern)), pattern).to.equal(lightFormat(date, pattern));
    }
  });

  it('writes the wall clock of the display zone', () => {
    for (const date of dates) {
      expect(displayDate(date, display(DEFAULT_DATE_FORMAT, 'Asia/Tashkent'))).to.equal(lightFormat(new TZDate(date.getTime(), 'Asia/Tashkent'), DEFAULT_DATE_FORMAT));
    }
  });

  it('gives the same text to the same date under the same display, and another under another', () => {
    const date = dates[0];
    expect(displayDate(date, display('dd.MM.yyyy'))).to.equal(displayDate(new Date(date), display('dd.MM.yyyy')));
    expect(displayDate(date, display('yyyy'))).to.equal('2026');
  });
});
