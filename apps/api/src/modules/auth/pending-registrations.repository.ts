import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { PendingRegistrationEntity } from './auth.entities';

export type NewPendingRegistration = Pick<
  PendingRegistrationEntity,
  'tokenHash' | 'email' | 'passwordHash' | 'firstName' | 'lastName' | 'dateOfBirth' | 'phone' | 'expiresAt'
>;

/** Registrations waiting for their emailed link: the only place that knows their table. */
@Injectable()
export class PendingRegistrationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async add(registration: NewPendingRegistration): Promise<void> {
    await this.db.getRepository(PendingRegistrationEntity).save(registration);
  }

  /** The registration of a link that is valid now, without using it up. */
  findOpen(tokenHash: string): Promise<PendingRegistrationEntity | null> {
    return this.db
      .getRepository(PendingRegistrationEntity)
      .createQueryBuilder('registration')
      .where('registration.token_hash = :tokenHash', { tokenHash })
      .andWhere('registration.used_at IS NULL AND registration.expires_at > now()')
      .getOne();
  }

  /**
   * Uses up the link, and every other open registration of the same address with it (only one can
   * become the account). True only for the caller that used the link: two racing uses, one wins.
   */
  async consume(tokenHash: string, email: string): Promise<boolean> {
    const rows = (await this.db.query(
      `WITH used AS (
         UPDATE pending_registrations SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING id
       ), others AS (
         UPDATE pending_registrations SET used_at = now()
         WHERE email = $2 AND used_at IS NULL AND token_hash <> $1 AND EXISTS (SELECT 1 FROM used)
       )
       SELECT id FROM used`,
      [tokenHash, email],
    )) as unknown[];
    return rows.length === 1;
  }
}
