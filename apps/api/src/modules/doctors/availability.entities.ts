import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One weekly window of a doctor's availability, in clinic-local wall-clock time. */
@Entity('availability_rules')
export class AvailabilityRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'doctor_id', type: 'uuid' })
  doctorId!: string;

  @Column({ type: 'smallint' })
  weekday!: number;

  @Column({ name: 'start_time', type: 'time' })
  startTime!: string;

  @Column({ name: 'end_time', type: 'time' })
  endTime!: string;

  @Column({ name: 'slot_minutes', type: 'integer' })
  slotMinutes!: number;

  @Column({ name: 'appointment_types', type: 'text', array: true, nullable: true })
  appointmentTypes!: string[] | null;
}

/** A day off, or extra hours, on one clinic-local date. */
@Entity('availability_exceptions')
export class AvailabilityExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'doctor_id', type: 'uuid' })
  doctorId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: 'day_off' | 'extra_hours';

  @Column({ name: 'start_time', type: 'time', nullable: true })
  startTime!: string | null;

  @Column({ name: 'end_time', type: 'time', nullable: true })
  endTime!: string | null;

  @Column({ name: 'slot_minutes', type: 'integer', nullable: true })
  slotMinutes!: number | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
