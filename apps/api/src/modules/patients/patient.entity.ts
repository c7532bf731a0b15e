import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

import { Sex, type EmergencyContact } from '@healthsync/contracts/patients';

import { TimestampedEntity } from '../../database/timestamped.entity';

/** A patient of the clinic; `userId` is set when the patient has a portal account. */
@Entity('patients')
export class PatientEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true, unique: true })
  userId!: string | null;

  /** `MRN-000123`, assigned by the database from a sequence; never changes. */
  @Column({ type: 'text', unique: true, update: false, default: () => 'next_patient_mrn()' })
  mrn!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'text', default: Sex.Unknown })
  sex!: Sex;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'citext', nullable: true })
  email!: string | null;

  @Column({ name: 'address_line1', type: 'text', nullable: true })
  addressLine1!: string | null;

  @Column({ name: 'address_line2', type: 'text', nullable: true })
  addressLine2!: string | null;

  @Column({ name: 'address_city', type: 'text', nullable: true })
  addressCity!: string | null;

  @Column({ name: 'address_postcode', type: 'text', nullable: true })
  addressPostcode!: string | null;

  @Column({ name: 'address_country', type: 'char', length: 2, nullable: true })
  addressCountry!: string | null;

  @Column({ name: 'emergency_contact', type: 'jsonb', nullable: true })
  emergencyContact!: EmergencyContact | null;

  @Column({ name: 'insurance_payer', type: 'text', nullable: true })
  insurancePayer!: string | null;

  @Column({ name: 'insurance_member_id', type: 'text', nullable: true })
  insuranceMemberId!: string | null;

  @Column({ name: 'preferred_language', type: 'text', nullable: true })
  preferredLanguage!: string | null;

  /** Bumped by every change; a writer names the version it read (optimistic concurrency). */
  @VersionColumn()
  version!: number;
}
