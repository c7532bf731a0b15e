import type { AppointmentStatusName, AppointmentTypeName } from '../scheduling';

/**
 * The registry of domain events: every event the outbox carries, each a past-tense name with its
 * payload type. Writers and listeners both take their types from here, so a renamed field or a new
 * event is one change that the compiler follows everywhere.
 */
export const DomainEventType = {
  AppointmentBooked: 'appointment.booked',
  AppointmentConfirmed: 'appointment.confirmed',
  AppointmentCheckedIn: 'appointment.checked_in',
  AppointmentStarted: 'appointment.started',
  AppointmentCompleted: 'appointment.completed',
  AppointmentCancelled: 'appointment.cancelled',
  AppointmentMissed: 'appointment.no_show',
  AppointmentRescheduled: 'appointment.rescheduled',
  AppointmentReminderDue: 'appointment.reminder_due',
} as const;

export type DomainEventType = (typeof DomainEventType)[keyof typeof DomainEventType];

/** What every appointment change carries: the appointment after the change, who made it, and from which status. */
export interface AppointmentChangedPayload {
  appointmentId: string;
  doctorId: string;
  patientId: string;
  type: AppointmentTypeName;
  startsAt: string;
  endsAt: string;
  from: AppointmentStatusName | null;
  to: AppointmentStatusName;
  actorId: string;
  actorRole: string;
  /** On a reschedule: when the appointment started before it moved. */
  fromStartsAt?: string;
  /** On a booking: it converted the patient's hold. */
  fromHold?: boolean;
}

export interface AppointmentReminderDuePayload {
  appointmentId: string;
  doctorId: string;
  patientId: string;
  startsAt: string;
  leadMinutes: number;
}

/** Each event type's payload. */
export interface DomainEventPayloads {
  'appointment.booked': AppointmentChangedPayload;
  'appointment.confirmed': AppointmentChangedPayload;
  'appointment.checked_in': AppointmentChangedPayload;
  'appointment.started': AppointmentChangedPayload;
  'appointment.completed': AppointmentChangedPayload;
  'appointment.cancelled': AppointmentChangedPayload;
  'appointment.no_show': AppointmentChangedPayload;
  'appointment.rescheduled': AppointmentChangedPayload;
  'appointment.reminder_due': AppointmentReminderDuePayload;
}

/** One event as written to the outbox: what happened, to which aggregate, with its typed payload. */
export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  type: T;
  aggregateType: 'appointment';
  aggregateId: string;
  payload: DomainEventPayloads[T];
}

/** An event as a listener receives it: as written, with the outbox's id and time. */
export type PublishedEvent<T extends DomainEventType = DomainEventType> = DomainEvent<T> & {
  id: string;
  occurredAt: Date;
};

export function isEventOf<T extends DomainEventType>(
  event: PublishedEvent,
  type: T,
): event is PublishedEvent<T> {
  return event.type === type;
}
