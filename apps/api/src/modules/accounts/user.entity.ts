import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

import { AccountStatus, Role } from '@healthsync/contracts/auth';

import { TimestampedEntity } from '../../database/timestamped.entity';

@Entity('users')
export class UserEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'citext', unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', default: AccountStatus.Active })
  status!: AccountStatus;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'totp_secret_encrypted', type: 'text', nullable: true })
  totpSecretEncrypted!: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  @Column({ name: 'totp_last_time_step', type: 'bigint', nullable: true })
  totpLastTimeStep!: string | null;

  @VersionColumn()
  version!: number;
}
