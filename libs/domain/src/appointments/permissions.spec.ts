import { ALL_ROLES, Role } from '../accounts';
import { DomainError } from '../errors';
import { APPOINTMENT_ACTIONS } from './appointment-status';
import {
  type AppointmentOperation,
  type AppointmentRelation,
  assertMayPerform,
  mayPerform,
} from './permissions';

const OPERATIONS: readonly AppointmentOperation[] = ['book', ...APPOINTMENT_ACTIONS];

/** What each role may do on an appointment that is its own, and on one that is not. */
const EXPECTED: Readonly<Record<Role, { own: AppointmentOperation[]; others: AppointmentOperation[] }>> = {
  [Role.Admin]: { own: [...OPERATIONS], others: [...OPERATIONS] },
  [Role.Receptionist]: {
    own: ['book', 'confirm', 'check_in', 'cancel', 'no_show', 'reschedule'],
    others: ['book', 'confirm', 'check_in', 'cancel', 'no_show', 'reschedule'],
  },
  [Role.Doctor]: { own: ['confirm', 'start', 'complete', 'no_show'], others: [] },
  [Role.Patient]: { own: ['book', 'cancel', 'reschedule'], others: [] },
};

function relationFor(role: Role, own: boolean): AppointmentRelation {
  return { isOwnPatient: own && role === Role.Patient, isOwnDoctor: own && role === Role.Doctor };
}

const table = ALL_ROLES.flatMap((role) =>
  OPERATIONS.flatMap((operation) =>
    [true, false].map((own) => ({
      role,
      operation,
      own,
      allowed: EXPECTED[role][own ? 'own' : 'others'].includes(operation),
    })),
  ),
);

describe('assertMayPerform', () => {
  it.each(table.filter((row) => row.allowed))(
    'lets a $role $operation (own: $own)',
    ({ role, operation, own }) => {
      expect(mayPerform(role, operation, relationFor(role, own))).toBe(true);
      expect(() => assertMayPerform(role, operation, relationFor(role, own))).not.toThrow();
    },
  );

  it.each(table.filter((row) => !row.allowed))(
    'forbids a $role to $operation (own: $own)',
    ({ role, operation, own }) => {
      expect(mayPerform(role, operation, relationFor(role, own))).toBe(false);
      expect(() => assertMayPerform(role, operation, relationFor(role, own))).toThrow(
        expect.objectContaining({
          kind: 'forbidden',
          code: 'APPOINTMENT.ACTION_NOT_ALLOWED',
          details: { role, action: operation },
        }),
      );
    },
  );

  it('does not let a patient act through being the doctor, nor a doctor through being the patient', () => {
    expect(mayPerform(Role.Patient, 'cancel', { isOwnPatient: false, isOwnDoctor: true })).toBe(false);
    expect(mayPerform(Role.Doctor, 'start', { isOwnPatient: true, isOwnDoctor: false })).toBe(false);
  });

  it('throws a DomainError naming the role and the operation', () => {
    const run = () => assertMayPerform(Role.Doctor, 'cancel', { isOwnPatient: false, isOwnDoctor: true });
    expect(run).toThrow(DomainError);
    expect(run).toThrow("Role 'doctor' may not cancel this appointment.");
  });
});
