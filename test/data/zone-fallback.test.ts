import { expect } from '@open-wc/testing';
import { lightFormat } from 'date-fns/lightFormat';
import { parseDate } from '../../src/data/dates/dates.js';
import { zoneSupport } from '../../src/data/dates/zones.js';
import { DEFAULT_DATE_FORMAT, displayDate } from '../../src/i18n/date-display.js';

// This page never loads zone support: as after its chunk failed to load, `time-zone` is set and
// the code for it is missing. The documented fallback is the reader's own zone, never a throw.
describe('a time zone whose code is missing', () => {
  before(() => expect(zoneSupport.value).to.equal(undefined));

  it('shows dates in the reader’s zone instead of blanking the widget', () => {
    const date = new Date(Date.UTC(2026, 0, 21, 13, 21));
    const shown = displayDate(date, { pattern: DEFAULT_DATE_FORMAT, timeZone: 'Asia/Tashkent', relative: false, relativeMaxAge: 0, now: 0 });
    expect(shown).to.equal(lightFormat(date, DEFAULT_DATE_FORMAT));
  });

  it('reads zone-less dates in the reader’s zone instead of failing the feed', () => {
    const read = parseDate('21/01/2026 - 18:21', { timeZone: 'Asia/Tashkent' });
    expect(read?.getTime()).to.equal(new Date(2026, 0, 21, 18, 21).getTime());
    expect(parseDate('2026-01-21T18:21:00', { timeZone: 'Asia/Tashkent' })?.getTime()).to.equal(new Date(2026, 0, 21, 18, 21).getTime());
    // A date with its own offset needs no zone support at all.
    expect(parseDate('2026-01-21T18:21:00+05:00', { timeZone: 'Asia/Tashkent' })?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    // Roll-overs are still refused.
    expect(parseDate('31/02/2026 - 10:00', { timeZone: 'Asia/Tashkent' })).to.equal(undefined);
  });
});
