import { generateSlots } from './generate-slots';
import { localDate, zoneOffset } from './zone';
import type { SlotPolicy, WeeklyRule } from './types';

const SUNDAY = 7;

function policyIn(timeZone: string): SlotPolicy {
  return {
    timeZone,
    now: new Date('2026-01-01T00:00:00Z'),
    leadMinutes: 0,
    horizonDays: 730,
    bufferMinutes: 0,
    dailyCap: null,
  };
}

function rule(start: string, end: string, slotMinutes: number): WeeklyRule {
  return { weekday: SUNDAY, start, end, slotMinutes };
}

/** Starts, in UTC, of the slots a Sunday rule gives on the local date (a Sunday) in the zone. */
function startsOn(date: string, timeZone: string, ...rules: WeeklyRule[]): string[] {
  const day = Date.parse(`${date}T00:00:00Z`);
  const range = { from: new Date(day - 86_400_000), to: new Date(day + 2 * 86_400_000) };
  return generateSlots(rules, [], [], range, policyIn(timeZone))
    .filter((slot) => localDate(slot.start, timeZone) === date)
    .map((slot) => slot.start.toISOString());
}

function hourly(...instants: string[]): string[] {
  return instants.map((instant) => `${instant}:00:00.000Z`);
}

describe('generateSlots on DST days', () => {
  describe('Europe/Berlin, spring forward on 2026-03-29 (02:00 CET → 03:00 CEST)', () => {
    const zone = 'Europe/Berlin';

    it('gives a daytime window its usual slots, in CEST', () => {
      const starts = startsOn('2026-03-29', zone, rule('08:00', '12:00', 30));
      expect(starts).toHaveLength(8);
      expect(starts[0]).toBe('2026-03-29T06:00:00.000Z');
      expect(starts[7]).toBe('2026-03-29T09:30:00.000Z');
    });

    it('gives a window over the switch only the wall times that exist: 00:00, 01:00, 03:00', () => {
      const starts = startsOn('2026-03-29', zone, rule('00:00', '04:00', 60));
      expect(starts).toEqual(hourly('2026-03-28T23', '2026-03-29T00', '2026-03-29T01'));
      expect(starts.map((start) => zoneOffset(new Date(start), zone))).toEqual([
        '+01:00',
        '+01:00',
        '+02:00',
      ]);
    });

    it('skips the missing hour with half-hour slots too', () => {
      const starts = startsOn('2026-03-29', zone, rule('00:00', '04:00', 30));
      expect(starts).toEqual([
        '2026-03-28T23:00:00.000Z',
        '2026-03-28T23:30:00.000Z',
        '2026-03-29T00:00:00.000Z',
        '2026-03-29T00:30:00.000Z',
        '2026-03-29T01:00:00.000Z',
        '2026-03-29T01:30:00.000Z',
      ]);
    });

    it('opens a window that starts in the gap at the jump, and none that lies wholly in it', () => {
      expect(startsOn('2026-03-29', zone, rule('02:30', '04:00', 60))).toEqual(hourly('2026-03-29T01'));
      expect(startsOn('2026-03-29', zone, rule('02:00', '02:30', 30))).toEqual([]);
    });

    it('keeps an 08:00–18:00 window at its 10 real hours', () => {
      expect(startsOn('2026-03-29', zone, rule('08:00', '18:00', 60))).toHaveLength(10);
    });
  });

  describe('Europe/Berlin, fall back on 2026-10-25 (03:00 CEST → 02:00 CET)', () => {
    const zone = 'Europe/Berlin';

    it('gives a daytime window its usual slots, in CET', () => {
      const starts = startsOn('2026-10-25', zone, rule('08:00', '12:00', 30));
      expect(starts).toHaveLength(8);
      expect(starts[0]).toBe('2026-10-25T07:00:00.000Z');
      expect(starts[7]).toBe('2026-10-25T10:30:00.000Z');
    });

    it('gives a window over the switch both 02:00s: 5 slots over 5 real hours', () => {
      const starts = startsOn('2026-10-25', zone, rule('00:00', '04:00', 60));
      expect(starts).toEqual(
        hourly('2026-10-24T22', '2026-10-24T23', '2026-10-25T00', '2026-10-25T01', '2026-10-25T02'),
      );
      expect(starts.map((start) => zoneOffset(new Date(start), zone))).toEqual([
        '+02:00',
        '+02:00',
        '+02:00',
        '+01:00',
        '+01:00',
      ]);
    });

    it('starts a window at the earlier of two equal wall times and ends it at the later', () => {
      expect(startsOn('2026-10-25', zone, rule('02:00', '03:00', 60))).toEqual(
        hourly('2026-10-25T00', '2026-10-25T01'),
      );
      expect(startsOn('2026-10-25', zone, rule('00:00', '02:30', 30))).toHaveLength(7);
    });

    it('ends a window at the second 02:00 when its end is 02:00, so it also holds the first 02:00', () => {
      expect(startsOn('2026-10-25', zone, rule('00:00', '02:00', 60))).toEqual(
        hourly('2026-10-24T22', '2026-10-24T23', '2026-10-25T00'),
      );
    });

    it('does not repeat the hour for a window that ends before it', () => {
      expect(startsOn('2026-10-25', zone, rule('00:00', '01:30', 30))).toEqual([
        '2026-10-24T22:00:00.000Z',
        '2026-10-24T22:30:00.000Z',
        '2026-10-24T23:00:00.000Z',
      ]);
    });
  });

  describe('America/New_York, spring forward on 2026-03-08 (02:00 EST → 03:00 EDT)', () => {
    const zone = 'America/New_York';

    it('gives a daytime window its usual slots, in EDT', () => {
      const starts = startsOn('2026-03-08', zone, rule('08:00', '12:00', 30));
      expect(starts).toHaveLength(8);
      expect(starts[0]).toBe('2026-03-08T12:00:00.000Z');
      expect(starts[7]).toBe('2026-03-08T15:30:00.000Z');
    });

    it('gives a window over the switch only 00:00, 01:00 and 03:00', () => {
      expect(startsOn('2026-03-08', zone, rule('00:00', '04:00', 60))).toEqual(
        hourly('2026-03-08T05', '2026-03-08T06', '2026-03-08T07'),
      );
    });
  });

  describe('America/New_York, fall back on 2026-11-01 (02:00 EDT → 01:00 EST)', () => {
    const zone = 'America/New_York';

    it('gives a daytime window its usual slots, in EST', () => {
      const starts = startsOn('2026-11-01', zone, rule('08:00', '12:00', 30));
      expect(starts).toHaveLength(8);
      expect(starts[0]).toBe('2026-11-01T13:00:00.000Z');
      expect(starts[7]).toBe('2026-11-01T16:30:00.000Z');
    });

    it('gives a window over the switch both 01:00s: 5 slots over 5 real hours', () => {
      const starts = startsOn('2026-11-01', zone, rule('00:00', '04:00', 60));
      expect(starts).toEqual(
        hourly('2026-11-01T04', '2026-11-01T05', '2026-11-01T06', '2026-11-01T07', '2026-11-01T08'),
      );
      expect(starts.map((start) => zoneOffset(new Date(start), zone))).toEqual([
        '-04:00',
        '-04:00',
        '-05:00',
        '-05:00',
        '-05:00',
      ]);
    });
  });

  it('never returns overlapping or repeated slots on a DST day', () => {
    const slots = generateSlots(
      [rule('00:00', '06:00', 45)],
      [],
      [],
      { from: new Date('2026-10-24T00:00:00Z'), to: new Date('2026-10-26T00:00:00Z') },
      policyIn('Europe/Berlin'),
    );
    expect(slots).toHaveLength(9);
    slots.slice(1).forEach((slot, index) => expect(slot.start.getTime()).toBe(slots[index].end.getTime()));
  });
});
