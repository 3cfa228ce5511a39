import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/index.js';

const iso = (value: unknown, options = {}) => parseDate(value, options)?.toISOString();

// Wall-clock tests use Asia/Tashkent, UTC+5 like the seed's Almaty since 2024, because its rules
// are the same in every engine's zone data: WebKitGTK's system ICU predates Kazakhstan's 2024
// move to UTC+5 and still puts Almaty at UTC+6.
describe('parseDate', () => {
  it('reads ISO 8601 with a zone, with Z, and with fractions', () => {
    expect(iso('2026-01-21T18:21:00+05:00')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('2026-01-21T18:21:00+0500')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('2026-01-21T13:21:00Z')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('2026-01-21T13:21:00.123456Z')).to.equal('2026-01-21T13:21:00.123Z');
    expect(iso('2026-01-21T18:21:00+05:00', { timeZone: 'America/New_York' })).to.equal('2026-01-21T13:21:00.000Z');
  });

  it('reads zone-less dates in the given IANA zone, else UTC', () => {
    expect(iso('2026-01-21T18:21:00')).to.equal('2026-01-21T18:21:00.000Z');
    expect(iso('2026-01-21 18:21:00', { timeZone: 'Asia/Tashkent' })).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('2026-07-01T12:00', { timeZone: 'Europe/Moscow' })).to.equal('2026-07-01T09:00:00.000Z');
    expect(iso('2026-01-21')).to.equal('2026-01-21T00:00:00.000Z');
  });

  it('reads RFC 2822 with numeric and named zones', () => {
    expect(iso('Wed, 21 Jan 2026 18:21:00 +0500')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Wed, 21 Jan 2026 13:21:00 GMT')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('21 Jan 2026 16:21 MSK')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Wed, 21 Jan 26 08:21:00 EST')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Wed, 21 Jan 2026 18:21:00', { timeZone: 'Asia/Tashkent' })).to.equal('2026-01-21T13:21:00.000Z');
  });

  it('reads the looser RFC 2822 that feeds write, and JavaScript date strings', () => {
    expect(iso('Wednesday, 21 January 2026 18:21:00 +0500')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Wed, 21 Jan 2026 18:21 +05:00')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Wed 21-Jan-2026 13:21:00 UT')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('21 Jan 2026')).to.equal('2026-01-21T00:00:00.000Z');
    expect(iso('Wed Jan 21 2026 18:21:00 GMT+0500 (Kazakhstan Standard Time)')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Jan 21, 2026 13:21:00 GMT')).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('Wed, 21 Foo 2026 18:21:00 +0500')).to.equal(undefined);
    expect(iso('Wed, 21 Jan 2026 22:21:00 JST')).to.equal('2026-01-21T13:21:00.000Z');
  });

  it('reads unix seconds and milliseconds, as numbers or numeric strings', () => {
    expect(iso(1768999260)).to.equal('2026-01-21T12:41:00.000Z');
    expect(iso('1768999260')).to.equal('2026-01-21T12:41:00.000Z');
    expect(iso(1768999260000)).to.equal('2026-01-21T12:41:00.000Z');
    expect(iso('1768999260.5')).to.equal('2026-01-21T12:41:00.500Z');
  });

  it('reads a date-fns pattern in the given zone', () => {
    expect(iso('21/01/2026 - 18:21', { dateInputFormat: 'dd/MM/yyyy - HH:mm', timeZone: 'Asia/Tashkent' })).to.equal('2026-01-21T13:21:00.000Z');
    expect(iso('21.01.2026 18:21', { dateInputFormat: 'dd.MM.yyyy HH:mm' })).to.equal('2026-01-21T18:21:00.000Z');
    // The seed's own layout is read even without a pattern.
    expect(iso('21/01/2026 - 18:21', { timeZone: 'Asia/Tashkent' })).to.equal('2026-01-21T13:21:00.000Z');
  });

  it('treats 1970-01-01 as a placeholder in any zone', () => {
    for (const timeZone of ['Asia/Tashkent', 'America/New_York', 'UTC']) {
      expect(parseDate('1970-01-01 00:00:00', { timeZone }), timeZone).to.equal(undefined);
      expect(parseDate('01/01/1970 - 00:00', { timeZone }), timeZone).to.equal(undefined);
    }
  });

  it('turns invalid dates and placeholders into no date', () => {
    for (const value of ['1970-01-01T00:00:00Z', '0000-00-00', '0000-00-00 00:00:00', 0, '0', 'not a date', '2026-02-31', '2026-13-01',
      '', '   ', -5, Number.NaN, Infinity, {}, [], null, true, '9'.repeat(80), new Date('x')]) {
      expect(parseDate(value), String(value)).to.equal(undefined);
    }
  });
});
