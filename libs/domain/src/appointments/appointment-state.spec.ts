import { Role } from '../accounts';
import { DomainError } from '../errors';
import { type TransitionContext, stateOf } from './appointment-state';
import {
  ACTIVE_STATUSES,
  ALL_APPOINTMENT_STATUSES,
  APPOINTMENT_ACTIONS,
  type AppointmentAction,
  AppointmentStatus,
  isActiveStatus,
} from './appointment-status';
import { appointmentType } from './appointment-type';
import { IllegalTransition } from './illegal-transition';

const S = AppointmentStatus;
const HOUR_MS = 3_600_000;
const STARTS_AT = new Date('2026-06-10T09:00:00Z');

/** Every legal move; any (status, action) pair not listed here must be refused. */
const LEGAL: Readonly<Record<AppointmentStatus, Partial<Record<AppointmentAction, AppointmentStatus>>>> = {
  [S.Held]: {},
  [S.Scheduled]: { confirm: S.Confirmed, cancel: S.Cancelled, no_show: S.NoShow, reschedule: S.Scheduled },
  [S.Confirmed]: { check_in: S.CheckedIn, cancel: S.Cancelled, no_show: S.NoShow, reschedule: S.Confirmed },
  [S.CheckedIn]: { start: S.InProgress },
  [S.InProgress]: { complete: S.Completed },
  [S.Completed]: {},
  [S.Cancelled]: {},
  [S.NoShow]: {},
};

/** Staff, after the start, with a reason: every legal transition's extra rules are met. */
function context(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return {
    now: new Date(STARTS_AT.getTime() + HOUR_MS),
    startsAt: STARTS_AT,
    role: Role.Receptionist,
    reason: 'Doctor is ill',
    type: appointmentType('consultation'),
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

function hoursBeforeStart(hours: number): Date {
  return new Date(STARTS_AT.getTime() - hours * HOUR_MS);
}

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a DomainError');
}

const pairs = ALL_APPOINTMENT_STATUSES.flatMap((status) =>
  APPOINTMENT_ACTIONS.map((action) => ({ status, action, next: LEGAL[status][action] })),
);
const legalPairs = pairs.flatMap(({ status, action, next }) => (next ? [{ status, action, next }] : []));
const illegalPairs = pairs.filter(({ next }) => next === undefined);

describe('AppointmentStatus', () => {
  it('has exactly the eight statuses', () => {
    expect(ALL_APPOINTMENT_STATUSES).toEqual([
      'held',
      'scheduled',
      'confirmed',
      'checked_in',
      'in_progress',
      'completed',
      'cancelled',
      'no_show',
    ]);
  });

  it.each(ALL_APPOINTMENT_STATUSES)('knows whether %s is active', (status) => {
    const active = ['held', 'scheduled', 'confirmed', 'checked_in', 'in_progress'].includes(status);
    expect(isActiveStatus(status)).toBe(active);
    expect(ACTIVE_STATUSES.includes(status)).toBe(active);
  });
});

describe('AppointmentState', () => {
  it('covers all 56 (status, action) pairs', () => {
    expect(legalPairs).toHaveLength(10);
    expect(illegalPairs).toHaveLength(46);
  });

  it.each(ALL_APPOINTMENT_STATUSES)('gives %s its own state object', (status) => {
    expect(stateOf(status).status).toBe(status);
    expect(stateOf(status)).toBe(stateOf(status));
  });

  it.each(ALL_APPOINTMENT_STATUSES)('lists the legal actions of %s in a stable order', (status) => {
    const expected = APPOINTMENT_ACTIONS.filter((action) => LEGAL[status][action] !== undefined);
    expect(stateOf(status).legalActions()).toEqual(expected);
  });

  it.each(legalPairs)('$status --$action--> $next', ({ status, action, next }) => {
    expect(stateOf(status).allows(action)).toBe(true);
    expect(stateOf(status).apply(action, context())).toBe(next);
  });

  it.each(illegalPairs)('refuses $action from $status', ({ status, action }) => {
    const error = thrown(() => stateOf(status).apply(action, context()));
    const legalActions = stateOf(status).legalActions();
    expect(stateOf(status).allows(action)).toBe(false);
    expect(error).toBeInstanceOf(IllegalTransition);
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 'APPOINTMENT.ILLEGAL_TRANSITION',
      name: 'IllegalTransition',
      details: { status, action, legalActions },
    });
    expect(error.message).toContain(action);
    expect(error.message).toContain(status);
  });

  it('names the legal actions in the message, or says there are none', () => {
    expect(thrown(() => stateOf(S.Confirmed).apply('start', context())).message).toBe(
      'Cannot start an appointment that is confirmed; legal actions: check_in, cancel, no_show, reschedule.',
    );
    expect(thrown(() => stateOf(S.Held).apply('confirm', context())).message).toBe(
      'Cannot confirm an appointment that is held; legal actions: none.',
    );
  });

  it('refuses a value that is not a status', () => {
    expect(thrown(() => stateOf('lost' as AppointmentStatus))).toMatchObject({
      kind: 'invalid',
      code: 'APPOINTMENT.UNKNOWN_STATUS',
    });
  });
});

describe('no-show', () => {
  it.each([S.Scheduled, S.Confirmed])('is refused from %s before the start time', (status) => {
    const error = thrown(() =>
      stateOf(status).apply('no_show', context({ now: new Date(STARTS_AT.getTime() - 1) })),
    );
    expect(error).toMatchObject({ kind: 'unprocessable', code: 'APPOINTMENT.TOO_EARLY_FOR_NO_SHOW' });
  });

  it.each([S.Scheduled, S.Confirmed])('is allowed from %s at and after the start time', (status) => {
    expect(stateOf(status).apply('no_show', context({ now: STARTS_AT }))).toBe(S.NoShow);
    expect(stateOf(status).apply('no_show', context({ now: new Date('2026-07-01T00:00:00Z') }))).toBe(
      S.NoShow,
    );
  });

  it('reports an illegal status before the time rule', () => {
    const error = thrown(() => stateOf(S.Completed).apply('no_show', context({ now: hoursBeforeStart(1) })));
    expect(error).toBeInstanceOf(IllegalTransition);
  });
});

describe('check-in', () => {
  const checkIn = (now: string, startsAt: string, timeZone = 'Europe/Berlin') =>
    stateOf(S.Confirmed).apply(
      'check_in',
      context({ now: new Date(now), startsAt: new Date(startsAt), timeZone }),
    );

  it('is allowed on the day of the appointment, from local midnight, before and after the start', () => {
    // 10:00 in Berlin (CEST, UTC+2) on 10 June.
    const startsAt = '2026-06-10T08:00:00Z';
    expect(checkIn('2026-06-09T22:00:00Z', startsAt)).toBe(S.CheckedIn);
    expect(checkIn('2026-06-10T07:45:00Z', startsAt)).toBe(S.CheckedIn);
    expect(checkIn('2026-06-10T08:40:00Z', startsAt)).toBe(S.CheckedIn);
    expect(checkIn('2026-06-10T21:59:59Z', startsAt)).toBe(S.CheckedIn);
  });

  it('is refused the day before, even at 23:59 local time, and on a later day', () => {
    const startsAt = '2026-06-10T08:00:00.000Z';
    for (const now of ['2026-06-09T21:59:00Z', '2026-06-03T08:00:00Z', '2026-06-10T22:00:00Z']) {
      const error = thrown(() => checkIn(now, startsAt));
      expect(error).toMatchObject({
        kind: 'unprocessable',
        code: 'APPOINTMENT.CHECK_IN_NOT_TODAY',
        details: { startsAt },
      });
      expect(error.message).toBe('A patient can be checked in only on the day of their appointment.');
    }
  });

  it('reads the day in the clinic zone, not in UTC', () => {
    // 00:30 in Berlin on 10 June is still 9 June in UTC; 23:30 in New York is 10 June in UTC.
    expect(checkIn('2026-06-09T22:30:00Z', '2026-06-10T06:00:00Z')).toBe(S.CheckedIn);
    expect(() => checkIn('2026-06-09T22:30:00Z', '2026-06-10T06:00:00Z', 'America/New_York')).toThrow(
      DomainError,
    );
    expect(checkIn('2026-06-10T03:30:00Z', '2026-06-09T14:00:00Z', 'America/New_York')).toBe(S.CheckedIn);
  });

  it('follows the clinic day across a change of daylight saving time in Europe/Berlin', () => {
    // Sunday 29 March 2026: clocks go from 02:00 CET to 03:00 CEST, a day of 23 hours.
    const springDay = '2026-03-29T07:00:00Z'; // 09:00 CEST
    expect(checkIn('2026-03-28T23:00:00Z', springDay)).toBe(S.CheckedIn); // 00:00 CET
    expect(checkIn('2026-03-29T21:59:00Z', springDay)).toBe(S.CheckedIn); // 23:59 CEST
    expect(() => checkIn('2026-03-28T22:59:00Z', springDay)).toThrow(DomainError); // 23:59 CET the day before
    expect(() => checkIn('2026-03-29T22:00:00Z', springDay)).toThrow(DomainError); // 00:00 on 30 March
    // Sunday 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET, a day of 25 hours.
    const autumnDay = '2026-10-25T08:00:00Z'; // 09:00 CET
    expect(checkIn('2026-10-24T22:00:00Z', autumnDay)).toBe(S.CheckedIn); // 00:00 CEST
    expect(checkIn('2026-10-25T22:59:00Z', autumnDay)).toBe(S.CheckedIn); // 23:59 CET
    expect(() => checkIn('2026-10-24T21:59:00Z', autumnDay)).toThrow(DomainError); // 23:59 CEST the day before
  });

  it('does not limit the other actions of a confirmed appointment to its day', () => {
    const state = stateOf(S.Confirmed);
    const weekBefore = context({ now: new Date(STARTS_AT.getTime() - 7 * 24 * HOUR_MS) });
    expect(state.apply('cancel', weekBefore)).toBe(S.Cancelled);
    expect(state.apply('reschedule', weekBefore)).toBe(S.Confirmed);
  });

  it('reports an illegal status before the day rule', () => {
    const error = thrown(() =>
      stateOf(S.Scheduled).apply('check_in', context({ now: new Date('2026-06-01T00:00:00Z') })),
    );
    expect(error).toBeInstanceOf(IllegalTransition);
  });
});

describe('cancellation and rescheduling', () => {
  const patientAt = (hours: number, typeName = 'consultation') =>
    context({
      role: Role.Patient,
      reason: undefined,
      now: hoursBeforeStart(hours),
      type: appointmentType(typeName),
    });

  describe.each([S.Scheduled, S.Confirmed])('from %s', (status) => {
    const state = stateOf(status);

    it.each([
      ['consultation', 24],
      ['follow_up', 12],
      ['telehealth', 2],
      ['procedure', 48],
    ])('lets a patient cancel a %s until %i hours before the start', (typeName, hours) => {
      expect(state.apply('cancel', patientAt(hours + 0.001, typeName))).toBe(S.Cancelled);
      expect(state.apply('reschedule', patientAt(hours + 0.001, typeName))).toBe(status);
      for (const action of ['cancel', 'reschedule'] as const) {
        const error = thrown(() => state.apply(action, patientAt(hours, typeName)));
        expect(error).toMatchObject({
          kind: 'unprocessable',
          code: 'APPOINTMENT.PAST_CANCELLATION_CUTOFF',
          details: { cutoff: hoursBeforeStart(hours).toISOString() },
        });
      }
    });

    it('does not ask a patient for a reason', () => {
      expect(state.apply('cancel', patientAt(48))).toBe(S.Cancelled);
      expect(state.apply('cancel', { ...patientAt(48), reason: 'Feeling better' })).toBe(S.Cancelled);
    });

    it.each([Role.Receptionist, Role.Admin, Role.Doctor])(
      'lets %s cancel after the cut-off, with a reason',
      (role) => {
        expect(state.apply('cancel', context({ role, now: hoursBeforeStart(1) }))).toBe(S.Cancelled);
        expect(state.apply('cancel', context({ role, now: new Date(STARTS_AT.getTime() + HOUR_MS) }))).toBe(
          S.Cancelled,
        );
      },
    );

    it.each([undefined, '', '   '])('refuses a staff cancellation with reason %j', (reason) => {
      const error = thrown(() => state.apply('cancel', context({ reason, now: hoursBeforeStart(100) })));
      expect(error).toMatchObject({ kind: 'invalid', code: 'APPOINTMENT.REASON_REQUIRED' });
    });

    it('lets staff reschedule at any time without a reason', () => {
      expect(state.apply('reschedule', context({ reason: undefined, now: hoursBeforeStart(1) }))).toBe(
        status,
      );
    });
  });

  it('reports an illegal status before the cut-off', () => {
    expect(thrown(() => stateOf(S.CheckedIn).apply('cancel', patientAt(1)))).toBeInstanceOf(
      IllegalTransition,
    );
  });
});
