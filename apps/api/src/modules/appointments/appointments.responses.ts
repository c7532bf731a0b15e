import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TYPES,
  type AppointmentStatusName,
  type AppointmentTypeName,
} from '@healthsync/contracts/scheduling';
import type {
  AppointmentActorView,
  AppointmentView as AppointmentContract,
  AppointmentTransitionView,
  QueueEntryView as QueueEntryContract,
} from '@healthsync/contracts/scheduling/scheduling.responses';
import { zoneOffset } from '@healthsync/domain/scheduling';

import type { Appointment, TransitionRow } from './appointments.repository';
import { PageDto } from '../../common/openapi/page.dto';

export class AppointmentView implements AppointmentContract {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  doctorId!: string;

  @ApiProperty({ format: 'uuid' })
  patientId!: string;

  @ApiProperty({ enum: APPOINTMENT_TYPES })
  type!: AppointmentTypeName;

  @ApiProperty({ enum: APPOINTMENT_STATUSES })
  status!: AppointmentStatusName;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ example: '+01:00', description: "The clinic's UTC offset at the start." })
  offset!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Until when a hold keeps the slot.',
  })
  holdExpiresAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  reason!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Telehealth appointments only.' })
  videoLink!: string | null;

  @ApiProperty({ description: 'Integer minor units of `currency`.' })
  feeMinor!: number;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  cancellationReason!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  checkedInAt!: string | null;

  @ApiProperty({
    description:
      'Send it back as `expectedVersion` to have a concurrent change refused instead of overwritten.',
  })
  version!: number;
}

export class AppointmentPageView extends PageDto(AppointmentView) {}

export class ActorView implements AppointmentActorView {
  @ApiPropertyOptional({ format: 'uuid', description: 'For staff viewers only; a patient never sees it.' })
  id?: string;

  @ApiProperty({ nullable: true, type: String, example: 'Riley Chen' })
  name!: string | null;

  @ApiProperty({ example: 'receptionist' })
  role!: string;
}

export class TransitionView implements AppointmentTransitionView {
  @ApiProperty({ enum: APPOINTMENT_STATUSES, nullable: true, type: String })
  from!: AppointmentStatusName | null;

  @ApiProperty({ enum: APPOINTMENT_STATUSES })
  to!: AppointmentStatusName;

  @ApiProperty({ example: 'cancel' })
  action!: string;

  @ApiProperty({ type: ActorView, nullable: true, description: 'Who made the change: name and role.' })
  actor!: ActorView | null;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class QueueEntryView extends AppointmentView implements QueueEntryContract {
  @ApiProperty({ description: 'Minutes since check-in.' })
  waitingMinutes!: number;
}

/**
 * A history row for the viewer, with the actor's name while their account exists; the actor's user
 * id only when `withActorId` (staff viewers).
 */
export function toTransitionView(
  row: TransitionRow,
  actorName: string | null,
  withActorId: boolean,
): TransitionView {
  const actor =
    row.actor_role === null
      ? null
      : {
          ...(withActorId && row.actor_id ? { id: row.actor_id } : {}),
          name: actorName,
          role: row.actor_role,
        };
  return {
    from: row.from_status as AppointmentStatusName | null,
    to: row.to_status as AppointmentStatusName,
    action: row.action,
    actor,
    reason: row.reason,
    at: new Date(row.at).toISOString(),
  };
}

export function toAppointmentView(appointment: Appointment, timeZone: string): AppointmentView {
  return {
    id: appointment.id,
    doctorId: appointment.doctorId,
    patientId: appointment.patientId,
    type: appointment.type,
    status: appointment.status as AppointmentStatusName,
    startsAt: appointment.startsAt.toISOString(),
    endsAt: appointment.endsAt.toISOString(),
    offset: zoneOffset(appointment.startsAt, timeZone),
    holdExpiresAt: appointment.holdExpiresAt?.toISOString() ?? null,
    reason: appointment.reason ?? null,
    videoLink: appointment.videoLink ?? null,
    feeMinor: appointment.feeMinor,
    currency: appointment.currency,
    cancellationReason: appointment.cancellationReason ?? null,
    checkedInAt: appointment.checkedInAt?.toISOString() ?? null,
    version: appointment.version,
  };
}
