import { DomainError } from '../errors';
import { localDate, zoneOffset, localDayBounds } from './zone';

describe('localDate', () => {
  it.each([
    ['2026-03-28T22:59:59Z', 'Europe/Berlin', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-10-25T22:30:00Z', 'Europe/Berlin', '2026-10-25'],
    ['2026-11-01T04:30:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-01T03:59:00Z', 'America/New_York', '2026-10-31'],
    ['2026-06-01T00:00:00Z', 'UTC', '2026-06-01'],
  ])('reads %s in %s as %s', (instant, timeZone, expected) => {
    expect(localDate(new Date(instant), timeZone)).toBe(expected);
  });
});

describe('zoneOffset', () => {
  it.each([
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', '+01:00'],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', '+02:00'],
    ['2026-10-25T00:59:59Z', 'Europe/Berlin', '+02:00'],
    ['2026-10-25T01:00:00Z', 'Europe/Berlin', '+01:00'],
    ['2026-03-08T06:59:59Z', 'America/New_York', '-05:00'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '-04:00'],
    ['2026-11-01T05:59:59Z', 'America/New_York', '-04:00'],
    ['2026-11-01T06:00:00Z', 'America/New_York', '-05:00'],
    ['2026-06-01T12:00:00Z', 'Asia/Kolkata', '+05:30'],
    ['2026-06-01T12:00:00Z', 'UTC', '+00:00'],
  ])('gives %s in %s the offset %s', (instant, timeZone, expected) => {
    expect(zoneOffset(new Date(instant), timeZone)).toBe(expected);
  });
});

describe('an unknown zone or instant', () => {
  it('is refused as invalid', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus_Mons')).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'SCHEDULE.INVALID_TIME_ZONE' }),
    );
    expect(() => zoneOffset(new Date(Number.NaN), 'UTC')).toThrow(DomainError);
  });
});

describe('localDayBounds', () => {
  it('spans 23, 24 and 25 hours on the days clocks change', () => {
    const hours = (date: string) => {
      const { from, to } = localDayBounds(date, 'Europe/Berlin');
      return (to.getTime() - from.getTime()) / 3_600_000;
    };
    expect(localDayBounds('2026-03-29', 'Europe/Berlin').from.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect([hours('2026-03-29'), hours('2026-06-01'), hours('2026-10-25')]).toEqual([23, 24, 25]);
  });
});
