import {
  DomainEventType,
  type AppointmentChangedPayload,
  type DomainEvent,
} from '@healthsync/contracts/events';
import type { AppointmentAction } from '@healthsync/domain/appointments';

/** What can happen to an appointment: it is booked, or one of the lifecycle's actions is applied. */
export type AppointmentChangeKind = 'book' | AppointmentAction;

/** The domain event each kind of change raises: the one place actions meet event names. */
export const EVENT_OF_CHANGE = {
  book: DomainEventType.AppointmentBooked,
  confirm: DomainEventType.AppointmentConfirmed,
  check_in: DomainEventType.AppointmentCheckedIn,
  start: DomainEventType.AppointmentStarted,
  complete: DomainEventType.AppointmentCompleted,
  cancel: DomainEventType.AppointmentCancelled,
  no_show: DomainEventType.AppointmentMissed,
  reschedule: DomainEventType.AppointmentRescheduled,
} as const satisfies Record<AppointmentChangeKind, DomainEventType>;

export type AppointmentChangeEventType = (typeof EVENT_OF_CHANGE)[AppointmentChangeKind];

/** The event of a change, carrying the appointment as it is after it. */
export function appointmentChanged(
  kind: AppointmentChangeKind,
  payload: AppointmentChangedPayload,
): DomainEvent<AppointmentChangeEventType> {
  return {
    type: EVENT_OF_CHANGE[kind],
    aggregateType: 'appointment',
    aggregateId: payload.appointmentId,
    payload,
  };
}
