import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { AppointmentTypeName } from '@healthsync/contracts/scheduling';
import type { AppointmentStatus } from '@healthsync/domain/appointments';

import { TimestampedEntity } from '../../database/timestamped.entity';
import type { Appointment } from './appointments.repository';

@Entity('appointments')
export class AppointmentEntity extends TimestampedEntity implements Appointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'doctor_id', type: 'uuid' })
  doctorId!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ type: 'text' })
  type!: AppointmentTypeName;

  @Column({ type: 'text' })
  status!: AppointmentStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** The end plus the doctor's buffer: the range the exclusion constraint keeps free of others. */
  @Column({ name: 'busy_until', type: 'timestamptz' })
  busyUntil!: Date;

  @Column({ name: 'hold_expires_at', type: 'timestamptz', nullable: true })
  holdExpiresAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'video_link', type: 'text', nullable: true })
  videoLink!: string | null;

  @Column({ name: 'fee_minor', type: 'integer' })
  feeMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
