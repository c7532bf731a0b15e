import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { TimestampedEntity } from '../../database/timestamped.entity';

/** A doctor's professional profile; stays when the user changes role, since appointments point at it. */
@Entity('doctors')
export class DoctorEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', unique: true })
  userId!: string;

  @Column({ type: 'text' })
  specialty!: string;

  @Column({ name: 'licence_number', type: 'text', unique: true })
  licenceNumber!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'consultation_fee_minor', type: 'integer', default: 0 })
  consultationFeeMinor!: number;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency!: string;

  @Column({ name: 'default_slot_minutes', type: 'integer', default: 30 })
  defaultSlotMinutes!: number;

  @Column({ name: 'buffer_minutes', type: 'integer', default: 0 })
  bufferMinutes!: number;

  @Column({ name: 'min_notice_minutes', type: 'integer', default: 0 })
  minNoticeMinutes!: number;

  @Column({ name: 'daily_cap', type: 'integer', nullable: true })
  dailyCap!: number | null;

  /** Bumped in the same transaction as any change to the doctor's free slots; part of the slot cache key. */
  @Column({ name: 'schedule_version', type: 'bigint', default: 1 })
  scheduleVersion!: string;
}
