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
