import { DomainError } from '../errors';
import { validateExceptions, validateWeeklyRules } from './validation';
import type { AvailabilityException, FieldError, WeeklyRule } from './types';

const MONDAY_MORNING: WeeklyRule = { weekday: 1, start: '08:00', end: '12:00', slotMinutes: 30 };

function errorsOf(run: () => void): { code: string; kind: string; fields: string[]; errors: FieldError[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) {
      const errors = error.details['errors'] as FieldError[];
      return { code: error.code, kind: error.kind, fields: errors.map((entry) => entry.field), errors };
    }
  }
  throw new Error('expected a DomainError');
}

function ruleFields(...rules: WeeklyRule[]): string[] {
  return errorsOf(() => validateWeeklyRules(rules)).fields;
}

function exceptionFields(...exceptions: AvailabilityException[]): string[] {
  return errorsOf(() => validateExceptions(exceptions)).fields;
}

describe('validateWeeklyRules', () => {
  it('accepts a sound week, windows that touch, the same hours on different days, and no rules', () => {
    expect(() =>
      validateWeeklyRules([
        MONDAY_MORNING,
        { ...MONDAY_MORNING, start: '12:00', end: '16:00', appointmentTypes: ['telehealth'] },
        { ...MONDAY_MORNING, weekday: 7, start: '00:00', end: '23:59', slotMinutes: 240 },
        { ...MONDAY_MORNING, weekday: 2, slotMinutes: 5, appointmentTypes: null },
      ]),
    ).not.toThrow();
    expect(() => validateWeeklyRules([])).not.toThrow();
  });

  it('reports as invalid, with code, message and field errors', () => {
    const result = errorsOf(() => validateWeeklyRules([MONDAY_MORNING, { ...MONDAY_MORNING, end: '08:00' }]));
    expect(result).toMatchObject({ kind: 'invalid', code: 'SCHEDULE.INVALID_RULES' });
    expect(result.errors).toEqual([{ field: 'rules.1.end', message: 'Must be after the start.' }]);
  });

  it.each([0, 8, -1, 1.5, Number.NaN])('refuses weekday %s', (weekday) => {
    expect(ruleFields({ ...MONDAY_MORNING, weekday: weekday as WeeklyRule['weekday'] })).toEqual([
      'rules.0.weekday',
    ]);
  });

  it.each(['8:00', '08:0', '24:00', '08:60', '0800', 'ab:cd', '', ' 08:00'])('refuses start %j', (start) => {
    expect(ruleFields({ ...MONDAY_MORNING, start })).toEqual(['rules.0.start']);
  });

  it.each(['12:00', '11:59', '00:00'])('refuses end %s, not after a 12:00 start', (end) => {
    expect(ruleFields({ ...MONDAY_MORNING, start: '12:00', end })).toEqual(['rules.0.end']);
  });

  it('refuses a malformed end', () => {
    expect(ruleFields({ ...MONDAY_MORNING, end: '12.00' })).toEqual(['rules.0.end']);
  });

  it.each([0, 4, 241, -30, 7.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses slotMinutes %s',
    (slotMinutes) => {
      expect(ruleFields({ ...MONDAY_MORNING, slotMinutes })).toEqual(['rules.0.slotMinutes']);
    },
  );

  it('refuses a slot longer than its window', () => {
    const result = errorsOf(() => validateWeeklyRules([{ ...MONDAY_MORNING, end: '08:20' }]));
    expect(result.errors).toEqual([
      { field: 'rules.0.slotMinutes', message: 'Must fit in the window (20 minutes).' },
    ]);
  });

  it('refuses a type list that is not a list of names', () => {
    const appointmentTypes = ['consultation', ''];
    expect(ruleFields({ ...MONDAY_MORNING, appointmentTypes })).toEqual(['rules.0.appointmentTypes']);
  });

  it('refuses overlapping windows on the same weekday, naming the later one', () => {
    expect(ruleFields(MONDAY_MORNING, { ...MONDAY_MORNING, start: '11:30', end: '13:00' })).toEqual([
      'rules.1.start',
    ]);
    const result = errorsOf(() =>
      validateWeeklyRules([{ ...MONDAY_MORNING, start: '09:00', end: '10:00' }, MONDAY_MORNING]),
    );
    expect(result.errors).toEqual([
      { field: 'rules.0.start', message: 'Overlaps rules.1 on the same weekday.' },
    ]);
  });

  it('finds every window inside a long one', () => {
    const long = { ...MONDAY_MORNING, start: '08:00', end: '18:00' };
    const early = { ...MONDAY_MORNING, start: '09:00', end: '10:00' };
    const late = { ...MONDAY_MORNING, start: '14:00', end: '15:00' };
    expect(ruleFields(long, early, late)).toEqual(['rules.1.start', 'rules.2.start']);
  });

  it('reports every problem at once', () => {
    expect(
      ruleFields(
        { weekday: 9 as WeeklyRule['weekday'], start: 'x', end: '10:00', slotMinutes: 2 },
        MONDAY_MORNING,
        { ...MONDAY_MORNING, end: '07:00' },
      ),
    ).toEqual(['rules.0.weekday', 'rules.0.start', 'rules.0.slotMinutes', 'rules.2.end']);
  });
});

describe('validateExceptions', () => {
  const extra: AvailabilityException = {
    date: '2026-06-07',
    kind: 'extra_hours',
    start: '10:00',
    end: '12:00',
    slotMinutes: 30,
  };

  it('accepts days off, extra hours, and both on one date', () => {
    expect(() =>
      validateExceptions([
        { date: '2026-06-01', kind: 'day_off' },
        extra,
        { ...extra, start: '12:00', end: '13:00' },
        { date: '2026-06-07', kind: 'day_off' },
        { ...extra, date: '2028-02-29' },
      ]),
    ).not.toThrow();
  });

  it('reports as invalid with its own code', () => {
    expect(errorsOf(() => validateExceptions([{ date: '2026-02-30', kind: 'day_off' }]))).toMatchObject({
      kind: 'invalid',
      code: 'SCHEDULE.INVALID_EXCEPTIONS',
      fields: ['exceptions.0.date'],
    });
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-6-1', '01.06.2026', ''])(
    'refuses date %j',
    (date) => {
      expect(exceptionFields({ date, kind: 'day_off' })).toEqual(['exceptions.0.date']);
    },
  );

  it('refuses an unknown kind', () => {
    const kind = 'holiday' as AvailabilityException['kind'];
    expect(exceptionFields({ date: '2026-06-01', kind })).toEqual(['exceptions.0.kind']);
  });

  it('refuses a day off with hours', () => {
    expect(exceptionFields({ date: '2026-06-01', kind: 'day_off', start: '08:00', slotMinutes: 30 })).toEqual(
      ['exceptions.0.start', 'exceptions.0.slotMinutes'],
    );
  });

  it('refuses extra hours without their start, end or slot length', () => {
    expect(exceptionFields({ date: '2026-06-01', kind: 'extra_hours' })).toEqual([
      'exceptions.0.start',
      'exceptions.0.end',
      'exceptions.0.slotMinutes',
    ]);
    expect(exceptionFields({ ...extra, end: undefined })).toEqual(['exceptions.0.end']);
  });

  it('checks extra hours like a weekly window', () => {
    expect(exceptionFields({ ...extra, end: '09:00' })).toEqual(['exceptions.0.end']);
    expect(exceptionFields({ ...extra, start: '25:00' })).toEqual(['exceptions.0.start']);
    expect(exceptionFields({ ...extra, slotMinutes: 300 })).toEqual(['exceptions.0.slotMinutes']);
  });

  it('refuses overlapping extra hours on one date, not on different dates', () => {
    expect(exceptionFields(extra, { ...extra, start: '11:00', end: '13:00' })).toEqual([
      'exceptions.1.start',
    ]);
    expect(() => validateExceptions([extra, { ...extra, date: '2026-06-08' }])).not.toThrow();
  });
});
