import { Role } from '../accounts';
import { DomainError } from '../errors';
import { type AppointmentAction, APPOINTMENT_ACTIONS, AppointmentRuleCode } from './appointment-status';

/** Everything a user may do to an appointment: book it, or act on it. */
export type AppointmentOperation = 'book' | AppointmentAction;

/** How the acting user relates to the appointment. */
export interface AppointmentRelation {
  /** The user is the appointment's patient (for `book`: the patient being booked). */
  isOwnPatient: boolean;
  /** The user is the appointment's doctor. */
  isOwnDoctor: boolean;
}

interface Grant {
  operations: readonly AppointmentOperation[];
  covers: (relation: AppointmentRelation) => boolean;
}

const EVERYTHING: readonly AppointmentOperation[] = ['book', ...APPOINTMENT_ACTIONS];
const anyAppointment = () => true;

const GRANTS: Readonly<Record<Role, Grant>> = {
  [Role.Admin]: { operations: EVERYTHING, covers: anyAppointment },
  [Role.Receptionist]: {
    operations: EVERYTHING.filter((operation) => operation !== 'start' && operation !== 'complete'),
    covers: anyAppointment,
  },
  [Role.Doctor]: {
    operations: ['confirm', 'start', 'complete', 'no_show'],
    covers: (relation) => relation.isOwnDoctor,
  },
  [Role.Patient]: {
    operations: ['book', 'reschedule', 'cancel'],
    covers: (relation) => relation.isOwnPatient,
  },
};

export function mayPerform(
  role: Role,
  operation: AppointmentOperation,
  relation: AppointmentRelation,
): boolean {
  const grant = GRANTS[role] as Grant | undefined;
  return grant !== undefined && grant.operations.includes(operation) && grant.covers(relation);
}

/** Refuses a role an operation it may never perform, or may perform only on its own appointments. */
export function assertMayPerform(
  role: Role,
  operation: AppointmentOperation,
  relation: AppointmentRelation,
): void {
  if (!mayPerform(role, operation, relation)) {
    throw new DomainError(
      'forbidden',
      AppointmentRuleCode.ActionNotAllowed,
      `Role '${role}' may not ${operation} this appointment.`,
      { role, action: operation },
    );
  }
}
