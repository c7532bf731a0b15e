import type { CurrentUser } from '@healthsync/contracts/auth';
import type { AppointmentView } from '@healthsync/contracts/scheduling/scheduling.responses';
import {
  type AppointmentAction,
  type AppointmentStatus,
  appointmentType,
  mayPerform,
  stateOf,
} from '@healthsync/domain/appointments';
import { DomainError } from '@healthsync/domain/errors';

import { clinicTimeZone } from './config';

/** A reason stands in for the one staff type when they cancel: only timing is checked here. */
const REASON_GIVEN_ON_SUBMIT = 'given on submit';

/** Why an action the status and role allow is still refused now (the cut-off, too early for a no-show, not the day to check in). */
export function refusalOf(
  user: CurrentUser,
  appointment: AppointmentView,
  action: AppointmentAction,
  now = new Date(),
): string | null {
  try {
    stateOf(appointment.status as AppointmentStatus).apply(action, {
      now,
      startsAt: new Date(appointment.startsAt),
      role: user.role,
      reason: REASON_GIVEN_ON_SUBMIT,
      type: appointmentType(appointment.type),
      timeZone: clinicTimeZone(),
    });
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}

/** The actions the status allows and the user's role may perform on this appointment. */
export function permittedActions(user: CurrentUser, appointment: AppointmentView): AppointmentAction[] {
  const relation = {
    isOwnDoctor: user.doctorId !== null && user.doctorId === appointment.doctorId,
    isOwnPatient: user.patientId !== null && user.patientId === appointment.patientId,
  };
  return stateOf(appointment.status as AppointmentStatus)
    .legalActions()
    .filter((action) => mayPerform(user.role, action, relation));
}

/** The permitted actions that the clock allows right now as well. */
export function availableActions(
  user: CurrentUser,
  appointment: AppointmentView,
  now = new Date(),
): AppointmentAction[] {
  return permittedActions(user, appointment).filter(
    (action) => refusalOf(user, appointment, action, now) === null,
  );
}

/** Until when a patient may still cancel or move the appointment online. */
export function cancellationCutoff(appointment: AppointmentView): { cutoff: Date; hours: number } {
  const type = appointmentType(appointment.type);
  return {
    cutoff: type.cancellationCutoff(new Date(appointment.startsAt)),
    hours: type.cancellationCutoffHours,
  };
}
