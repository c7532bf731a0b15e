import { randomUUID } from 'node:crypto';

import {
  DomainEventType,
  type AppointmentChangedPayload,
  type DomainEvent,
} from '@healthsync/contracts/events';

/** The payload of a patient's booking of a future consultation, with fresh ids for everyone else. */
export function appointmentBookedPayload(appointmentId: string = randomUUID()): AppointmentChangedPayload {
  return {
    appointmentId,
    doctorId: randomUUID(),
    patientId: randomUUID(),
    type: 'consultation',
    startsAt: '2031-01-01T09:00:00.000Z',
    endsAt: '2031-01-01T09:30:00.000Z',
    from: null,
    to: 'scheduled',
    actorId: randomUUID(),
    actorRole: 'patient',
  };
}

/** An `appointment.booked` event as a use case would publish it, for outbox and dispatcher tests. */
export function appointmentBooked(appointmentId: string = randomUUID()): DomainEvent<'appointment.booked'> {
  return {
    type: DomainEventType.AppointmentBooked,
    aggregateType: 'appointment',
    aggregateId: appointmentId,
    payload: appointmentBookedPayload(appointmentId),
  };
}
