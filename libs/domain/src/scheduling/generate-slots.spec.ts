import { DomainError } from '../errors';
import { generateSlots } from './generate-slots';
import type { AvailabilityException, BusyInterval, SlotPolicy, SlotRange, WeeklyRule } from './types';

// Europe/Berlin in June is UTC+2: 08:00 local is 06:00Z. 2026-06-01 and 2026-06-08 are Mondays.
const ZONE = 'Europe/Berlin';
const MONDAY = 1;
const MORNING: WeeklyRule = { weekday: MONDAY, start: '08:00', end: '10:00', slotMinutes: 30 };
const JUNE_1: SlotRange = { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-06-02T00:00:00Z') };
const TWO_WEEKS: SlotRange = { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-06-15T00:00:00Z') };

function policy(overrides: Partial<SlotPolicy> = {}): SlotPolicy {
  return {
    timeZone: ZONE,
    now: new Date('2026-05-01T00:00:00Z'),
    leadMinutes: 0,
    horizonDays: 90,
    bufferMinutes: 0,
    dailyCap: null,
    ...overrides,
  };
}

function busy(start: string, end: string): BusyInterval {
  return { start: new Date(start), end: new Date(end) };
}

interface Options {
  rules?: WeeklyRule[];
  exceptions?: AvailabilityException[];
  busy?: BusyInterval[];
  range?: SlotRange;
  policy?: Partial<SlotPolicy>;
}

/** Slot starts as `HH:mmZ` (UTC), or `YYYY-MM-DDTHH:mmZ` when `withDate`. */
function starts(options: Options = {}, withDate = false): string[] {
  const slots = generateSlots(
    options.rules ?? [MORNING],
    options.exceptions ?? [],
    options.busy ?? [],
    options.range ?? JUNE_1,
    policy(options.policy),
  );
  return slots.map((slot) => slot.start.toISOString().slice(withDate ? 0 : 11, 16) + 'Z');
}

const ALL_MORNING = ['06:00Z', '06:30Z', '07:00Z', '07:30Z'];

describe('generateSlots', () => {
  it('cuts a window into slots of its length, as UTC instants', () => {
    const slots = generateSlots([MORNING], [], [], JUNE_1, policy());
    expect(slots).toHaveLength(4);
    expect(slots[0]).toEqual({
      start: new Date('2026-06-01T06:00:00Z'),
      end: new Date('2026-06-01T06:30:00Z'),
    });
    expect(slots[3].end).toEqual(new Date('2026-06-01T08:00:00Z'));
  });

  it('gives an 08:00–18:00 window 10 real hours', () => {
    const rules = [{ ...MORNING, end: '18:00', slotMinutes: 60 }];
    expect(starts({ rules })).toHaveLength(10);
  });

  it('returns the slots of several days sorted by start, however the rules are ordered', () => {
    const rules: WeeklyRule[] = [
      { weekday: 3, start: '14:00', end: '15:00', slotMinutes: 60 },
      { ...MORNING, start: '11:00', end: '12:00', slotMinutes: 60 },
      { ...MORNING, start: '09:00', end: '10:00', slotMinutes: 60 },
    ];
    const range = { from: JUNE_1.from, to: new Date('2026-06-04T00:00:00Z') };
    expect(starts({ rules, range }, true)).toEqual([
      '2026-06-01T07:00Z',
      '2026-06-01T09:00Z',
      '2026-06-03T12:00Z',
    ]);
  });

  it('returns nothing for an empty or reversed range, or on a day without rules', () => {
    expect(starts({ range: { from: JUNE_1.to, to: JUNE_1.to } })).toEqual([]);
    expect(starts({ range: { from: JUNE_1.to, to: JUNE_1.from } })).toEqual([]);
    expect(starts({ rules: [{ ...MORNING, weekday: 2 }] })).toEqual([]);
  });

  describe('range', () => {
    it('keeps only slots lying wholly within [from, to)', () => {
      const range = { from: new Date('2026-06-01T06:30:00Z'), to: new Date('2026-06-01T07:30:00Z') };
      expect(starts({ range })).toEqual(['06:30Z', '07:00Z']);
    });

    it('drops a slot that starts inside the range but ends after it', () => {
      const range = { from: JUNE_1.from, to: new Date('2026-06-01T07:15:00Z') };
      expect(starts({ range })).toEqual(['06:00Z', '06:30Z']);
    });

    it('reads the local dates the range touches, not the UTC ones', () => {
      // 00:30 local on 2 June is 22:30Z on 1 June.
      const rules: WeeklyRule[] = [{ weekday: 2, start: '00:30', end: '01:00', slotMinutes: 30 }];
      expect(starts({ rules }, true)).toEqual(['2026-06-01T22:30Z']);
    });
  });

  describe('lead time and horizon', () => {
    it('offers nothing that starts before now + lead time', () => {
      const now = new Date('2026-06-01T05:50:00Z');
      expect(starts({ policy: { now, leadMinutes: 60 } })).toEqual(['07:00Z', '07:30Z']);
    });

    it('offers a slot that starts exactly at now + lead time', () => {
      const now = new Date('2026-06-01T06:00:00Z');
      expect(starts({ policy: { now, leadMinutes: 30 } })).toEqual(['06:30Z', '07:00Z', '07:30Z']);
    });

    it('offers nothing in the past', () => {
      expect(starts({ policy: { now: new Date('2026-06-01T07:10:00Z') } })).toEqual(['07:30Z']);
    });

    it('offers only slots that start before now + horizon', () => {
      const now = new Date('2026-05-31T07:00:00Z');
      expect(starts({ policy: { now, horizonDays: 1 } })).toEqual(['06:00Z', '06:30Z']);
    });

    it('stops at the horizon over a long range', () => {
      const range = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2036-01-01T00:00:00Z') };
      const found = starts(
        { range, policy: { now: new Date('2026-05-30T00:00:00Z'), horizonDays: 14 } },
        true,
      );
      expect(found).toHaveLength(8);
      expect(found[7]).toBe('2026-06-08T07:30Z');
    });
  });

  describe('exceptions', () => {
    it('closes a day off', () => {
      const exceptions: AvailabilityException[] = [{ date: '2026-06-01', kind: 'day_off' }];
      expect(starts({ exceptions, range: TWO_WEEKS }, true)).toEqual([
        '2026-06-08T06:00Z',
        '2026-06-08T06:30Z',
        '2026-06-08T07:00Z',
        '2026-06-08T07:30Z',
      ]);
    });

    it('adds extra hours, on a day without rules too', () => {
      const exceptions: AvailabilityException[] = [
        { date: '2026-06-07', kind: 'extra_hours', start: '10:00', end: '11:00', slotMinutes: 15 },
      ];
      const range = { from: new Date('2026-06-07T00:00:00Z'), to: new Date('2026-06-09T00:00:00Z') };
      expect(starts({ exceptions, range }, true)).toEqual([
        '2026-06-07T08:00Z',
        '2026-06-07T08:15Z',
        '2026-06-07T08:30Z',
        '2026-06-07T08:45Z',
        '2026-06-08T06:00Z',
        '2026-06-08T06:30Z',
        '2026-06-08T07:00Z',
        '2026-06-08T07:30Z',
      ]);
    });

    it('replaces a day off’s hours by its extra hours', () => {
      const exceptions: AvailabilityException[] = [
        { date: '2026-06-01', kind: 'day_off' },
        { date: '2026-06-01', kind: 'extra_hours', start: '15:00', end: '16:00', slotMinutes: 30 },
      ];
      expect(starts({ exceptions })).toEqual(['13:00Z', '13:30Z']);
    });

    it('merges extra hours that overlap a weekly window without repeating a slot', () => {
      const exceptions: AvailabilityException[] = [
        { date: '2026-06-01', kind: 'extra_hours', start: '09:00', end: '11:00', slotMinutes: 30 },
      ];
      expect(starts({ exceptions })).toEqual([...ALL_MORNING, '08:00Z', '08:30Z']);
    });

    it('ignores exceptions on other dates', () => {
      const exceptions: AvailabilityException[] = [{ date: '2026-06-02', kind: 'day_off' }];
      expect(starts({ exceptions })).toEqual(ALL_MORNING);
    });
  });

  describe('busy time', () => {
    it('drops a slot overlapping a busy interval, keeping the ones that only touch it', () => {
      const taken = [busy('2026-06-01T06:30:00Z', '2026-06-01T07:00:00Z')];
      expect(starts({ busy: taken })).toEqual(['06:00Z', '07:00Z', '07:30Z']);
    });

    it('drops every slot a longer or partial busy interval touches inside', () => {
      const taken = [busy('2026-06-01T06:10:00Z', '2026-06-01T07:05:00Z')];
      expect(starts({ busy: taken })).toEqual(['07:30Z']);
    });

    it('keeps the buffer free after a slot: it must end a buffer before the next busy start', () => {
      const taken = [busy('2026-06-01T07:00:00Z', '2026-06-01T07:30:00Z')];
      expect(starts({ busy: taken, policy: { bufferMinutes: 10 } })).toEqual(['06:00Z']);
      const later = [busy('2026-06-01T07:10:00Z', '2026-06-01T07:30:00Z')];
      expect(starts({ busy: later, policy: { bufferMinutes: 10 } })).toEqual(['06:00Z', '06:30Z']);
    });

    it('keeps the buffer free before a slot: it must start a buffer after the last busy end', () => {
      const taken = [busy('2026-06-01T05:30:00Z', '2026-06-01T06:00:00Z')];
      expect(starts({ busy: taken, policy: { bufferMinutes: 10 } })).toEqual(['06:30Z', '07:00Z', '07:30Z']);
      const earlier = [busy('2026-06-01T05:30:00Z', '2026-06-01T05:50:00Z')];
      expect(starts({ busy: earlier, policy: { bufferMinutes: 10 } })).toEqual(ALL_MORNING);
    });
  });

  describe('daily cap', () => {
    const range = TWO_WEEKS;

    it('closes a day that has reached its cap', () => {
      const bookedPerDay = new Map([['2026-06-01', 2]]);
      const found = starts({ range, policy: { dailyCap: 2, bookedPerDay } }, true);
      expect(found.every((start) => start.startsWith('2026-06-08'))).toBe(true);
      expect(found).toHaveLength(4);
    });

    it('keeps a day below its cap open', () => {
      const bookedPerDay = new Map([['2026-06-01', 1]]);
      expect(starts({ range, policy: { dailyCap: 2, bookedPerDay } })).toHaveLength(8);
    });

    it('counts the busy intervals starting on the local day when no counts are given', () => {
      // 22:30Z on 31 May is 00:30 on 1 June in Berlin.
      const taken = [
        busy('2026-05-31T22:30:00Z', '2026-05-31T23:00:00Z'),
        busy('2026-06-01T15:00:00Z', '2026-06-01T16:00:00Z'),
      ];
      expect(starts({ busy: taken, policy: { dailyCap: 2 } })).toEqual([]);
      expect(starts({ busy: taken, policy: { dailyCap: 3 } })).toEqual(ALL_MORNING);
    });

    it('offers nothing with a cap of zero, and everything with no cap', () => {
      expect(starts({ policy: { dailyCap: 0 } })).toEqual([]);
      expect(starts({ policy: { dailyCap: null, bookedPerDay: new Map([['2026-06-01', 99]]) } })).toEqual(
        ALL_MORNING,
      );
    });
  });

  describe('appointment types', () => {
    const rules: WeeklyRule[] = [
      { ...MORNING, start: '08:00', end: '09:00', appointmentTypes: ['telehealth'] },
      { ...MORNING, start: '09:00', end: '10:00', appointmentTypes: null },
      { ...MORNING, start: '10:00', end: '11:00', appointmentTypes: [] },
      { ...MORNING, start: '11:00', end: '12:00', appointmentTypes: ['procedure', 'consultation'] },
    ];

    it('offers a window that lists types only to those types', () => {
      expect(starts({ rules, policy: { appointmentType: 'consultation' } })).toEqual([
        '07:00Z',
        '07:30Z',
        '08:00Z',
        '08:30Z',
        '09:00Z',
        '09:30Z',
      ]);
      expect(starts({ rules, policy: { appointmentType: 'telehealth' } })).toEqual([
        '06:00Z',
        '06:30Z',
        '07:00Z',
        '07:30Z',
        '08:00Z',
        '08:30Z',
      ]);
    });

    it('offers every window when no type is asked for', () => {
      expect(starts({ rules })).toHaveLength(8);
    });
  });

  describe('duration', () => {
    it('makes slots of the requested length, stepping by the window’s slot length', () => {
      const slots = generateSlots([MORNING], [], [], JUNE_1, policy({ durationMinutes: 60 }));
      expect(slots.map((slot) => [slot.start.toISOString(), slot.end.toISOString()])).toEqual([
        ['2026-06-01T06:00:00.000Z', '2026-06-01T07:00:00.000Z'],
        ['2026-06-01T06:30:00.000Z', '2026-06-01T07:30:00.000Z'],
        ['2026-06-01T07:00:00.000Z', '2026-06-01T08:00:00.000Z'],
      ]);
    });

    it('checks busy time against the requested length', () => {
      const taken = [busy('2026-06-01T07:15:00Z', '2026-06-01T07:30:00Z')];
      expect(starts({ busy: taken, policy: { durationMinutes: 60 } })).toEqual(['06:00Z']);
      expect(starts({ busy: taken, policy: { durationMinutes: 15 } })).toEqual(ALL_MORNING);
    });

    it('offers nothing when the length does not fit the window', () => {
      expect(starts({ policy: { durationMinutes: 121 } })).toEqual([]);
    });
  });

  describe('refuses bad input', () => {
    function thrown(run: () => unknown): DomainError {
      try {
        run();
      } catch (error) {
        if (error instanceof DomainError) return error;
      }
      throw new Error('expected a DomainError');
    }

    it('refuses an unknown time zone', () => {
      expect(thrown(() => starts({ policy: { timeZone: 'Europe/Atlantis' } }))).toMatchObject({
        kind: 'invalid',
        code: 'SCHEDULE.INVALID_TIME_ZONE',
      });
    });

    it('refuses a bad policy, naming every bad field', () => {
      const error = thrown(() =>
        starts({ policy: { leadMinutes: -1, horizonDays: Number.NaN, dailyCap: 1.5, durationMinutes: 0 } }),
      );
      expect(error).toMatchObject({ kind: 'invalid', code: 'SCHEDULE.INVALID_POLICY' });
      expect((error.details['errors'] as { field: string }[]).map((entry) => entry.field)).toEqual([
        'policy.leadMinutes',
        'policy.horizonDays',
        'policy.dailyCap',
        'policy.durationMinutes',
      ]);
    });

    it('refuses an invalid instant in the range', () => {
      expect(thrown(() => starts({ range: { from: new Date('nope'), to: JUNE_1.to } })).code).toBe(
        'SCHEDULE.INVALID_POLICY',
      );
    });

    it('refuses invalid rules and exceptions', () => {
      expect(thrown(() => starts({ rules: [{ ...MORNING, end: '07:00' }] })).code).toBe(
        'SCHEDULE.INVALID_RULES',
      );
      const exceptions: AvailabilityException[] = [{ date: '2026-13-01', kind: 'day_off' }];
      expect(thrown(() => starts({ exceptions })).code).toBe('SCHEDULE.INVALID_EXCEPTIONS');
    });
  });
});
